// Jest transformer: strips TypeScript types with esbuild, the same compiler `npm run build` uses, so
// tests run the code exactly as synth does. No type-check here (that is `npm run typecheck`) and no
// source maps: cdktf captures a stack trace for every token, and mapped traces slow synthesis down.
const { createHash } = require("node:crypto");
const { transformSync } = require("esbuild");
const { version } = require("esbuild/package.json");

module.exports = {
  process(sourceText, sourcePath) {
    const { code } = transformSync(sourceText, {
      loader: "ts",
      format: "cjs",
      target: "node20",
      sourcefile: sourcePath,
      sourcemap: false,
    });
    return { code };
  },
  getCacheKey(sourceText, sourcePath) {
    return createHash("sha256")
      .update(version)
      .update("\0")
      .update(sourcePath)
      .update("\0")
      .update(sourceText)
      .digest("hex");
  },
};
