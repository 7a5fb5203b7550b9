// The jest configuration of the mutation run (`npm run mutation`, stryker.config.mjs): the normal one
// minus what cannot kill a mutant of the mutated files more cheaply than the suites that stay:
// - the Terraform-backed suites (FLINK_OBSERVABILITY_SKIP_TERRAFORM, see mutation-env.js): they
//   validate and plan the synthesized JSON that synth-level tests already assert;
// - the CLI and verify-command suites: they do their work in child processes, which per-test
//   coverage cannot see, so no mutant selects them; they would only add 40+ s to every dry run;
// - the summary reporter.
const base = require("./jest.config.js");

// MUTATION_TESTS (set by scripts/mutation.mjs): the test files that own the area being mutated,
// comma-separated paths from the project root; without it, every suite but those above.
const ownerTests = process.env.MUTATION_TESTS?.split(",").filter(Boolean);

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  ...(ownerTests ? { testMatch: ownerTests.map((file) => `<rootDir>/${file}`) } : {}),
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/__tests__/cli\\.test\\.ts$", "<rootDir>/__tests__/verify/"],
  reporters: ["default"],
  setupFiles: [...(base.setupFiles ?? []), "<rootDir>/__tests__/support/mutation-env.js"],
};
