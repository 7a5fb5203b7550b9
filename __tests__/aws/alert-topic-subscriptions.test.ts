import { Testing, TerraformStack } from "cdktn";
import { PRODUCTION_APP } from "../support/synth";
import { AlertTopicSubscriptions } from "../../modules/aws/alert-topic-subscriptions";

const topicArn = "arn:aws:sns:eu-west-1:123456789012:alerts";

function synth(endpoints: string[]) {
  const stack = new TerraformStack(Testing.app(PRODUCTION_APP), "s");
  new AlertTopicSubscriptions(stack, "subscriptions", { topicArn, endpoints });
  return JSON.parse(Testing.synth(stack));
}

describe("AlertTopicSubscriptions", () => {
  test("one e-mail subscription per address, duplicates (ignoring case) subscribed once", () => {
    const json = synth(["ops@example.com", "team@example.com", "OPS@example.com"]);
    const subscriptions = Object.values(json.resource.aws_sns_topic_subscription) as any[];
    expect(subscriptions.map((s) => [s.protocol, s.endpoint, s.topic_arn]).sort()).toEqual([
      ["email", "ops@example.com", topicArn],
      ["email", "team@example.com", topicArn],
    ]);
  });

  test("an address keeps its logical id when others are added or removed", () => {
    const ids = (addresses: string[]) => Object.keys(synth(addresses).resource.aws_sns_topic_subscription);
    const [ops] = ids(["ops@example.com"]);
    expect(ids(["a@example.com", "ops@example.com"])).toContain(ops);
  });

  test("each endpoint kind gets its protocol: https URL, SQS queue, Lambda function", () => {
    const queue = "arn:aws:sqs:eu-west-1:123456789012:alerts";
    const fn = "arn:aws:lambda:eu-west-1:123456789012:function:pager";
    const json = synth(["https://hooks.example.com/alerts", queue, fn]);
    const subscriptions = Object.values(json.resource.aws_sns_topic_subscription) as any[];
    expect(subscriptions.map((s) => [s.protocol, s.endpoint]).sort()).toEqual(
      [
        ["https", "https://hooks.example.com/alerts"],
        ["lambda", fn],
        ["sqs", queue],
      ].sort(),
    );
  });

  test("no address, no subscription", () => {
    expect(synth([]).resource?.aws_sns_topic_subscription).toBeUndefined();
  });

  test("anything that is not a known endpoint, or holds a Terraform template sequence, is rejected by index", () => {
    expect(() => synth(["ok@example.com", "not an address", "${var.x}@example.com"])).toThrow(
      /endpoints\[1\] must be an e-mail address[\s\S]*endpoints\[2\] must be an e-mail address/,
    );
  });
});
