// Preloaded by `npm run synth` and cdktf.json's app (`node --import ./scripts/build-dist.mjs dist/main.js`):
// brings dist/ up to date with the sources (a stamp check when nothing changed) before node loads the app
// from it, so building and synthesizing share one process.
import { ensureBuilt } from "./build.mjs";

await ensureBuilt();
