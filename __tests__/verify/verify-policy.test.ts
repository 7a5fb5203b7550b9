import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The read-only policy docs/verify.md asks users to grant must allow every AWS call the verifier makes:
// a call it does not allow shows up as "not checked" in their account, never in these tests' fake one.

const root = path.join(__dirname, "..", "..");
/** IAM service prefix of each AWS SDK client package the verifier uses. */
const SERVICE_PREFIX: Record<string, string> = {
  cloudwatch: "cloudwatch",
  "cloudwatch-logs": "logs",
  grafana: "grafana",
  "kinesis-analytics-v2": "kinesisanalytics",
  "secrets-manager": "secretsmanager",
  sts: "sts",
};
/** Calls that need no permission (AWS STS, "GetCallerIdentity": no IAM policy can deny it). */
const NO_PERMISSION = new Set(["sts:GetCallerIdentity"]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : [],
  );
}

/** `service:Action` of every SDK command the verifier's sources import. */
function actionsCalled(): string[] {
  const actions = new Set<string>();
  for (const file of sources(path.join(root, "verify"))) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/import \{([^}]*)\} from "@aws-sdk\/client-([a-z0-9-]+)"/g)) {
      for (const name of m[1].matchAll(/\b(\w+)Command\b/g)) actions.add(`${SERVICE_PREFIX[m[2]]}:${name[1]}`);
    }
  }
  return [...actions].sort();
}

function documentedActions(): Set<string> {
  const doc = readFileSync(path.join(root, "docs", "verify.md"), "utf8");
  const json = /```json\n([\s\S]*?)```/.exec(doc)![1];
  const policy = JSON.parse(json) as { Statement: { Action: string | string[] }[] };
  return new Set(policy.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])));
}

test("every AWS call the verifier makes is allowed by the documented read-only policy", () => {
  const called = actionsCalled();
  expect(called).toContain("cloudwatch:DescribeAlarms");
  expect(called.length).toBeGreaterThan(10);
  const allowed = documentedActions();
  expect(called.filter((a) => !NO_PERMISSION.has(a) && !allowed.has(a))).toEqual([]);
});

test("the documented policy grants nothing but reads", () => {
  for (const action of documentedActions()) expect(action).toMatch(/:(Describe|Get|List|Decrypt)/);
});
