/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__", "<rootDir>/modules"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": "<rootDir>/__tests__/support/esbuild-transform.js" },
  moduleFileExtensions: ["ts", "js", "json"],
  reporters: ["default", "<rootDir>/__tests__/support/summary-reporter.js"],
  globalSetup: "<rootDir>/__tests__/support/global-setup.js",
  globalTeardown: "<rootDir>/__tests__/support/global-teardown.js",
  // Two workers on two cores: the Terraform-backed suites spend most of their time in terraform
  // child processes, so a second worker overlaps them with the pure-TypeScript suites.
  maxWorkers: 2,
  testTimeout: 120000,
};
