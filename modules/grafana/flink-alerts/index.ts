// The alert rules of Flink applications: definitions (rules.ts), the one builder (rule-builder.ts), what
// every rule becomes (rule-spec.ts), the rule groups of one application (application-rules.ts) or of
// the environment (shared-rules.ts), and the tables the docs hold (rule-documentation.ts).
export * from "./thresholds";
export * from "./dashboard-link";
export * from "./detection";
export * from "./shared-steps";
export * from "./shared-rules";
export * from "./rule-builder";
export * from "./member-label";
export { APPLICATION_NAME_TEMPLATE, alertRuleDefinitions } from "./rules";
export type { AlertRuleDefinition, ExecErrState, NoDataState, RuleSubject } from "./rules";
export { EXPRESSION_DATASOURCE_UID, RULE_PERIOD_SECONDS } from "./steps";
export type { RuleQuery, RuleReducer, RuleRead, RuleStep } from "./steps";
export * from "./rule-spec";
export * from "./application-rules";
export * from "./rule-documentation";
