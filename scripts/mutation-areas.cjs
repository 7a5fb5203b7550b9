// The areas `npm run mutation` (scripts/mutation.mjs) mutates one at a time: the files mutated and the
// test files that own them. Together they are the scope of stryker.config.mjs's `mutate` (a test checks).
/** @type {Record<string, {what: string, mutate: string[], tests: string[]}>} */
const AREAS = {
  // The configuration is two areas: each static mutant (most of a zod schema runs while modules load)
  // is run against every test of its area, and the two halves' tests together take twice as long.
  "config-schema": {
    what: "the configuration schema: every field's rules, defaults and cross-field checks",
    mutate: [
      "lib/config/schema.ts",
      "lib/config/backend-config.ts",
      "lib/config/grafana-config.ts",
      "lib/config/alerting-config.ts",
      "lib/config/flink-config.ts",
    ],
    tests: [
      "__tests__/config/flink-config-fields.test.ts",
      "__tests__/config/backend-config-fields.test.ts",
      "__tests__/config/grafana-config-fields.test.ts",
      "__tests__/config/alerting-config-fields.test.ts",
      "__tests__/config/config-validation.test.ts",
    ],
  },
  "config-loading": {
    what: "configuration loading, string and name rules, and the Terraform-literal boundary",
    mutate: [
      "lib/config/load.ts",
      "lib/config/strings.ts",
      "lib/config/names.ts",
      "modules/grafana/terraform-literal.ts",
    ],
    tests: [
      "__tests__/config/config-loading.test.ts",
      "__tests__/config/config-strings.test.ts",
      "__tests__/config/config-validation.test.ts",
      "__tests__/config/config-hardening.test.ts",
      "__tests__/config/config-injection.test.ts",
    ],
  },
  policies: {
    what: "IAM, KMS, SNS and S3 policy builders",
    mutate: [
      "modules/aws/flink-application/policy.ts",
      "modules/aws/code-bucket/index.ts",
      "modules/aws/grafana-workspace/index.ts",
      "modules/aws/grafana-token-rotation/index.ts",
    ],
    tests: [
      "__tests__/aws/policy-documents.test.ts",
      "__tests__/aws/grafana-workspace.test.ts",
      "__tests__/aws/grafana-token-rotation.test.ts",
      "__tests__/aws/data-protection.test.ts",
      "__tests__/aws/flink-application.test.ts",
      "__tests__/outputs.test.ts",
      "__tests__/aws/code-bucket.test.ts",
      "__tests__/aws/grafana-workspace-settings.test.ts",
      "__tests__/aws/grafana-token-rotation-settings.test.ts",
    ],
  },
  handler: {
    what: "the token rotation function",
    mutate: ["modules/aws/grafana-token-rotation/lambda/**/*.ts"],
    tests: ["__tests__/aws/grafana-token-rotation-handler.test.ts"],
  },
  alerts: {
    what: "the metric catalogue and the alert rules",
    mutate: ["modules/flink-metrics/**/*.ts", "modules/grafana/flink-alerts/**/*.ts"],
    tests: [
      "__tests__/flink-metrics.test.ts",
      "__tests__/flink-metrics-documented.test.ts",
      "__tests__/grafana/flink-alerts.test.ts",
      "__tests__/grafana/flink-monitoring.test.ts",
      "__tests__/grafana/flink-alert-rules.test.ts",
      "__tests__/grafana/flink-alert-steps.test.ts",
    ],
  },
  dashboards: {
    what: "the dashboards",
    mutate: ["modules/grafana/flink-dashboards/**/*.ts"],
    tests: [
      "__tests__/grafana/flink-dashboards.test.ts",
      "__tests__/grafana/flink-dashboard-panels.test.ts",
      "__tests__/grafana/flink-overview-dashboard.test.ts",
    ],
  },
};

module.exports = { AREAS };
