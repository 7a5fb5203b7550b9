// Mutation testing (`npm run mutation`): StrykerJS plants small bugs in the code whose mistakes hurt
// users most and checks that a test fails for each. Not part of `npm test` or CI: a full run takes
// tens of minutes on two cores; re-runs are incremental (only mutants of changed code or tests run).
// README "Testing > Mutation testing" lists the score per file and the mutants judged equivalent.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  mutate: [
    // Configuration schema and loading: every user value passes here first.
    "lib/config/**/*.ts",
    // The boundary that keeps config strings from becoming Terraform expressions, wherever it lives.
    "{lib,modules,stacks}/**/terraform-literal.ts",
    // IAM/KMS/SNS/S3 policy builders.
    "modules/aws/**/policy.ts",
    "modules/aws/grafana-workspace/index.ts",
    "modules/aws/code-bucket/index.ts",
    "modules/aws/grafana-token-rotation/index.ts",
    // The token rotation function.
    "modules/aws/grafana-token-rotation/lambda/**/*.ts",
    // The metric catalogue and what is built from it: alert rules and dashboards.
    "modules/flink-metrics/**/*.ts",
    "modules/grafana/flink-alerts/**/*.ts",
    "modules/grafana/flink-dashboards/**/*.ts",
  ],
  testRunner: "jest",
  jest: { projectType: "custom", configFile: "jest.stryker.config.js", enableFindRelatedTests: true },
  // Type-invalid mutants are bugs the compiler already catches: report them as compile errors, do not run them.
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  // The transformer (esbuild) does not type-check, so nothing needs switching off in the sandbox.
  disableTypeChecks: false,
  coverageAnalysis: "perTest",
  // Static mutants (code run while modules load: the metric catalogue, policy action lists, and the
  // constructs that test files synthesize in describe bodies) need the whole suite per mutant: 68 % of
  // all mutants, an estimated 150 hours here. They are left out (reported as "Ignored"); the static
  // data is pinned instead by tests that compare it with independently written lists.
  ignoreStatic: true,
  // Reports, the incremental baseline included, live under reports/ (git-ignored; see README).
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  // Two cores: two test-runner processes; pass `--concurrency 1` to leave a core free.
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
