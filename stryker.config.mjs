// Mutation testing: StrykerJS plants small bugs in the code whose mistakes hurt users most and checks
// that a test fails for each. Not part of `npm test` or CI. `npm run mutation` (scripts/mutation.mjs)
// runs it area by area, each judged by its own tests; `npx stryker run` alone mutates every area
// against every suite (hours here). Re-runs are incremental (only mutants of changed code or tests run).
// README "Testing > Mutation testing" lists the score per file and the mutants judged equivalent.

import { createRequire } from "node:module";

const { AREAS } = createRequire(import.meta.url)("./scripts/mutation-areas.cjs");

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  // The code whose mistakes hurt users most, by area (scripts/mutation-areas.cjs): configuration schema
  // and loading with the Terraform-literal boundary, the IAM/KMS/SNS/S3 policy builders, the token
  // rotation function, the metric catalogue with the alert rules, and the dashboards.
  mutate: Object.values(AREAS).flatMap((area) => area.mutate),
  testRunner: "jest",
  jest: { projectType: "custom", configFile: "jest.stryker.config.js", enableFindRelatedTests: true },
  // Type-invalid mutants are bugs the compiler already catches: report them as compile errors, do not run them.
  checkers: ["typescript"],
  // The app's sources only: with the tests included, each mutant of a widely imported file (the config
  // schema) made the checker re-check every test file too, and the checker was the bottleneck.
  tsconfigFile: "tsconfig.stryker.json",
  // The transformer (esbuild) does not type-check, so nothing needs switching off in the sandbox.
  disableTypeChecks: false,
  coverageAnalysis: "perTest",
  // Static mutants (code run while modules load: zod schemas, the metric catalogue, policy action
  // lists, the dashboards that test files build in describe bodies) are run against every test of
  // their area, each run loading the modules afresh. Per area that costs 1.5-2 s of jest per mutant;
  // against the whole suite it would be hours, which is one reason for the areas.
  ignoreStatic: false,
  // Reports, the incremental baseline included, live under reports/ (git-ignored; see README).
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  // Two cores: one type-checker process and one test runner.
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ["clear-text", "progress", "html", "json"],
  clearTextReporter: { allowEmojis: false, reportMutants: false, reportTests: false, reportScoreTable: true },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 85, low: 70, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
