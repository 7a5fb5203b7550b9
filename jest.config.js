/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__", "<rootDir>/modules"],
  testMatch: ["**/*.test.ts"],
  // swc strips types only (type-checking is `npm run typecheck`); no source maps, because cdktf
  // captures a stack trace per token and mapped traces slow synthesis down.
  transform: {
    "^.+\\.ts$": ["@swc/jest", { sourceMaps: false, jsc: { target: "es2022", parser: { syntax: "typescript" } }, module: { type: "commonjs" } }],
  },
  moduleFileExtensions: ["ts", "js", "json"],
  globalSetup: "<rootDir>/__tests__/support/global-setup.js",
  globalTeardown: "<rootDir>/__tests__/support/global-teardown.js",
  // Two workers on two cores: the Terraform-backed suites spend most of their time in terraform
  // child processes, so a second worker overlaps them with the pure-TypeScript suites.
  maxWorkers: 2,
  testTimeout: 120000,
};
