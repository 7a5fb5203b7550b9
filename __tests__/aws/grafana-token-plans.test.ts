import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { EnvironmentConfig } from "../../lib/config/schema";
import { Json, environmentConfig, synthEnvironment } from "../support/synth";
import { describeWithTerraform } from "../support/terraform";
import {
  applyOffline,
  FakeSecretsManager,
  fakeEndpointWorkdir,
  offlineWorkdir,
  planAgainstState,
  priorStateFromPlan,
  reconcileState,
  startFakeSecretsManager,
} from "../support/prior-state";

// Real terraform, AWS half, against a recorded prior state: what a later plan does with the token
// (opened ephemerally, never stored) and what each change that replaces part of the token machinery
// plans. The Grafana provider is not installable here: whether it gets a known token is read from
// whether Terraform opened the ephemeral read at plan time (the fake endpoint's log).

const KNOWN_TOKEN = "glsa_knownInjectedToken_0123456789abcdef";

function plainText(planFile: string): string {
  // A saved plan is a zip; read every entry decompressed.
  return execFileSync("unzip", ["-p", planFile], { encoding: "latin1", maxBuffer: 256 * 1024 * 1024 });
}

describeWithTerraform("terraform: the Grafana token against a recorded prior state", () => {
  let fake: FakeSecretsManager;
  beforeAll(async () => {
    fake = await startFakeSecretsManager(KNOWN_TOKEN);
  });
  afterAll(() => fake?.stop());

  /** The state an apply of `config` leaves, and a workdir holding `next` planned against it. */
  const states = new Map<EnvironmentConfig, Json>();
  function stateAfterApplying(config: EnvironmentConfig): Json {
    if (!states.has(config)) {
      const old = synthEnvironment(config);
      const oldWork = offlineWorkdir(old.json, old.dir, fake);
      const filledIn = priorStateFromPlan(planAgainstState(oldWork, undefined).plan, oldWork);
      states.set(config, reconcileState(filledIn, planAgainstState(oldWork, filledIn).plan));
    }
    return states.get(config)!;
  }
  function planChange(previous: EnvironmentConfig, next: EnvironmentConfig, extraArgs: string[] = []) {
    const state = stateAfterApplying(previous);
    const updated = synthEnvironment(next);
    const work = offlineWorkdir(updated.json, updated.dir, fake);
    const result = planAgainstState(work, state, extraArgs);
    const secretArn = state.resources.find((r: Json) => r.type === "aws_secretsmanager_secret")?.instances[0].attributes
      .arn;
    return { ...result, state, secretArn };
  }

  const base = environmentConfig({ name: "tok" });
  const replaced = (actions: Record<string, string[]>, prefix: string) =>
    Object.entries(actions)
      .filter(([address, a]) => address.startsWith(prefix) && a.includes("delete") && a.includes("create"))
      .map(([address]) => address);

  test("a later plan opens the token at plan time; neither the saved plan nor the state holds it", () => {
    const { plan, planFile, stateAfter, reads, secretArn, actions } = planChange(base, base);
    // The recorded state is consistent: planning the same configuration replaces nothing.
    expect(Object.entries(actions).filter(([, a]) => a.includes("delete"))).toEqual([]);
    // Opened during the plan, from the secret's ARN (known once the secret exists).
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/^secretsmanager\.GetSecretValue /);
    expect(reads[0]).toContain(`"SecretId":"${secretArn}"`);
    expect(reads[0]).toContain('"VersionStage":"AWSCURRENT"');
    expect(Object.keys(actions).filter((a) => /secretsmanager|lambda_invocation/.test(a))).toEqual([]);
    const planPath = path.join(mkdtempSync(path.join(os.tmpdir(), "saved-plan-")), "tfplan");
    writeFileSync(planPath, planFile);
    expect(JSON.stringify(plan)).not.toContain(KNOWN_TOKEN);
    expect(plainText(planPath)).not.toContain(KNOWN_TOKEN);
    expect(stateAfter).not.toContain(KNOWN_TOKEN);
    // The plan names no data source for the secret's value.
    expect(JSON.stringify(plan)).not.toMatch(/data\.aws_secretsmanager_secret_version/);
  });

  test("state after an apply that configures a provider from the known token holds none of it", () => {
    // The Grafana provider is not installable offline; an aliased AWS provider configured from the
    // same ephemeral read stands in for it, and a resource of that provider is applied.
    const config = {
      terraform: { required_version: ">= 1.10", required_providers: { aws: { source: "aws", version: "5.100.0" } } },
      provider: {
        aws: [
          {
            region: "eu-west-1",
            access_key: "fake",
            secret_key: "fake",
            skip_credentials_validation: true,
            skip_requesting_account_id: true,
            skip_metadata_api_check: true,
          },
          {
            alias: "consumer",
            region: "eu-west-1",
            access_key: "fake",
            secret_key: "${jsondecode(ephemeral.aws_secretsmanager_secret_version.current.secret_string).token}",
            skip_credentials_validation: true,
            skip_requesting_account_id: true,
            skip_metadata_api_check: true,
          },
        ],
      },
      ephemeral: {
        aws_secretsmanager_secret_version: {
          current: {
            secret_id: "arn:aws:secretsmanager:eu-west-1:123456789012:secret:t-AbCdEf",
            version_stage: "AWSCURRENT",
          },
        },
      },
      resource: { terraform_data: { marker: { input: "applied" } } },
      data: { aws_region: { consumer: { provider: "aws.consumer" } } },
      output: { region: { value: "${data.aws_region.consumer.name}" } },
    };
    const { state, reads } = applyOffline(fakeEndpointWorkdir(config, undefined, fake));
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => r.startsWith("secretsmanager.GetSecretValue "))).toBe(true);
    expect(JSON.parse(state).outputs.region.value).toBe("eu-west-1");
    expect(state).not.toContain(KNOWN_TOKEN);
  });

  test("environment rename: the secret is kept and the token opened at plan time; function and bootstrap replaced", () => {
    const { actions, reads, secretArn } = planChange(base, environmentConfig({ name: "tok", namePrefix: "renamed" }));
    expect(replaced(actions, "aws_secretsmanager_secret.")).toEqual([]);
    expect(reads.some((r) => r.includes(secretArn))).toBe(true);
    expect(replaced(actions, "aws_lambda_function.")).toHaveLength(1);
    expect(replaced(actions, "aws_lambda_invocation.")).toHaveLength(1);
    console.log(`rename: ${JSON.stringify(actions, null, 1)}`);
  });

  test("service account replaced: the bootstrap is replaced, the token still opened at plan time", () => {
    const { actions, reads, secretArn } = planChange(base, base, [
      "-replace=aws_grafana_workspace_service_account.workspace_terraform-service-account_E7AC2477",
    ]);
    expect(reads.some((r) => r.includes(secretArn))).toBe(true);
    expect(replaced(actions, "aws_lambda_invocation.")).toHaveLength(1);
  });

  test("external to rotated: the new secret's ARN is unknown, so the read waits for the apply", () => {
    const { actions, reads } = planChange(
      environmentConfig({ name: "tok", grafana: { token: { mode: "external" } } }),
      base,
    );
    expect(reads).toEqual([]);
    expect(Object.keys(actions).some((a) => a.startsWith("aws_secretsmanager_secret."))).toBe(true);
  });
});
