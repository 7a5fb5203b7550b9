import { CloudWatchClient, PutMetricDataCommand, PutMetricDataCommandInput } from "@aws-sdk/client-cloudwatch";
import {
  CreateWorkspaceServiceAccountTokenCommand,
  DeleteWorkspaceServiceAccountTokenCommand,
  GrafanaClient,
  ListWorkspaceServiceAccountTokensCommand,
} from "@aws-sdk/client-grafana";
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient,
  UpdateSecretVersionStageCommand,
} from "@aws-sdk/client-secrets-manager";
import { mockClient } from "aws-sdk-client-mock";
import {
  RotationEvent,
  RotatorSettings,
  StoredToken,
  TokenRotator,
  handler,
  parseStoredToken,
  settingsFromEnv,
} from "../../modules/aws/grafana-token-rotation/lambda/handler";

// The AWS clients are mocked with aws-sdk-client-mock; behind the mocks, small in-memory fakes of a
// Secrets Manager secret (versions and staging labels) and of a service account's tokens, so the tests
// check the state a rotation leaves behind, not only which calls were made.

const SECRET_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:flinkobs-test-grafana-token-AbCdEf";
const SETTINGS: RotatorSettings = {
  workspaceId: "g-abc123",
  workspaceEndpoint: "g-abc123.grafana-workspace.eu-west-1.amazonaws.com",
  serviceAccountId: "7",
  tokenNamePrefix: "terraform-rotated-",
  tokenTtlSeconds: 30 * 24 * 3600,
  verifyMode: "http",
  ensureMinRemainingSeconds: 7 * 24 * 3600,
  healthNamespace: "FlinkObservability/GrafanaToken",
};

function awsError(name: string, message = name): Error {
  return Object.assign(new Error(message), { name });
}

/**
 * One Secrets Manager secret: versions, each with an optional value (Secrets Manager's RotateSecret
 * creates the AWSPENDING version before createSecret stores its value) and its staging labels.
 */
class FakeSecret {
  rotationEnabled = true;
  readonly name = "flinkobs-test-grafana-token-20260101";
  readonly versions = new Map<string, { value?: string; stages: Set<string>; created: Date }>();
  constructor(private readonly now: () => Date) {}

  describe() {
    return {
      ARN: SECRET_ARN,
      Name: this.name,
      RotationEnabled: this.rotationEnabled,
      // Like Secrets Manager: only versions that carry a label are listed.
      VersionIdsToStages: Object.fromEntries(
        [...this.versions].filter(([, v]) => v.stages.size > 0).map(([id, v]) => [id, [...v.stages]]),
      ),
    };
  }

  get(input: { VersionId?: string; VersionStage?: string }) {
    const stage = input.VersionStage ?? (input.VersionId ? undefined : "AWSCURRENT");
    for (const [id, v] of this.versions) {
      if ((input.VersionId === undefined || input.VersionId === id) && (stage === undefined || v.stages.has(stage))) {
        if (v.value === undefined) break;
        return {
          ARN: SECRET_ARN,
          VersionId: id,
          SecretString: v.value,
          VersionStages: [...v.stages],
          CreatedDate: v.created,
        };
      }
    }
    throw awsError("ResourceNotFoundException", "Secrets Manager can't find the specified secret value");
  }

  put(input: { ClientRequestToken?: string; SecretString?: string; VersionStages?: string[] }) {
    const id = input.ClientRequestToken!;
    const existing = this.versions.get(id);
    if (existing?.value !== undefined && existing.value !== input.SecretString)
      throw awsError("ResourceExistsException");
    if (existing) {
      existing.value = input.SecretString;
      existing.created = this.now();
    } else {
      this.versions.set(id, { value: input.SecretString!, stages: new Set(), created: this.now() });
    }
    for (const stage of input.VersionStages ?? ["AWSCURRENT"]) this.moveStage(stage, id);
    return { ARN: SECRET_ARN, VersionId: id };
  }

  /** Like UpdateSecretVersionStage: RemoveFromVersionId must hold the label; a move may not steal it silently. */
  updateStage(input: { VersionStage?: string; MoveToVersionId?: string; RemoveFromVersionId?: string }) {
    const stage = input.VersionStage!;
    const holder = this.stageHolder(stage);
    if (input.RemoveFromVersionId !== undefined && holder !== input.RemoveFromVersionId)
      throw awsError("InvalidParameterException", `RemoveFromVersionId does not hold ${stage}`);
    if (input.MoveToVersionId === undefined) {
      if (holder) this.versions.get(holder)!.stages.delete(stage);
      return { ARN: SECRET_ARN };
    }
    if (holder && holder !== input.MoveToVersionId && input.RemoveFromVersionId === undefined)
      throw awsError("InvalidParameterException", `${stage} is attached to another version`);
    this.moveStage(stage, input.MoveToVersionId);
    return { ARN: SECRET_ARN };
  }

  /** What RotateSecret does before invoking createSecret: an AWSPENDING version without a value. */
  beginRotation(versionId: string): void {
    if (this.stuck()) throw awsError("InvalidRequestException", "A previous rotation isn't complete");
    this.versions.set(versionId, { stages: new Set(["AWSPENDING"]), created: this.now() });
  }

  /** Whether RotateSecret would refuse to start: AWSPENDING on a version that is not AWSCURRENT. */
  stuck(): boolean {
    const pending = this.stageHolder("AWSPENDING");
    return pending !== undefined && pending !== this.stageHolder("AWSCURRENT");
  }

  stageHolder(stage: string): string | undefined {
    return [...this.versions].find(([, v]) => v.stages.has(stage))?.[0];
  }

  current(): StoredToken {
    return parseStoredToken(this.versions.get(this.stageHolder("AWSCURRENT")!)!.value);
  }

  /** Token ids stored in versions that carry any staging label. */
  referencedTokenIds(): Set<string> {
    const ids = new Set<string>();
    for (const v of this.versions.values()) {
      if (v.stages.size === 0 || v.value === undefined) continue;
      try {
        ids.add(parseStoredToken(v.value).tokenId);
      } catch {
        // A value that is not a token references none.
      }
    }
    return ids;
  }

  private moveStage(stage: string, to: string) {
    const from = this.stageHolder(stage);
    if (from) this.versions.get(from)!.stages.delete(stage);
    this.versions.get(to)!.stages.add(stage);
    // Like Secrets Manager: the version that loses AWSCURRENT becomes AWSPREVIOUS.
    if (stage === "AWSCURRENT" && from && from !== to) {
      const previous = this.stageHolder("AWSPREVIOUS");
      if (previous) this.versions.get(previous)!.stages.delete("AWSPREVIOUS");
      this.versions.get(from)!.stages.add("AWSPREVIOUS");
    }
  }
}

interface FakeToken {
  id: string;
  name: string;
  key: string;
  createdAt: Date;
  expiresAt: Date;
}

class FakeServiceAccount {
  readonly tokens: FakeToken[] = [];
  private next = 1;
  constructor(private readonly now: () => Date) {}

  add(name: string, expiresAt: Date): FakeToken {
    const token = { id: String(this.next), name, key: `glsa_fake_${this.next}`, createdAt: this.now(), expiresAt };
    this.next += 1;
    this.tokens.push(token);
    return token;
  }

  create(input: { name?: string; secondsToLive?: number; workspaceId?: string; serviceAccountId?: string }) {
    if (input.workspaceId !== SETTINGS.workspaceId || input.serviceAccountId !== SETTINGS.serviceAccountId)
      throw awsError("ResourceNotFoundException");
    if (this.tokens.some((t) => t.name === input.name))
      throw awsError("ConflictException", "token name already exists");
    const token = this.add(input.name!, new Date(this.now().getTime() + input.secondsToLive! * 1000));
    return {
      workspaceId: input.workspaceId,
      serviceAccountId: input.serviceAccountId,
      serviceAccountToken: { id: token.id, name: token.name, key: token.key },
    };
  }

  list() {
    return {
      serviceAccountTokens: this.tokens.map(({ id, name, createdAt, expiresAt }) => ({
        id,
        name,
        createdAt,
        expiresAt,
      })),
    };
  }

  delete(input: { tokenId?: string }) {
    const index = this.tokens.findIndex((t) => t.id === input.tokenId);
    if (index < 0) throw awsError("ResourceNotFoundException");
    this.tokens.splice(index, 1);
    return { tokenId: input.tokenId };
  }

  names(): string[] {
    return this.tokens.map((t) => t.name).sort();
  }
}

const grafanaMock = mockClient(GrafanaClient);
const secretsMock = mockClient(SecretsManagerClient);
const cloudwatchMock = mockClient(CloudWatchClient);

// The handler logs one JSON line per event; collected to prove no token ever reaches the logs.
const logLines: string[] = [];
beforeAll(() => jest.spyOn(console, "log").mockImplementation((line: string) => void logLines.push(line)));
afterAll(() => {
  // Not vacuous: "the handler's log lines are captured" below proves the spy sees them. (A count
  // here would fail whenever only some tests run, e.g. `jest -t` or a mutation run.)
  expect(logLines.filter((line) => line.includes("glsa_"))).toEqual([]);
  jest.restoreAllMocks();
});

// Every deletion the handler makes is checked against the labels at that moment: no test may end with
// the handler having deleted a token that a staging label pointed to.
let labelledDeletions: string[] = [];
afterEach(() => {
  expect(labelledDeletions).toEqual([]);
  // Metrics never carry the token either.
  expect(JSON.stringify(cloudwatchMock.calls().map((c) => c.args[0].input))).not.toContain("glsa_");
});

interface World {
  rotator: TokenRotator;
  secret: FakeSecret;
  account: FakeServiceAccount;
  fetch: jest.Mock;
  clock: { now: Date };
  /** Every pause the rotator asked for, in milliseconds. */
  sleeps: number[];
}

function world(settings: Partial<RotatorSettings> = {}): World {
  grafanaMock.reset();
  secretsMock.reset();
  cloudwatchMock.reset();
  labelledDeletions = [];
  const clock = { now: new Date("2026-01-01T00:00:00Z") };
  const now = () => clock.now;
  const sleeps: number[] = [];
  const secret = new FakeSecret(now);
  const account = new FakeServiceAccount(now);
  secretsMock.on(DescribeSecretCommand).callsFake(() => secret.describe());
  secretsMock.on(GetSecretValueCommand).callsFake((input) => secret.get(input));
  secretsMock.on(PutSecretValueCommand).callsFake((input) => secret.put(input));
  secretsMock.on(UpdateSecretVersionStageCommand).callsFake((input) => secret.updateStage(input));
  grafanaMock.on(CreateWorkspaceServiceAccountTokenCommand).callsFake((input) => account.create(input));
  grafanaMock.on(ListWorkspaceServiceAccountTokensCommand).callsFake(() => account.list());
  grafanaMock.on(DeleteWorkspaceServiceAccountTokenCommand).callsFake((input) => {
    if (secret.referencedTokenIds().has(input.tokenId!)) labelledDeletions.push(input.tokenId!);
    return account.delete(input);
  });
  cloudwatchMock.on(PutMetricDataCommand).resolves({});
  // The workspace API accepts exactly the live tokens of the service account.
  const fetchFake = jest.fn(async (_url: string, init: { headers: Record<string, string> }) => {
    const key = init.headers.Authorization.replace(/^Bearer /, "");
    const live = account.tokens.some((t) => t.key === key && t.expiresAt > clock.now);
    return { status: live ? 200 : 401 } as Response;
  });
  const rotator = new TokenRotator(
    { ...SETTINGS, ...settings },
    {
      grafana: new GrafanaClient({ region: "eu-west-1" }),
      secrets: new SecretsManagerClient({ region: "eu-west-1" }),
      cloudwatch: new CloudWatchClient({ region: "eu-west-1" }),
      fetch: fetchFake as unknown as typeof fetch,
      now,
      sleep: async (ms: number) => void sleeps.push(ms),
    },
  );
  return { rotator, secret, account, fetch: fetchFake, clock, sleeps };
}

async function rotateFully(w: World, versionId: string): Promise<void> {
  for (const Step of ["createSecret", "setSecret", "testSecret", "finishSecret"] as const) {
    await w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: versionId, Step });
  }
}

/** Secrets Manager's own bookkeeping before createSecret: the version id exists as AWSPENDING. */
function startRotation(w: World, versionId: string): void {
  w.secret.beginRotation(versionId);
}

/** The environment variables the function cannot do without. */
const REQUIRED_ENV = {
  WORKSPACE_ID: "g-1",
  WORKSPACE_ENDPOINT: "g-1.example",
  SERVICE_ACCOUNT_ID: "3",
  TOKEN_NAME_PREFIX: "p-",
};

/** A world whose secret already holds a token (the first apply's ensure ran). */
async function bootstrapped(settings: Partial<RotatorSettings> = {}): Promise<World> {
  const w = world(settings);
  await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
  return w;
}

describe("settingsFromEnv", () => {
  const env = REQUIRED_ENV;

  test("reads the environment with 30-day tokens and http verification by default", () => {
    expect(settingsFromEnv(env)).toEqual({
      workspaceId: "g-1",
      workspaceEndpoint: "g-1.example",
      serviceAccountId: "3",
      tokenNamePrefix: "p-",
      tokenTtlSeconds: 2592000,
      verifyMode: "http",
      ensureMinRemainingSeconds: 604800,
      healthNamespace: "FlinkObservability/GrafanaToken",
    });
  });

  test.each([
    [{ WORKSPACE_ID: "" }, /WORKSPACE_ID is not set/],
    [{ TOKEN_TTL_SECONDS: "2592001" }, /TOKEN_TTL_SECONDS must be at most 2592000/],
    [{ TOKEN_TTL_SECONDS: "-5" }, /TOKEN_TTL_SECONDS must be a positive integer/],
    [{ VERIFY_MODE: "ping" }, /VERIFY_MODE must be "http" or "aws"/],
  ])("rejects %j", (override, message) => {
    expect(() => settingsFromEnv({ ...env, ...override })).toThrow(message);
  });
});

describe("parseStoredToken", () => {
  test("names the missing field", () => {
    expect(() => parseStoredToken(JSON.stringify({ token: "t", tokenId: "1" }))).toThrow(
      'secret value has no string "tokenName"',
    );
    expect(() => parseStoredToken("not json")).toThrow("not JSON");
    expect(() => parseStoredToken(undefined)).toThrow("empty");
  });
});

describe("ensure (bootstrap and recovery)", () => {
  test("the handler's log lines are captured (so the no-token-in-logs check is not vacuous)", async () => {
    const before = logLines.length;
    await world().rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    expect(logLines.slice(before).map((line) => JSON.parse(line).message)).toContain(
      "minted token stored as AWSCURRENT",
    );
  });

  test("first apply: mints a verified 30-day token, stores it as AWSCURRENT and returns no secret material", async () => {
    const w = world();
    const result = await w.rotator.handle({
      action: "ensure",
      secretArn: SECRET_ARN,
      workspaceId: "g-abc123",
      serviceAccountId: "7",
    });

    expect(w.account.tokens).toHaveLength(1);
    const stored = w.secret.current();
    expect(stored).toEqual({
      token: w.account.tokens[0].key,
      tokenId: w.account.tokens[0].id,
      tokenName: w.account.tokens[0].name,
      expiresAt: "2026-01-31T00:00:00.000Z",
      workspaceId: "g-abc123",
      serviceAccountId: "7",
    });
    expect(stored.tokenName).toMatch(/^terraform-rotated-[0-9a-f-]{36}$/);
    expect(grafanaMock.commandCalls(CreateWorkspaceServiceAccountTokenCommand)[0].args[0].input.secondsToLive).toBe(
      2592000,
    );
    expect(w.fetch).toHaveBeenCalledWith(
      "https://g-abc123.grafana-workspace.eu-west-1.amazonaws.com/api/org",
      expect.anything(),
    );
    expect(result).toEqual({
      secretArn: SECRET_ARN,
      versionId: w.secret.stageHolder("AWSCURRENT"),
      expiresAt: "2026-01-31T00:00:00.000Z",
      minted: true,
      completedRotation: false,
    });
    expect(JSON.stringify(result)).not.toContain("glsa_");
  });

  test("keeps a current token that is live and far from expiry", async () => {
    const w = world();
    await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    w.clock.now = new Date("2026-01-10T00:00:00Z");
    const result = await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    expect(result.minted).toBe(false);
    expect(w.account.tokens).toHaveLength(1);
    expect(grafanaMock.commandCalls(CreateWorkspaceServiceAccountTokenCommand)).toHaveLength(1);
  });

  test("replaces a token that expires before the next rotation, keeping the old one as previous", async () => {
    const w = world();
    await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    const first = w.secret.current();
    w.clock.now = new Date("2026-01-25T00:00:00Z"); // 6 days left < 7
    const result = await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    expect(result.minted).toBe(true);
    expect(w.secret.current().tokenId).not.toBe(first.tokenId);
    expect(w.account.tokens.map((t) => t.id).sort()).toEqual([first.tokenId, w.secret.current().tokenId].sort());
  });

  test("replaces a revoked token (deleted in Grafana) and a value from another workspace", async () => {
    const w = world();
    await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    w.account.tokens.splice(0, 1);
    expect((await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN })).minted).toBe(true);

    w.secret.put({
      ClientRequestToken: "foreign",
      SecretString: JSON.stringify({ ...w.secret.current(), workspaceId: "g-other" }),
    });
    expect((await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN })).minted).toBe(true);
    expect(w.secret.current().workspaceId).toBe("g-abc123");
  });

  test("force mints even when the current token is fine", async () => {
    const w = world();
    await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    expect((await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN, force: true })).minted).toBe(true);
  });

  test("a token that fails verification is deleted and nothing is stored", async () => {
    const w = world();
    w.fetch.mockImplementation(async () => ({ status: 403 }) as Response);
    await expect(w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN })).rejects.toThrow(/answered HTTP 403/);
    expect(w.account.tokens).toEqual([]);
    expect(secretsMock.commandCalls(PutSecretValueCommand)).toHaveLength(0);
  });

  test("a lasting network failure is retried, then names the verify mode to use instead", async () => {
    const w = world();
    w.fetch.mockRejectedValue(new Error("connect ETIMEDOUT"));
    await expect(w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN })).rejects.toThrow(
      /ETIMEDOUT.*verify mode "aws"/,
    );
    expect(w.fetch).toHaveBeenCalledTimes(3);
    expect(w.account.tokens).toEqual([]);
  });

  test("a transient 5xx or network error is retried; a 4xx is not", async () => {
    const w = world();
    w.fetch.mockResolvedValueOnce({ status: 502 } as Response).mockRejectedValueOnce(new Error("ECONNRESET"));
    expect((await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN })).minted).toBe(true);
    expect(w.fetch).toHaveBeenCalledTimes(3);

    const again = world();
    again.fetch.mockResolvedValue({ status: 401 } as Response);
    await expect(again.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN })).rejects.toThrow(/HTTP 401/);
    expect(again.fetch).toHaveBeenCalledTimes(1);
  });

  test("HTTP verification waits 3 s, then 6 s between attempts and sends the token with a timeout", async () => {
    const w = world();
    w.fetch.mockImplementation(async () => ({ status: 500 }) as Response);
    await expect(w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN })).rejects.toThrow(/HTTP 500/);
    expect(w.fetch).toHaveBeenCalledTimes(3);
    expect(w.sleeps).toEqual([3000, 6000]);
    const [url, init] = w.fetch.mock.calls[0];
    expect(url).toBe(`https://${SETTINGS.workspaceEndpoint}/api/org`);
    expect(init.headers.Authorization).toMatch(/^Bearer glsa_fake_\d+$/);
    expect(init.signal).toBeInstanceOf(AbortSignal);

    // 499 is the token's fault: no retry.
    const again = world();
    again.fetch.mockImplementation(async () => ({ status: 499 }) as Response);
    await expect(again.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN })).rejects.toThrow(/HTTP 499/);
    expect(again.fetch).toHaveBeenCalledTimes(1);
    expect(again.sleeps).toEqual([]);
  });

  test("verify mode aws checks the token through the AMG API without calling the workspace", async () => {
    const w = world({ verifyMode: "aws" });
    expect((await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN })).minted).toBe(true);
    expect(w.fetch).not.toHaveBeenCalled();
  });

  test("refuses an invocation wired to another workspace or service account", async () => {
    const w = world();
    await expect(w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN, workspaceId: "g-other" })).rejects.toThrow(
      /workspaceId g-other does not match/,
    );
    await expect(w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN, serviceAccountId: "8" })).rejects.toThrow(
      /serviceAccountId 8 does not match/,
    );
    expect(w.account.tokens).toEqual([]);
  });

  test("a Secrets Manager failure other than a missing value is not mistaken for a first apply", async () => {
    const w = world();
    secretsMock.on(GetSecretValueCommand).rejects(awsError("InternalServiceError"));
    await expect(w.rotator.handle({ action: "ensure", secretArn: SECRET_ARN })).rejects.toThrow("InternalServiceError");
    expect(w.account.tokens).toEqual([]);
    expect(secretsMock.commandCalls(GetSecretValueCommand)).toHaveLength(1);
  });

  test("access denied (IAM not propagated yet) is retried, then the bootstrap succeeds", async () => {
    const w = world();
    grafanaMock
      .on(CreateWorkspaceServiceAccountTokenCommand)
      .rejectsOnce(awsError("AccessDeniedException"))
      .callsFake((input) => w.account.create(input));
    const result = (await w.rotator.handle({ action: "ensure", secretArn: SECRET_ARN })) as { minted: boolean };
    expect(result.minted).toBe(true);
    expect(grafanaMock.commandCalls(CreateWorkspaceServiceAccountTokenCommand)).toHaveLength(2);
  });

  test("lasting access denial fails after a bounded number of attempts", async () => {
    const w = world();
    secretsMock.on(GetSecretValueCommand).rejects(awsError("AccessDeniedException"));
    await expect(w.rotator.handle({ action: "ensure", secretArn: SECRET_ARN })).rejects.toThrow(
      "AccessDeniedException",
    );
    expect(secretsMock.commandCalls(GetSecretValueCommand)).toHaveLength(6);
  });

  test("unknown actions are rejected", async () => {
    const w = world();
    await expect(w.rotator.handle({ action: "rotate" } as never)).rejects.toThrow(/unknown action "rotate"/);
  });
});

describe("Secrets Manager rotation", () => {
  test("a full rotation mints, stores, verifies, promotes and leaves exactly current and previous tokens", async () => {
    const w = await bootstrapped();
    const first = w.secret.current();
    for (const [day, version] of [
      ["2026-01-08", "11111111-1111-4111-8111-111111111111"],
      ["2026-01-15", "22222222-2222-4222-8222-222222222222"],
      ["2026-01-22", "33333333-3333-4333-8333-333333333333"],
    ]) {
      w.clock.now = new Date(`${day}T00:00:00Z`);
      startRotation(w, version);
      await rotateFully(w, version);
      expect(w.secret.stageHolder("AWSCURRENT")).toBe(version);
    }
    // Three rotations later: the bootstrap token and the first rotated one are gone.
    expect(w.account.names()).toEqual([
      "terraform-rotated-22222222-2222-4222-8222-222222222222",
      "terraform-rotated-33333333-3333-4333-8333-333333333333",
    ]);
    expect(w.account.tokens.some((t) => t.id === first.tokenId)).toBe(false);
    expect(w.secret.current().expiresAt).toBe("2026-02-21T00:00:00.000Z");
    const previous = parseStoredToken(w.secret.versions.get(w.secret.stageHolder("AWSPREVIOUS")!)!.value);
    expect(previous.tokenName).toBe("terraform-rotated-22222222-2222-4222-8222-222222222222");
  });

  test("createSecret stores the new token as AWSPENDING only and is idempotent when retried", async () => {
    const w = await bootstrapped();
    const version = "44444444-4444-4444-8444-444444444444";
    startRotation(w, version);
    const before = w.secret.current();
    await w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "createSecret" });
    await w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "createSecret" });
    expect(w.secret.current()).toEqual(before);
    expect([...w.secret.versions.get(version)!.stages]).toEqual(["AWSPENDING"]);
    expect(grafanaMock.commandCalls(CreateWorkspaceServiceAccountTokenCommand)).toHaveLength(2); // bootstrap + one
  });

  test("createSecret replaces a token an earlier attempt minted but never stored", async () => {
    const w = await bootstrapped();
    const version = "55555555-5555-4555-8555-555555555555";
    const orphan = w.account.add(`terraform-rotated-${version}`, new Date("2026-01-31T00:00:00Z"));
    startRotation(w, version);
    await w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "createSecret" });
    expect(w.account.tokens.some((t) => t.id === orphan.id)).toBe(false);
    expect(parseStoredToken(w.secret.versions.get(version)!.value).tokenName).toBe(`terraform-rotated-${version}`);
  });

  test("createSecret deletes expired tokens first (they count against the 99-token limit)", async () => {
    const w = await bootstrapped();
    w.account.add("someone-elses-expired", new Date("2025-12-01T00:00:00Z"));
    const live = w.account.add("someone-elses-live", new Date("2026-03-01T00:00:00Z"));
    startRotation(w, "66666666-6666-4666-8666-666666666666");
    await w.rotator.rotate({
      SecretId: SECRET_ARN,
      ClientRequestToken: "66666666-6666-4666-8666-666666666666",
      Step: "createSecret",
    });
    expect(w.account.names()).not.toContain("someone-elses-expired");
    expect(w.account.tokens).toContain(live);
  });

  test("testSecret fails when the pending token is rejected by the workspace", async () => {
    const w = await bootstrapped();
    const version = "77777777-7777-4777-8777-777777777777";
    startRotation(w, version);
    await w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "createSecret" });
    w.fetch.mockImplementation(async () => ({ status: 401 }) as Response);
    await expect(
      w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "testSecret" }),
    ).rejects.toThrow(/answered HTTP 401/);
    // The rotation stops before finishSecret: the current token is untouched.
    expect(w.secret.stageHolder("AWSCURRENT")).not.toBe(version);
  });

  test("testSecret in aws mode fails when the token is not listed", async () => {
    const w = await bootstrapped({ verifyMode: "aws" });
    const version = "88888888-8888-4888-8888-888888888888";
    startRotation(w, version);
    await w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "createSecret" });
    const pending = parseStoredToken(w.secret.versions.get(version)!.value);
    w.account.delete({ tokenId: pending.tokenId });
    await expect(
      w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "testSecret" }),
    ).rejects.toThrow(/is not listed/);
  });

  test("testSecret in aws mode fails when AMG lists the token as expired, though the secret says it is not", async () => {
    const w = await bootstrapped({ verifyMode: "aws" });
    const version = "99999999-9999-4999-8999-999999999999";
    startRotation(w, version);
    await w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "createSecret" });
    const pending = parseStoredToken(w.secret.versions.get(version)!.value);
    expect(Date.parse(pending.expiresAt)).toBeGreaterThan(w.clock.now.getTime());
    // AMG's own expiry is the one that counts; a token that expires this very millisecond is expired.
    w.account.tokens.find((t) => t.id === pending.tokenId)!.expiresAt = new Date(w.clock.now.getTime());
    await expect(
      w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "testSecret" }),
    ).rejects.toThrow(`token ${pending.tokenId} is listed as expired`);
    expect(w.secret.stageHolder("AWSCURRENT")).not.toBe(version);
  });

  test("testSecret in aws mode passes a token AMG lists with time left", async () => {
    const w = await bootstrapped({ verifyMode: "aws" });
    const version = "99999999-9999-4999-8999-999999999998";
    startRotation(w, version);
    await w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "createSecret" });
    const pending = parseStoredToken(w.secret.versions.get(version)!.value);
    w.account.tokens.find((t) => t.id === pending.tokenId)!.expiresAt = new Date(w.clock.now.getTime() + 1);
    await w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "testSecret" });
    expect(w.fetch).not.toHaveBeenCalled();
  });

  test("finishSecret prunes only this rotator's stale tokens and expired ones", async () => {
    const w = await bootstrapped();
    const stale = w.account.add("terraform-rotated-stale", new Date("2026-01-20T00:00:00Z"));
    const pipeline = w.account.add("ci-pipeline", new Date("2026-01-20T00:00:00Z"));
    w.clock.now = new Date("2026-01-08T00:00:00Z");
    const version = "99999999-9999-4999-8999-999999999999";
    startRotation(w, version);
    await rotateFully(w, version);
    expect(w.account.tokens).not.toContain(stale);
    expect(w.account.tokens).toContain(pipeline);
    expect(w.account.tokens).toHaveLength(3); // current, previous (bootstrap), ci-pipeline
  });

  test("a failing prune still fails the invocation (alarm), after the new token is current", async () => {
    const w = await bootstrapped();
    w.account.add("terraform-rotated-stale", new Date("2026-01-20T00:00:00Z"));
    w.clock.now = new Date("2026-01-08T00:00:00Z");
    const version = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
    startRotation(w, version);
    for (const Step of ["createSecret", "setSecret", "testSecret"] as const)
      await w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step });
    grafanaMock.on(DeleteWorkspaceServiceAccountTokenCommand).rejects(awsError("ThrottlingException"));
    await expect(
      w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "finishSecret" }),
    ).rejects.toThrow("ThrottlingException");
    expect(w.secret.stageHolder("AWSCURRENT")).toBe(version);
  });

  test("a mint failure fails createSecret and stores nothing", async () => {
    const w = await bootstrapped();
    grafanaMock.on(CreateWorkspaceServiceAccountTokenCommand).rejects(awsError("ServiceQuotaExceededException"));
    startRotation(w, "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb");
    await expect(
      w.rotator.rotate({
        SecretId: SECRET_ARN,
        ClientRequestToken: "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb",
        Step: "createSecret",
      }),
    ).rejects.toThrow("ServiceQuotaExceededException");
    expect(w.secret.versions.get("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb")!.value).toBeUndefined();
  });

  test("rejects events for secrets without rotation, unknown versions and versions not pending", async () => {
    const w = await bootstrapped();
    await expect(
      w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: "nope", Step: "createSecret" }),
    ).rejects.toThrow(/does not exist/);
    w.secret.put({ ClientRequestToken: "labelless", SecretString: "{}", VersionStages: [] });
    await expect(
      w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: "labelless", Step: "createSecret" }),
    ).rejects.toThrow(/does not exist/);
    w.secret.put({ ClientRequestToken: "custom", SecretString: "{}", VersionStages: ["MINE"] });
    await expect(
      w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: "custom", Step: "createSecret" }),
    ).rejects.toThrow(/is not AWSPENDING/);
    w.secret.rotationEnabled = false;
    await expect(
      w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: "custom", Step: "createSecret" }),
    ).rejects.toThrow(/does not have rotation enabled/);
  });

  test("Secrets Manager's configuration test (an empty AWSPENDING version) verifies the current token", async () => {
    const w = await bootstrapped();
    const version = "cccccccc-cccc-4ccc-8ccc-cccccccccccc";
    startRotation(w, version);
    w.fetch.mockClear();
    await w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "testSecret" });
    expect(w.fetch).toHaveBeenCalledWith(expect.any(String), {
      headers: { Authorization: `Bearer ${w.secret.current().token}` },
      signal: expect.anything(),
    });
    // ...and fails when that token no longer works.
    w.account.tokens.splice(0);
    await expect(
      w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "testSecret" }),
    ).rejects.toThrow(/HTTP 401/);
  });

  test("a step for a version that is already AWSCURRENT does nothing", async () => {
    const w = await bootstrapped();
    const current = w.secret.stageHolder("AWSCURRENT")!;
    grafanaMock.resetHistory();
    await w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: current, Step: "finishSecret" });
    expect(grafanaMock.calls()).toHaveLength(0);
    expect(secretsMock.commandCalls(UpdateSecretVersionStageCommand)).toHaveLength(0);
  });
});

/** Holds one mocked AWS call until released, so a test can run other invocations in between. */
function gate() {
  let reach!: () => void;
  let release!: () => void;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  return {
    /** Resolves when the held call has arrived. */
    reached,
    release,
    async hold(): Promise<void> {
      reach();
      await released;
    },
  };
}

/**
 * Holds the first `PutSecretValue` or `UpdateSecretVersionStage` call at a {@link gate}, then hands it
 * (and every later one) to the fake secret, so a test can run another invocation in between.
 */
function holdFirstCall(w: World, command: "put" | "updateStage"): ReturnType<typeof gate> {
  const held = gate();
  let holding = true;
  const holdOnce = async () => {
    if (!holding) return;
    holding = false;
    await held.hold();
  };
  if (command === "put")
    secretsMock.on(PutSecretValueCommand).callsFake(async (input) => {
      await holdOnce();
      return w.secret.put(input);
    });
  else
    secretsMock.on(UpdateSecretVersionStageCommand).callsFake(async (input) => {
      await holdOnce();
      return w.secret.updateStage(input);
    });
  return held;
}

describe("ensure racing a scheduled rotation, step by step", () => {
  const ROTATION = "dddddddd-dddd-4ddd-8ddd-dddddddddddd";
  const STEPS = ["createSecret", "setSecret", "testSecret", "finishSecret"] as const;

  async function dueForRotation(): Promise<World> {
    const w = world();
    await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    w.clock.now = new Date("2026-01-08T00:00:00Z");
    return w;
  }

  const step = (w: World, Step: (typeof STEPS)[number], versionId = ROTATION) =>
    w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: versionId, Step });

  /**
   * The end state every interleaving must reach: AWSCURRENT holds a token that exists in the workspace,
   * is unexpired and authenticates; no rotation is stuck; every labelled version's token still exists
   * (except tokens the test itself revoked). Deletions of labelled tokens are checked in afterEach.
   */
  async function expectHealthy(w: World, revokedByTest: string[] = []): Promise<void> {
    const current = w.secret.current();
    const token = w.account.tokens.find((t) => t.id === current.tokenId);
    expect(token?.key).toBe(current.token);
    expect(token!.expiresAt.getTime()).toBeGreaterThan(w.clock.now.getTime());
    expect(Date.parse(current.expiresAt)).toBeGreaterThan(w.clock.now.getTime());
    const response = await w.fetch("https://workspace/api/org", {
      headers: { Authorization: `Bearer ${current.token}` },
    });
    expect(response.status).toBe(200);
    expect(w.secret.stuck()).toBe(false);
    for (const id of w.secret.referencedTokenIds()) {
      if (!revokedByTest.includes(id)) expect(w.account.tokens.map((t) => t.id)).toContain(id);
    }
  }

  type Variant = "current fine" | "current revoked" | "forced";
  const variants: Variant[] = ["current fine", "current revoked", "forced"];
  const points = [0, 1, 2, 3, 4].map((i) => ({ i, name: i < 4 ? `before ${STEPS[i]}` : "after finishSecret" }));
  const cases = points.flatMap((p) => variants.map((v) => [p.name, v, p.i] as const));

  test.each(cases)("ensure %s, %s", async (_name, variant, index) => {
    const w = await dueForRotation();
    w.secret.beginRotation(ROTATION);
    for (const s of STEPS.slice(0, index)) await step(w, s);
    // An hour later: past the in-flight grace, so only the staging labels protect the rotation's token.
    w.clock.now = new Date("2026-01-08T01:00:00Z");
    const revoked: string[] = [];
    if (variant === "current revoked") {
      revoked.push(w.secret.current().tokenId);
      w.account.delete({ tokenId: w.secret.current().tokenId });
    }
    const mintsBefore = grafanaMock.commandCalls(CreateWorkspaceServiceAccountTokenCommand).length;
    const result = await w.rotator.ensure({
      action: "ensure",
      secretArn: SECRET_ARN,
      force: variant === "forced",
    });
    for (const s of STEPS.slice(index)) await step(w, s);

    await expectHealthy(w, revoked);
    const pendingHadToken = index >= 1 && index <= 3;
    const replaced = variant !== "current fine";
    // Which version ends up current, and whether ensure minted or finished the rotation itself.
    if (index === 4 && replaced) {
      expect(w.secret.stageHolder("AWSCURRENT")).toBe(result.versionId);
      expect(w.secret.stageHolder("AWSPREVIOUS")).toBe(ROTATION);
    } else {
      expect(w.secret.stageHolder("AWSCURRENT")).toBe(ROTATION);
    }
    expect(result).toMatchObject({
      versionId: expect.any(String),
      minted: replaced && !pendingHadToken,
      completedRotation: replaced && pendingHadToken,
    });
    // A rotation with a usable pending token is never doubled by a second mint.
    const mintsByEnsure = grafanaMock.commandCalls(CreateWorkspaceServiceAccountTokenCommand).length - mintsBefore;
    expect(mintsByEnsure).toBe((index === 0 ? 1 : 0) + (replaced && !pendingHadToken ? 1 : 0));
    expect(JSON.stringify(result)).not.toContain("glsa_");
  });

  test("two ensures at once: one's prune keeps the token the other minted but has not stored yet", async () => {
    const w = await dueForRotation();
    const held = holdFirstCall(w, "put");
    const first = w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN, force: true });
    await held.reached;
    const second = await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    expect(second.minted).toBe(false);
    expect(w.account.tokens).toHaveLength(2); // the current one and the first ensure's unstored one
    held.release();
    const firstResult = await first;
    expect(w.secret.stageHolder("AWSCURRENT")).toBe(firstResult.versionId);
    await expectHealthy(w);
  });

  test("two forced ensures at once: the last one stored is current, the other previous, both live", async () => {
    const w = await dueForRotation();
    const held = holdFirstCall(w, "put");
    const first = w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN, force: true });
    await held.reached;
    const second = await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN, force: true });
    held.release();
    const firstResult = await first;
    expect(w.secret.stageHolder("AWSCURRENT")).toBe(firstResult.versionId);
    expect(w.secret.stageHolder("AWSPREVIOUS")).toBe(second.versionId);
    await expectHealthy(w);
  });

  test("an ensure while createSecret has minted but not stored keeps that token, even after 15 minutes", async () => {
    const w = await dueForRotation();
    w.secret.beginRotation(ROTATION);
    const held = gate();
    secretsMock.on(PutSecretValueCommand).callsFake(async (input) => {
      if (input.ClientRequestToken === ROTATION) await held.hold();
      return w.secret.put(input);
    });
    const creating = step(w, "createSecret");
    await held.reached;
    // Past the in-flight grace: only the token's name (after the labelled pending version) keeps it.
    w.clock.now = new Date("2026-01-08T00:20:00Z");
    await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    expect(w.account.names()).toContain(`terraform-rotated-${ROTATION}`);
    held.release();
    await creating;
    for (const s of STEPS.slice(1)) await step(w, s);
    expect(w.secret.stageHolder("AWSCURRENT")).toBe(ROTATION);
    await expectHealthy(w);
  });

  test("finishSecret whose AWSCURRENT moved under it (a manual put) retries the move against the new holder", async () => {
    const w = await dueForRotation();
    w.secret.beginRotation(ROTATION);
    for (const s of STEPS.slice(0, 3)) await step(w, s);
    const held = holdFirstCall(w, "updateStage");
    const finishing = step(w, "finishSecret");
    await held.reached;
    const manual = w.account.add("terraform-rotated-manual", new Date("2026-02-07T00:00:00Z"));
    w.secret.put({
      ClientRequestToken: "manual",
      SecretString: JSON.stringify({ ...w.secret.current(), token: manual.key, tokenId: manual.id }),
    });
    held.release();
    await finishing;
    expect(w.secret.stageHolder("AWSCURRENT")).toBe(ROTATION);
    expect(w.secret.stageHolder("AWSPREVIOUS")).toBe("manual");
    expect(w.account.tokens).toContain(manual);
    await expectHealthy(w);
  });

  test("finishSecret paused while ensures complete the rotation and replace it again: stops, nothing stuck", async () => {
    const w = await dueForRotation();
    w.secret.beginRotation(ROTATION);
    for (const s of STEPS.slice(0, 3)) await step(w, s);
    const held = holdFirstCall(w, "updateStage");
    const finishing = step(w, "finishSecret");
    await held.reached;
    expect((await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN, force: true })).completedRotation).toBe(
      true,
    );
    const latest = await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN, force: true });
    expect(latest.minted).toBe(true);
    held.release();
    await expect(finishing).rejects.toThrow(/no longer AWSPENDING; not making it current/);
    expect(w.secret.stageHolder("AWSCURRENT")).toBe(latest.versionId);
    await expectHealthy(w);
  });

  test("a retried finishSecret after a failed prune finds the rotation done", async () => {
    const w = await dueForRotation();
    w.account.add("terraform-rotated-stale", new Date("2026-01-20T00:00:00Z"));
    w.clock.now = new Date("2026-01-08T01:00:00Z");
    w.secret.beginRotation(ROTATION);
    for (const s of STEPS.slice(0, 3)) await step(w, s);
    grafanaMock.on(DeleteWorkspaceServiceAccountTokenCommand).rejectsOnce(awsError("ThrottlingException"));
    await expect(step(w, "finishSecret")).rejects.toThrow("ThrottlingException");
    await step(w, "finishSecret");
    expect(w.secret.stageHolder("AWSCURRENT")).toBe(ROTATION);
    await expectHealthy(w);
  });

  test("retried steps after an ensure completed the rotation do nothing", async () => {
    const w = await dueForRotation();
    w.secret.beginRotation(ROTATION);
    await step(w, "createSecret");
    const revoked = w.secret.current().tokenId;
    w.account.delete({ tokenId: revoked });
    expect((await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN })).completedRotation).toBe(true);
    grafanaMock.resetHistory();
    for (const s of STEPS) await step(w, s);
    await step(w, "createSecret");
    expect(grafanaMock.commandCalls(CreateWorkspaceServiceAccountTokenCommand)).toHaveLength(0);
    await expectHealthy(w, [revoked]);
  });

  test("a stuck rotation (its pending token revoked) is abandoned by ensure; the next rotation runs", async () => {
    const w = await dueForRotation();
    w.secret.beginRotation(ROTATION);
    await step(w, "createSecret");
    const pending = parseStoredToken(w.secret.versions.get(ROTATION)!.value);
    w.account.delete({ tokenId: pending.tokenId });
    await expect(step(w, "testSecret")).rejects.toThrow(/HTTP 401/);
    expect(w.secret.stuck()).toBe(true);

    const result = await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    expect(result).toMatchObject({ minted: false, completedRotation: false });
    expect(w.secret.stuck()).toBe(false);
    // Secrets Manager retrying the abandoned rotation gets a clear refusal, not a stuck secret.
    // (the version has lost its only label, so Secrets Manager no longer lists it).
    await expect(step(w, "testSecret")).rejects.toThrow(/does not exist/);
    await expectHealthy(w, [pending.tokenId]);

    const next = "eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee";
    w.secret.beginRotation(next);
    for (const s of STEPS) await step(w, s, next);
    expect(w.secret.stageHolder("AWSCURRENT")).toBe(next);
    await expectHealthy(w, [pending.tokenId]);
  });

  test("a stuck rotation whose pending token expired, with an expired current token: ensure recovers both", async () => {
    const w = await dueForRotation();
    w.secret.beginRotation(ROTATION);
    await step(w, "createSecret");
    w.fetch.mockImplementationOnce(async () => ({ status: 503 }) as Response);
    w.fetch.mockImplementationOnce(async () => ({ status: 503 }) as Response);
    w.fetch.mockImplementationOnce(async () => ({ status: 503 }) as Response);
    await expect(step(w, "testSecret")).rejects.toThrow(/HTTP 503/);
    w.clock.now = new Date("2026-03-01T00:00:00Z"); // both tokens expired
    const bootstrapToken = w.secret.current().tokenId;
    const pendingToken = parseStoredToken(w.secret.versions.get(ROTATION)!.value).tokenId;
    const result = await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    expect(result.minted).toBe(true);
    await expectHealthy(w);
    // The abandoned pending token is gone; the expired bootstrap token is AWSPREVIOUS now, so it stays.
    expect(w.account.tokens.map((t) => t.id)).not.toContain(pendingToken);
    expect(w.account.tokens.map((t) => t.id).sort()).toEqual([bootstrapToken, w.secret.current().tokenId].sort());
  });
});

describe("rotation health metrics", () => {
  const DAY = 24 * 3600;

  function published(): PutMetricDataCommandInput[] {
    return cloudwatchMock.commandCalls(PutMetricDataCommand).map((c) => c.args[0].input);
  }

  function metric(input: PutMetricDataCommandInput, name: string): unknown {
    return input.MetricData?.find((m) => m.MetricName === name)?.Value;
  }

  test("report publishes seconds until expiry and since the last rotation, under the secret's name", async () => {
    const w = world();
    await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    cloudwatchMock.resetHistory();
    w.clock.now = new Date("2026-01-03T12:00:00Z");
    const report = await w.rotator.handle({ action: "report", secretArn: SECRET_ARN });
    expect(report).toEqual({
      secretArn: SECRET_ARN,
      secretName: "flinkobs-test-grafana-token-20260101",
      secondsUntilExpiry: 27.5 * DAY,
      secondsSinceLastRotation: 2.5 * DAY,
    });
    expect(JSON.stringify(report)).not.toContain("glsa_");
    const dimensions = [{ Name: "SecretName", Value: "flinkobs-test-grafana-token-20260101" }];
    expect(published()).toEqual([
      {
        Namespace: "FlinkObservability/GrafanaToken",
        MetricData: [
          {
            MetricName: "SecondsUntilExpiry",
            Value: 27.5 * DAY,
            Unit: "Seconds",
            Dimensions: dimensions,
            Timestamp: w.clock.now,
          },
          {
            MetricName: "SecondsSinceLastRotation",
            Value: 2.5 * DAY,
            Unit: "Seconds",
            Dimensions: dimensions,
            Timestamp: w.clock.now,
          },
        ],
      },
    ]);
  });

  test("a successful rotation and ensure publish too; the figures restart with the new token", async () => {
    const w = world();
    await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    expect(metric(published()[0], "SecondsUntilExpiry")).toBe(30 * DAY);
    w.clock.now = new Date("2026-01-08T00:00:00Z");
    const version = "ffffffff-ffff-4fff-8fff-ffffffffffff";
    startRotation(w, version);
    cloudwatchMock.resetHistory();
    await rotateFully(w, version);
    expect(published()).toHaveLength(1); // finishSecret only
    expect(metric(published()[0], "SecondsUntilExpiry")).toBe(30 * DAY);
    expect(metric(published()[0], "SecondsSinceLastRotation")).toBe(0);
  });

  test("the namespace and the dimension's value come from the settings", async () => {
    const w = world({ healthNamespace: "Custom/Tokens", healthSecretName: "prod" });
    await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    const [input] = published();
    expect(input.Namespace).toBe("Custom/Tokens");
    expect(input.MetricData![0].Dimensions).toEqual([{ Name: "SecretName", Value: "prod" }]);
  });

  test.each([
    ["there is no current value", () => undefined, /no current value/],
    [
      "the current value is not a token",
      (w: World) => w.secret.put({ ClientRequestToken: "junk", SecretString: "not json" }),
      /value unusable: secret value is not JSON/,
    ],
    [
      "the current token was revoked",
      (w: World) => w.account.delete({ tokenId: w.secret.current().tokenId }),
      /no longer exists \(revoked\)/,
    ],
    [
      "the current token expired",
      (w: World) => void (w.clock.now = new Date("2026-02-01T00:00:00Z")),
      /expired at 2026-01-31T00:00:00.000Z/,
    ],
    [
      "the current token belongs to another workspace",
      (w: World) =>
        w.secret.put({
          ClientRequestToken: "foreign",
          SecretString: JSON.stringify({ ...w.secret.current(), workspaceId: "g-other" }),
        }),
      /another workspace/,
    ],
  ])("when %s, report publishes 0 seconds until expiry, then fails", async (_what, breakIt, message) => {
    const w = world();
    if (_what !== "there is no current value") await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    breakIt(w);
    cloudwatchMock.resetHistory();
    await expect(w.rotator.handle({ action: "report", secretArn: SECRET_ARN })).rejects.toThrow(message);
    expect(published()).toHaveLength(1);
    expect(metric(published()[0], "SecondsUntilExpiry")).toBe(0);
  });

  test("report publishes nothing when it cannot read the secret (the alarm sees missing data)", async () => {
    const w = world();
    await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    cloudwatchMock.resetHistory();
    secretsMock.on(DescribeSecretCommand).rejects(awsError("AccessDeniedException"));
    await expect(w.rotator.handle({ action: "report", secretArn: SECRET_ARN })).rejects.toThrow(
      "AccessDeniedException",
    );
    expect(published()).toEqual([]);
  });

  test("report names a rotation in progress or stuck", async () => {
    const w = world();
    await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    startRotation(w, "12121212-1212-4121-8121-121212121212");
    expect(await w.rotator.handle({ action: "report", secretArn: SECRET_ARN })).toMatchObject({
      pendingVersionId: "12121212-1212-4121-8121-121212121212",
    });
  });

  test("a metric that cannot be published after an ensure is logged; the token work still succeeds", async () => {
    const w = world();
    cloudwatchMock.on(PutMetricDataCommand).rejects(awsError("AccessDenied"));
    const lines = logLines.length;
    const result = await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    expect(result.minted).toBe(true);
    expect(logLines.slice(lines).map((l) => JSON.parse(l))).toContainEqual(
      expect.objectContaining({ message: "health metrics not published", error: "AccessDenied" }),
    );
    // ...but the scheduled report fails, so the function's Errors alarm fires too.
    await expect(w.rotator.handle({ action: "report", secretArn: SECRET_ARN })).rejects.toThrow("AccessDenied");
  });

  test("report requires the secret", async () => {
    const w = world();
    await expect(w.rotator.handle({ action: "report" } as never)).rejects.toThrow(/"secretArn" is required/);
  });

  test("health settings: defaults and validation", () => {
    const env = { WORKSPACE_ID: "g-1", WORKSPACE_ENDPOINT: "e", SERVICE_ACCOUNT_ID: "3", TOKEN_NAME_PREFIX: "p-" };
    expect(settingsFromEnv(env).healthSecretName).toBeUndefined();
    expect(
      settingsFromEnv({ ...env, HEALTH_METRIC_NAMESPACE: "Team/Grafana", HEALTH_SECRET_NAME: "prod-token" }),
    ).toMatchObject({ healthNamespace: "Team/Grafana", healthSecretName: "prod-token" });
    expect(() => settingsFromEnv({ ...env, HEALTH_METRIC_NAMESPACE: "AWS/Lambda" })).toThrow(
      /HEALTH_METRIC_NAMESPACE must be .* not start with "AWS\/", got "AWS\/Lambda"/,
    );
    expect(() => settingsFromEnv({ ...env, HEALTH_METRIC_NAMESPACE: "has space" })).toThrow(
      /HEALTH_METRIC_NAMESPACE must be 1-255/,
    );
    expect(() => settingsFromEnv({ ...env, HEALTH_SECRET_NAME: "x".repeat(1025) })).toThrow(
      /HEALTH_SECRET_NAME must be 1-1024 printable characters/,
    );
  });
});

describe("edges: exact boundaries, malformed input and what the logs say", () => {
  const env = REQUIRED_ENV;

  test("settings: an empty number means the default, zero is refused, each variable is read by its name", () => {
    expect(settingsFromEnv({ ...env, TOKEN_TTL_SECONDS: "" }).tokenTtlSeconds).toBe(2592000);
    expect(() => settingsFromEnv({ ...env, TOKEN_TTL_SECONDS: "0" })).toThrow(
      'TOKEN_TTL_SECONDS must be a positive integer, got "0"',
    );
    expect(settingsFromEnv({ ...env, TOKEN_TTL_SECONDS: "1" }).tokenTtlSeconds).toBe(1);
    expect(settingsFromEnv({ ...env, ENSURE_MIN_REMAINING_SECONDS: "86400" }).ensureMinRemainingSeconds).toBe(86400);
    expect(settingsFromEnv({ ...env, HEALTH_SECRET_NAME: "flinkobs-dev-grafana-token" }).healthSecretName).toBe(
      "flinkobs-dev-grafana-token",
    );
    // Without a health secret name the setting is absent, not present as undefined.
    expect(Object.keys(settingsFromEnv(env))).not.toContain("healthSecretName");
    expect(settingsFromEnv({ ...env, VERIFY_MODE: "aws" }).verifyMode).toBe("aws");
  });

  test.each([
    ["null", 'secret value has no string "token"'],
    [JSON.stringify({ ...storedToken(), token: "" }), 'secret value has no string "token"'],
    [JSON.stringify({ ...storedToken(), serviceAccountId: 7 }), 'secret value has no string "serviceAccountId"'],
    [JSON.stringify({ ...storedToken(), expiresAt: "next month" }), 'secret value "expiresAt" is not a date'],
  ])("a stored value %s is refused, naming the field", (value, message) => {
    expect(() => parseStoredToken(value)).toThrow(message);
  });

  test.each([
    [{ ClientRequestToken: "v", Step: "createSecret" }],
    [{ SecretId: SECRET_ARN, Step: "createSecret" }],
    [{ SecretId: SECRET_ARN, ClientRequestToken: "v" }],
  ])("a rotation event without SecretId, ClientRequestToken or Step is refused: %j", async (event) => {
    const w = world();
    await expect(w.rotator.rotate(event as never)).rejects.toThrow(
      "rotation event needs SecretId, ClientRequestToken and Step",
    );
    expect(secretsMock.calls()).toHaveLength(0);
  });

  test("testSecret refuses a token the secret says has expired, even when the workspace still accepts it", async () => {
    const w = await bootstrapped();
    const version = "12121212-1212-4121-8121-121212121212";
    startRotation(w, version);
    await w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "createSecret" });
    const pending = parseStoredToken(w.secret.versions.get(version)!.value);
    const requestsBefore = w.fetch.mock.calls.length;
    // The stored expiry has come (this very millisecond), while AMG and the workspace still accept it.
    w.secret.versions.get(version)!.value = JSON.stringify({ ...pending, expiresAt: w.clock.now.toISOString() });
    w.account.tokens.find((t) => t.id === pending.tokenId)!.expiresAt = new Date("2027-01-01T00:00:00Z");
    await expect(
      w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "testSecret" }),
    ).rejects.toThrow(`token ${pending.tokenId} expired at ${w.clock.now.toISOString()}`);
    expect(w.fetch.mock.calls.length).toBe(requestsBefore); // refused before any request
  });

  test("testSecret refuses a token of another service account of the same workspace", async () => {
    const w = await bootstrapped();
    const version = "13131313-1313-4131-8131-131313131313";
    startRotation(w, version);
    await w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "createSecret" });
    const pending = parseStoredToken(w.secret.versions.get(version)!.value);
    w.secret.versions.get(version)!.value = JSON.stringify({ ...pending, serviceAccountId: "8" });
    await expect(
      w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "testSecret" }),
    ).rejects.toThrow(`belongs to workspace g-abc123/service account 8, not this rotator's`);
  });

  test("ensure keeps a token with exactly the minimum time left, and replaces one with a millisecond less", async () => {
    const w = await bootstrapped();
    const expiry = Date.parse(w.secret.current().expiresAt);
    w.clock.now = new Date(expiry - SETTINGS.ensureMinRemainingSeconds * 1000);
    expect((await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN })).minted).toBe(false);
    w.clock.now = new Date(expiry - SETTINGS.ensureMinRemainingSeconds * 1000 + 1);
    expect((await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN })).minted).toBe(true);
  });

  test("report at the very instant the token expires names it expired", async () => {
    const w = await bootstrapped();
    const expiresAt = w.secret.current().expiresAt;
    w.account.tokens[0].expiresAt = new Date("2027-01-01T00:00:00Z"); // AMG would still list it
    w.clock.now = new Date(expiresAt);
    await expect(w.rotator.handle({ action: "report", secretArn: SECRET_ARN })).rejects.toThrow(
      `has no usable current token: expired at ${expiresAt}`,
    );
  });

  test("prune deletes a token that expires this very millisecond and one of ours just out of its grace", async () => {
    const w = await bootstrapped();
    const expiringNow = w.account.add("someone-elses", new Date("2026-01-01T00:20:00Z"));
    const ours = w.account.add("terraform-rotated-left-over", new Date("2026-01-31T00:00:00Z"));
    const oursInFlight = w.account.add("terraform-rotated-in-flight", new Date("2026-01-31T00:00:00Z"));
    oursInFlight.createdAt = new Date("2026-01-01T00:05:00.001Z");
    w.clock.now = new Date("2026-01-01T00:20:00Z"); // 20 minutes after ours was created: out of the 15-minute grace
    ours.createdAt = new Date("2026-01-01T00:05:00Z"); // exactly 15 minutes before now
    const version = "14141414-1414-4141-8141-141414141414";
    startRotation(w, version);
    await rotateFully(w, version);
    expect(w.account.tokens).not.toContain(expiringNow);
    expect(w.account.tokens).not.toContain(ours);
    expect(w.account.tokens).toContain(oursInFlight);
  });

  test("tokens are listed page by page: a stale token on a second page is pruned, a live one found", async () => {
    const w = await bootstrapped();
    const stale = w.account.add("terraform-rotated-stale", new Date("2026-01-31T00:00:00Z"));
    // Two pages: the current token alone on the first.
    grafanaMock.on(ListWorkspaceServiceAccountTokensCommand).callsFake((input) => {
      const all = w.account.list().serviceAccountTokens;
      return input.nextToken === "page-2"
        ? { serviceAccountTokens: all.slice(1) }
        : { serviceAccountTokens: all.slice(0, 1), nextToken: "page-2" };
    });
    w.clock.now = new Date("2026-01-08T00:00:00Z");
    const version = "15151515-1515-4151-8151-151515151515";
    startRotation(w, version);
    await rotateFully(w, version);
    expect(w.account.tokens).not.toContain(stale);
  });

  test("a token already deleted by someone else does not fail the prune; any other delete error does", async () => {
    const w = await bootstrapped();
    w.account.add("terraform-rotated-stale", new Date("2026-01-31T00:00:00Z"));
    w.clock.now = new Date("2026-01-08T00:00:00Z");
    grafanaMock.on(DeleteWorkspaceServiceAccountTokenCommand).rejects(awsError("ResourceNotFoundException"));
    const version = "16161616-1616-4161-8161-161616161616";
    startRotation(w, version);
    await rotateFully(w, version);
    expect(w.secret.stageHolder("AWSCURRENT")).toBe(version);

    w.account.add("terraform-rotated-stale-2", new Date("2026-01-31T00:00:00Z"));
    w.clock.now = new Date("2026-01-15T00:00:00Z");
    grafanaMock.on(DeleteWorkspaceServiceAccountTokenCommand).rejects(awsError("ThrottlingException"));
    const next = "17171717-1717-4171-8171-171717171717";
    startRotation(w, next);
    await expect(rotateFully(w, next)).rejects.toThrow("ThrottlingException");
  });

  test("a full rotation logs each step with the secret and version (no token)", async () => {
    const w = await bootstrapped();
    w.clock.now = new Date("2026-01-08T00:00:00Z");
    const version = "18181818-1818-4181-8181-181818181818";
    startRotation(w, version);
    const before = logLines.length;
    await rotateFully(w, version);
    await w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "finishSecret" }); // a retry
    const lines = logLines.slice(before).map((line) => JSON.parse(line));
    expect(lines.map((l) => l.message)).toEqual([
      "minted token stored as AWSPENDING",
      "pending token verified",
      "pending version is now AWSCURRENT",
      "health published",
      "version is already AWSCURRENT, nothing to do",
    ]);
    for (const l of [...lines.slice(0, 3), lines[4]])
      expect(l).toMatchObject({ secretId: SECRET_ARN, versionId: version });
    expect(lines[1]).toMatchObject({ verifyMode: "http" });
    expect(lines[2].previousVersion).toEqual(expect.any(String));
    expect(lines[3]).toMatchObject({ namespace: SETTINGS.healthNamespace, secondsUntilExpiry: 30 * 24 * 3600 });
    expect(lines[4]).toMatchObject({ step: "finishSecret" });
  });
});

describe("ensure: ownership, required input and what the logs say", () => {
  test("ensure needs the secret's ARN", async () => {
    await expect(world().rotator.ensure({ action: "ensure" } as never)).rejects.toThrow(
      'ensure: "secretArn" is required',
    );
  });

  test("a stored token of another service account, or of another workspace, is replaced; testSecret refuses both", async () => {
    for (const foreign of [{ serviceAccountId: "8" }, { workspaceId: "g-other" }]) {
      const w = await bootstrapped();
      w.secret.put({
        ClientRequestToken: "foreign",
        SecretString: JSON.stringify({ ...w.secret.current(), ...foreign }),
      });
      expect((await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN })).minted).toBe(true);
      expect(w.secret.current()).toMatchObject({ workspaceId: "g-abc123", serviceAccountId: "7" });

      const version = "19191919-1919-4191-8191-191919191919";
      startRotation(w, version);
      await w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "createSecret" });
      const pending = parseStoredToken(w.secret.versions.get(version)!.value);
      w.secret.versions.get(version)!.value = JSON.stringify({ ...pending, ...foreign });
      await expect(
        w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: version, Step: "testSecret" }),
      ).rejects.toThrow("not this rotator's");
    }
  });

  test("ensure logs what it minted, what it kept and which tokens it deleted (no token)", async () => {
    const w = world();
    const before = logLines.length;
    await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    const stale = w.account.add("terraform-rotated-stale", new Date("2026-01-31T00:00:00Z"));
    w.clock.now = new Date("2026-01-02T00:00:00Z");
    await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN, force: true });
    await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    const lines = logLines.slice(before).map((line) => JSON.parse(line));
    const byMessage = (message: string) => lines.filter((l) => l.message === message);
    expect(byMessage("minted token stored as AWSCURRENT")).toHaveLength(2);
    expect(byMessage("minted token stored as AWSCURRENT")[0]).toMatchObject({
      secretArn: SECRET_ARN,
      expiresAt: "2026-01-31T00:00:00.000Z",
    });
    expect(byMessage("deleted token")).toEqual([
      expect.objectContaining({ tokenId: stale.id, tokenName: "terraform-rotated-stale", expired: false }),
    ]);
    expect(byMessage("current token is fine, nothing minted")).toEqual([
      expect.objectContaining({ secretArn: SECRET_ARN, expiresAt: "2026-02-01T00:00:00.000Z" }),
    ]);
  });
});

/** A well-formed stored token value, for malformed variations. */
function storedToken(): StoredToken {
  return {
    token: "glsa_x",
    tokenId: "1",
    tokenName: "terraform-rotated-x",
    expiresAt: "2026-01-31T00:00:00.000Z",
    workspaceId: "g-abc123",
    serviceAccountId: "7",
  };
}

/** The handler's log lines from index `before` of the captured lines, parsed. */
function logsFrom(before: number): Record<string, unknown>[] {
  return logLines.slice(before).map((line) => JSON.parse(line));
}

describe("recovery: retried steps, refused input, retry bounds and what the logs say", () => {
  const VERSION = "abababab-abab-4bab-8bab-abababababab";
  const HOST_URL = `https://${SETTINGS.workspaceEndpoint}/api/org`;

  /** A bootstrapped world a week later, with a rotation of VERSION begun and run up to (not including) `upTo`. */
  async function rotationUpTo(upTo: "createSecret" | "finishSecret"): Promise<World> {
    const w = await bootstrapped();
    w.clock.now = new Date("2026-01-08T00:00:00Z");
    startRotation(w, VERSION);
    if (upTo === "finishSecret")
      for (const Step of ["createSecret", "setSecret", "testSecret"] as const)
        await w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: VERSION, Step });
    return w;
  }

  const step = (w: World, Step: RotationEvent["Step"]) =>
    w.rotator.rotate({ SecretId: SECRET_ARN, ClientRequestToken: VERSION, Step });

  const pendingToken = (w: World) => parseStoredToken(w.secret.versions.get(VERSION)!.value);

  test("a rotation event handed to the entry point (no action) runs the rotation step", async () => {
    const w = await rotationUpTo("createSecret");
    await w.rotator.handle({ SecretId: SECRET_ARN, ClientRequestToken: VERSION, Step: "createSecret" });
    expect(pendingToken(w).tokenName).toBe(`terraform-rotated-${VERSION}`);
  });

  test("an unknown rotation step is refused, naming it", async () => {
    const w = await rotationUpTo("createSecret");
    await expect(step(w, "rotateSecret" as never)).rejects.toThrow(new Error('unknown rotation step "rotateSecret"'));
    expect(w.secret.versions.get(VERSION)!.value).toBeUndefined();
  });

  test("createSecret stores the token with the AWSPENDING label only, under the rotation's version", async () => {
    const w = await rotationUpTo("createSecret");
    await step(w, "createSecret");
    const puts = secretsMock.commandCalls(PutSecretValueCommand);
    expect(puts[puts.length - 1].args[0].input).toEqual({
      SecretId: SECRET_ARN,
      ClientRequestToken: VERSION,
      SecretString: w.secret.versions.get(VERSION)!.value,
      VersionStages: ["AWSPENDING"],
    });
  });

  test("a retried createSecret finds the token stored, says so and mints nothing", async () => {
    const w = await rotationUpTo("createSecret");
    await step(w, "createSecret");
    const stored = w.secret.versions.get(VERSION)!.value;
    const mints = grafanaMock.commandCalls(CreateWorkspaceServiceAccountTokenCommand).length;
    const before = logLines.length;
    await step(w, "createSecret");
    expect(logsFrom(before)).toEqual([
      { message: "pending version already holds a token (retried step)", secretId: SECRET_ARN, versionId: VERSION },
    ]);
    expect(grafanaMock.commandCalls(CreateWorkspaceServiceAccountTokenCommand)).toHaveLength(mints);
    expect(w.secret.versions.get(VERSION)!.value).toBe(stored);
  });

  test.each(["createSecret", "testSecret"] as const)(
    "%s fails, doing nothing else, when the pending version cannot be read for a reason other than its absence",
    async (Step) => {
      const w = await rotationUpTo(Step === "createSecret" ? "createSecret" : "finishSecret");
      secretsMock.on(GetSecretValueCommand).callsFake((input) => {
        if (input.VersionStage === "AWSPENDING") throw awsError("InternalServiceError", "Secrets Manager is unwell");
        return w.secret.get(input);
      });
      const mints = grafanaMock.commandCalls(CreateWorkspaceServiceAccountTokenCommand).length;
      w.fetch.mockClear();
      await expect(step(w, Step)).rejects.toThrow(new Error("Secrets Manager is unwell"));
      expect(grafanaMock.commandCalls(CreateWorkspaceServiceAccountTokenCommand)).toHaveLength(mints);
      expect(w.fetch).not.toHaveBeenCalled();
    },
  );

  test("the rotation configuration test logs that the current token was verified", async () => {
    const w = await rotationUpTo("createSecret"); // the pending version has no value
    const before = logLines.length;
    await step(w, "testSecret");
    expect(logsFrom(before)).toEqual([
      {
        message: "rotation configuration test: current token verified",
        secretId: SECRET_ARN,
        versionId: VERSION,
        verifyMode: "http",
      },
    ]);
  });

  test("finishSecret gives up after exactly 3 attempts when AWSCURRENT keeps moving, logging each retry", async () => {
    const w = await rotationUpTo("finishSecret");
    const bootstrapVersion = w.secret.stageHolder("AWSCURRENT");
    const moved = () => awsError("InvalidParameterException", "AWSCURRENT is attached to another version");
    secretsMock
      .on(UpdateSecretVersionStageCommand)
      .rejectsOnce(moved())
      .rejectsOnce(moved())
      .rejectsOnce(moved())
      .callsFake((input) => w.secret.updateStage(input));
    const before = logLines.length;
    await expect(step(w, "finishSecret")).rejects.toThrow(new Error("AWSCURRENT is attached to another version"));
    expect(secretsMock.commandCalls(UpdateSecretVersionStageCommand)).toHaveLength(3);
    expect(logsFrom(before)).toEqual([
      {
        message: "AWSCURRENT moved while promoting, reading the labels again",
        secretId: SECRET_ARN,
        versionId: VERSION,
        attempt: 1,
      },
      {
        message: "AWSCURRENT moved while promoting, reading the labels again",
        secretId: SECRET_ARN,
        versionId: VERSION,
        attempt: 2,
      },
    ]);
    expect(w.secret.stageHolder("AWSCURRENT")).toBe(bootstrapVersion);
    expect(w.secret.stageHolder("AWSPENDING")).toBe(VERSION);
  });

  test("finishSecret succeeds on the third attempt when AWSCURRENT moved twice", async () => {
    const w = await rotationUpTo("finishSecret");
    const moved = () => awsError("InvalidParameterException", "AWSCURRENT is attached to another version");
    secretsMock
      .on(UpdateSecretVersionStageCommand)
      .rejectsOnce(moved())
      .rejectsOnce(moved())
      .callsFake((input) => w.secret.updateStage(input));
    await step(w, "finishSecret");
    expect(w.secret.stageHolder("AWSCURRENT")).toBe(VERSION);
    expect(w.secret.stageHolder("AWSPENDING")).toBeUndefined();
  });

  test("finishSecret fails at once, without a retry, when moving AWSCURRENT fails for another reason", async () => {
    const w = await rotationUpTo("finishSecret");
    secretsMock
      .on(UpdateSecretVersionStageCommand)
      .rejectsOnce(awsError("ThrottlingException", "Rate exceeded"))
      .callsFake((input) => w.secret.updateStage(input));
    const before = logLines.length;
    await expect(step(w, "finishSecret")).rejects.toThrow(new Error("Rate exceeded"));
    expect(secretsMock.commandCalls(UpdateSecretVersionStageCommand)).toHaveLength(1);
    expect(logsFrom(before)).toEqual([]);
    expect(w.secret.stageHolder("AWSPENDING")).toBe(VERSION);
  });

  test("an ensure completing the rotation while finishSecret moves AWSCURRENT: finishSecret finds it done", async () => {
    const w = await rotationUpTo("finishSecret");
    const bootstrapVersion = w.secret.stageHolder("AWSCURRENT");
    const pending = pendingToken(w);
    const held = holdFirstCall(w, "updateStage");
    const before = logLines.length;
    const finishing = step(w, "finishSecret");
    await held.reached;
    const ensured = await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN, force: true });
    expect(ensured).toEqual({
      secretArn: SECRET_ARN,
      versionId: VERSION,
      expiresAt: pending.expiresAt,
      minted: false,
      completedRotation: true,
    });
    const movesByEnsure = secretsMock.commandCalls(UpdateSecretVersionStageCommand).length - 1;
    held.release();
    await finishing;
    // The held move failed (AWSCURRENT had moved); the labels read again show the version current.
    expect(secretsMock.commandCalls(UpdateSecretVersionStageCommand)).toHaveLength(movesByEnsure + 1);
    expect(w.secret.stageHolder("AWSCURRENT")).toBe(VERSION);
    expect(w.secret.stageHolder("AWSPENDING")).toBeUndefined();
    expect(w.secret.stageHolder("AWSPREVIOUS")).toBe(bootstrapVersion);
    const lines = logsFrom(before);
    expect(
      lines.filter((l) => l.message === "completed the rotation in progress: pending version is now AWSCURRENT"),
    ).toEqual([
      {
        message: "completed the rotation in progress: pending version is now AWSCURRENT",
        secretArn: SECRET_ARN,
        versionId: VERSION,
        previousVersion: bootstrapVersion,
        tokenId: pending.tokenId,
        expiresAt: pending.expiresAt,
        reason: "forced",
      },
    ]);
    expect(lines.filter((l) => l.message === "AWSCURRENT moved while promoting, reading the labels again")).toEqual([
      {
        message: "AWSCURRENT moved while promoting, reading the labels again",
        secretId: SECRET_ARN,
        versionId: VERSION,
        attempt: 1,
      },
    ]);
    expect(lines.filter((l) => l.message === "pending version is now AWSCURRENT")).toEqual([
      {
        message: "pending version is now AWSCURRENT",
        secretId: SECRET_ARN,
        versionId: VERSION,
        previousVersion: bootstrapVersion,
      },
    ]);
  });

  test("an ensure abandoning the rotation while finishSecret moves AWSCURRENT: finishSecret refuses to promote", async () => {
    const w = await rotationUpTo("finishSecret");
    const pending = pendingToken(w);
    const held = holdFirstCall(w, "updateStage");
    const finishing = step(w, "finishSecret");
    await held.reached;
    w.account.delete({ tokenId: pending.tokenId }); // revoked: the rotation can never finish
    const before = logLines.length;
    const ensured = await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN, force: true });
    expect(ensured.minted).toBe(true);
    expect(logsFrom(before)).toContainEqual({
      message: "abandoning a rotation whose pending token cannot become current",
      secretArn: SECRET_ARN,
      versionId: VERSION,
      problem: "no longer exists (revoked)",
    });
    expect(w.secret.describe().VersionIdsToStages).not.toHaveProperty(VERSION); // no label left
    held.release();
    await expect(finishing).rejects.toThrow(
      new Error(`secret version ${VERSION} of ${SECRET_ARN} is no longer AWSPENDING; not making it current`),
    );
    expect(w.secret.stageHolder("AWSCURRENT")).toBe(ensured.versionId);
    expect(w.secret.stuck()).toBe(false);
  });

  test.each([
    ["still labelled", false],
    ["already abandoned by another invocation", true],
  ])(
    "ensure abandons a rotation whose pending token the workspace rejects (%s) and mints instead",
    async (_what, abandonedMeanwhile) => {
      const w = await rotationUpTo("finishSecret");
      const pending = pendingToken(w);
      const accept = w.fetch.getMockImplementation()!;
      w.fetch.mockImplementation(async (url: string, init: { headers: Record<string, string> }) => {
        if (init.headers.Authorization !== `Bearer ${pending.token}`) return accept(url, init);
        if (abandonedMeanwhile) w.secret.versions.get(VERSION)!.stages.clear();
        return { status: 401 } as Response;
      });
      const before = logLines.length;
      const result = await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN, force: true });
      expect(result).toMatchObject({ minted: true, completedRotation: false });
      expect(w.secret.stageHolder("AWSCURRENT")).toBe(result.versionId);
      expect(w.secret.stageHolder("AWSPENDING")).toBeUndefined();
      expect(
        logsFrom(before).filter((l) => l.message === "pending token failed verification, abandoning that rotation"),
      ).toEqual([
        {
          message: "pending token failed verification, abandoning that rotation",
          secretArn: SECRET_ARN,
          versionId: VERSION,
          error: `token ${pending.tokenId}: GET ${HOST_URL} answered HTTP 401`,
        },
      ]);
    },
  );

  test.each([
    ["a value that is not JSON", () => "not json", "value unusable: secret value is not JSON"],
    [
      "a value without a token id",
      (t: StoredToken) => JSON.stringify({ ...t, tokenId: "" }),
      'value unusable: secret value has no string "tokenId"',
    ],
    [
      "a token of another service account",
      (t: StoredToken) => JSON.stringify({ ...t, serviceAccountId: "8" }),
      "belongs to another workspace or service account",
    ],
    [
      "a token expiring within the minimum",
      (t: StoredToken) => JSON.stringify({ ...t, expiresAt: "2026-01-10T00:00:00.000Z" }),
      "expires at 2026-01-10T00:00:00.000Z",
    ],
  ])("ensure abandons a pending version holding %s, naming the problem", async (_what, value, problem) => {
    const w = await rotationUpTo("finishSecret");
    w.secret.versions.get(VERSION)!.value = value(pendingToken(w));
    const before = logLines.length;
    const result = await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN });
    expect(result).toMatchObject({ minted: false, completedRotation: false });
    expect(
      logsFrom(before).filter((l) => l.message === "abandoning a rotation whose pending token cannot become current"),
    ).toEqual([
      {
        message: "abandoning a rotation whose pending token cannot become current",
        secretArn: SECRET_ARN,
        versionId: VERSION,
        problem,
      },
    ]);
    expect(w.secret.stuck()).toBe(false);
  });

  test.each([
    ["there is no current value", async () => world(), {}, "no current value"],
    [
      "the current value is not JSON",
      async () => {
        const w = await bootstrapped();
        w.secret.put({ ClientRequestToken: "junk", SecretString: "not json" });
        return w;
      },
      {},
      "current value unusable: secret value is not JSON",
    ],
    [
      "the current value has no expiry date",
      async () => {
        const w = await bootstrapped();
        w.secret.put({
          ClientRequestToken: "junk",
          SecretString: JSON.stringify({ ...w.secret.current(), expiresAt: "" }),
        });
        return w;
      },
      {},
      'current value unusable: secret value has no string "expiresAt"',
    ],
    [
      "the current token expires within the minimum",
      async () => {
        const w = await bootstrapped();
        w.clock.now = new Date("2026-01-25T00:00:00Z");
        return w;
      },
      {},
      "current token: expires at 2026-01-31T00:00:00.000Z",
    ],
    [
      "the current token was revoked",
      async () => {
        const w = await bootstrapped();
        w.account.delete({ tokenId: w.secret.current().tokenId });
        return w;
      },
      {},
      "current token: no longer exists (revoked)",
    ],
    ["a new token is forced", bootstrapped, { force: true }, "forced"],
  ])("when %s, ensure mints and logs why", async (_what, setUp, options, reason) => {
    const w = await setUp();
    const before = logLines.length;
    const result = await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN, ...options });
    const current = w.secret.current();
    expect(logsFrom(before).filter((l) => l.message === "minted token stored as AWSCURRENT")).toEqual([
      {
        message: "minted token stored as AWSCURRENT",
        secretArn: SECRET_ARN,
        versionId: result.versionId,
        tokenId: current.tokenId,
        expiresAt: current.expiresAt,
        reason,
      },
    ]);
  });

  test("access denied while IAM propagates: each retry is logged with its attempt and waits 5 s", async () => {
    const w = world();
    grafanaMock
      .on(CreateWorkspaceServiceAccountTokenCommand)
      .rejectsOnce(awsError("AccessDeniedException", "not authorized"))
      .rejectsOnce(awsError("AccessDeniedException", "not authorized"))
      .callsFake((input) => w.account.create(input));
    const before = logLines.length;
    const result = await w.rotator.ensureWhenPermitted({ action: "ensure", secretArn: SECRET_ARN });
    expect(result.minted).toBe(true);
    expect(w.sleeps).toEqual([5000, 5000]);
    expect(logsFrom(before).filter((l) => l.message === "access denied, retrying (IAM propagation)")).toEqual([
      { message: "access denied, retrying (IAM propagation)", attempt: 1, error: "AccessDeniedException" },
      { message: "access denied, retrying (IAM propagation)", attempt: 2, error: "AccessDeniedException" },
    ]);
  });

  test("another error during the bootstrap is not retried", async () => {
    const w = world();
    grafanaMock
      .on(CreateWorkspaceServiceAccountTokenCommand)
      .rejectsOnce(awsError("ThrottlingException", "Rate exceeded"))
      .callsFake((input) => w.account.create(input));
    await expect(w.rotator.ensureWhenPermitted({ action: "ensure", secretArn: SECRET_ARN })).rejects.toThrow(
      new Error("Rate exceeded"),
    );
    expect(grafanaMock.commandCalls(CreateWorkspaceServiceAccountTokenCommand)).toHaveLength(1);
    expect(w.sleeps).toEqual([]);
  });

  test("without an injected sleep, retries wait on a real timer: 5 s after access denied, 3 s after a 5xx", async () => {
    jest.useFakeTimers({ doNotFake: ["setImmediate", "nextTick", "queueMicrotask"] });
    try {
      const w = world();
      const rotator = new TokenRotator(SETTINGS, {
        grafana: new GrafanaClient({ region: "eu-west-1" }),
        secrets: new SecretsManagerClient({ region: "eu-west-1" }),
        cloudwatch: new CloudWatchClient({ region: "eu-west-1" }),
        fetch: w.fetch as unknown as typeof fetch,
        now: () => w.clock.now,
      });
      grafanaMock
        .on(CreateWorkspaceServiceAccountTokenCommand)
        .rejectsOnce(awsError("AccessDeniedException"))
        .callsFake((input) => w.account.create(input));
      w.fetch.mockResolvedValueOnce({ status: 503 } as Response);
      /** Lets the pending promises run until a timer is waiting (or give up). */
      const untilTimer = async () => {
        for (let i = 0; i < 100 && jest.getTimerCount() === 0; i++) await new Promise((r) => setImmediate(r));
        return jest.getTimerCount();
      };
      const creates = () => grafanaMock.commandCalls(CreateWorkspaceServiceAccountTokenCommand).length;
      const ensuring = rotator.ensureWhenPermitted({ action: "ensure", secretArn: SECRET_ARN });

      expect(await untilTimer()).toBe(1);
      expect(creates()).toBe(1);
      jest.advanceTimersByTime(4999);
      await new Promise((r) => setImmediate(r));
      expect(creates()).toBe(1);
      jest.advanceTimersByTime(1);

      expect(await untilTimer()).toBe(1); // the second attempt minted; its verification got a 503
      expect(creates()).toBe(2);
      expect(w.fetch).toHaveBeenCalledTimes(1);
      jest.advanceTimersByTime(2999);
      await new Promise((r) => setImmediate(r));
      expect(w.fetch).toHaveBeenCalledTimes(1);
      jest.advanceTimersByTime(1);

      expect((await ensuring).minted).toBe(true);
      expect(w.fetch).toHaveBeenCalledTimes(2);
    } finally {
      jest.useRealTimers();
    }
  });

  test("createSecret replacing an unstored token of an earlier attempt logs which token it replaced", async () => {
    const w = await rotationUpTo("createSecret");
    const orphan = w.account.add(`terraform-rotated-${VERSION}`, new Date("2026-02-07T00:00:00Z"));
    const before = logLines.length;
    await step(w, "createSecret");
    expect(logsFrom(before)).toContainEqual({
      message: "replacing a token minted by an earlier attempt that was never stored",
      tokenId: orphan.id,
      tokenName: `terraform-rotated-${VERSION}`,
    });
    expect(w.account.tokens).not.toContain(orphan);
  });

  test("only a name conflict replaces a token named after the version; another mint failure leaves it alone", async () => {
    const w = await rotationUpTo("createSecret");
    const namesake = w.account.add(`terraform-rotated-${VERSION}`, new Date("2026-02-07T00:00:00Z"));
    let throttled = false; // the first mint of this step only (the bootstrap minted before)
    grafanaMock.on(CreateWorkspaceServiceAccountTokenCommand).callsFake((input) => {
      if (throttled) return w.account.create(input);
      throttled = true;
      throw awsError("ThrottlingException", "Rate exceeded");
    });
    await expect(step(w, "createSecret")).rejects.toThrow(new Error("Rate exceeded"));
    expect(w.account.tokens).toContain(namesake);
    expect(w.secret.versions.get(VERSION)!.value).toBeUndefined();
  });

  test.each([
    ["no token at all", {}],
    ["a token without a key", { serviceAccountToken: { id: "41", name: "terraform-rotated-x", key: "" } }],
    ["a token without an id", { serviceAccountToken: { id: "", name: "terraform-rotated-x", key: "secret-key" } }],
  ])("a mint answered with %s fails, storing nothing", async (_what, answer) => {
    const w = world();
    grafanaMock.on(CreateWorkspaceServiceAccountTokenCommand).resolves(answer);
    await expect(w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN })).rejects.toThrow(
      new Error("CreateWorkspaceServiceAccountToken returned no token key or id"),
    );
    expect(secretsMock.commandCalls(PutSecretValueCommand)).toHaveLength(0);
  });

  test("report fails, publishing nothing, when the current value cannot be read (not: there is none)", async () => {
    const w = await bootstrapped();
    cloudwatchMock.resetHistory();
    secretsMock.on(GetSecretValueCommand).rejects(awsError("ThrottlingException", "Rate exceeded"));
    await expect(w.rotator.handle({ action: "report", secretArn: SECRET_ARN })).rejects.toThrow(
      new Error("Rate exceeded"),
    );
    expect(cloudwatchMock.commandCalls(PutMetricDataCommand)).toHaveLength(0);
  });

  test("a version that is both AWSCURRENT and AWSPENDING is no rotation in progress", async () => {
    const w = await bootstrapped();
    const current = w.secret.stageHolder("AWSCURRENT")!;
    // A finishSecret that moved AWSCURRENT and stopped before taking AWSPENDING off.
    w.secret.versions.get(current)!.stages.add("AWSPENDING");
    w.clock.now = new Date("2026-01-02T00:00:00Z");
    expect(await w.rotator.handle({ action: "report", secretArn: SECRET_ARN })).toStrictEqual({
      secretArn: SECRET_ARN,
      secretName: "flinkobs-test-grafana-token-20260101",
      secondsUntilExpiry: 29 * 24 * 3600,
      secondsSinceLastRotation: 24 * 3600,
    });
    const forced = await w.rotator.ensure({ action: "ensure", secretArn: SECRET_ARN, force: true });
    expect(forced).toMatchObject({ minted: true, completedRotation: false });
    expect(w.secret.stageHolder("AWSCURRENT")).toBe(forced.versionId);
  });

  test("a current version without a creation date: report has no time since rotation and publishes none", async () => {
    const w = await bootstrapped();
    secretsMock.on(GetSecretValueCommand).callsFake((input) => ({ ...w.secret.get(input), CreatedDate: undefined }));
    cloudwatchMock.resetHistory();
    expect(await w.rotator.handle({ action: "report", secretArn: SECRET_ARN })).toStrictEqual({
      secretArn: SECRET_ARN,
      secretName: "flinkobs-test-grafana-token-20260101",
      secondsUntilExpiry: 30 * 24 * 3600,
    });
    const [input] = cloudwatchMock.commandCalls(PutMetricDataCommand).map((c) => c.args[0].input);
    expect(input.MetricData!.map((m) => m.MetricName)).toEqual(["SecondsUntilExpiry"]);
  });

  test("prune refuses to delete tokens when the current version holds no readable token, and says which is unreadable", async () => {
    const w = await rotationUpTo("finishSecret");
    const stale = w.account.add("terraform-rotated-stale", new Date("2026-01-20T00:00:00Z"));
    w.clock.now = new Date("2026-01-08T01:00:00Z"); // the stale token is out of its grace
    // An operator stores a value that is not a token as AWSCURRENT just as finishSecret ends.
    secretsMock.on(UpdateSecretVersionStageCommand).callsFake((input) => {
      const answer = w.secret.updateStage(input);
      if (input.VersionStage === "AWSPENDING")
        w.secret.put({ ClientRequestToken: "operator", SecretString: "not a token" });
      return answer;
    });
    const before = logLines.length;
    await expect(step(w, "finishSecret")).rejects.toThrow(
      new Error(`prune: secret ${SECRET_ARN} has no readable current token; refusing to delete tokens`),
    );
    expect(w.account.tokens).toContain(stale);
    expect(secretsMock.commandCalls(GetSecretValueCommand).length).toBeGreaterThan(0);
    expect(grafanaMock.commandCalls(DeleteWorkspaceServiceAccountTokenCommand)).toHaveLength(0);
    expect(
      logsFrom(before).filter((l) => l.message === "labelled version unreadable, its token cannot be identified"),
    ).toEqual([
      {
        message: "labelled version unreadable, its token cannot be identified",
        secretId: SECRET_ARN,
        versionId: "operator",
        stages: ["AWSCURRENT"],
        error: "secret value is not JSON",
      },
    ]);
  });

  test("prune leaves a token without a name alone until it expires (it is not known to be ours)", async () => {
    const w = await bootstrapped();
    const nameless = w.account.add("unnamed", new Date("2026-01-20T00:00:00Z"));
    const namelessExpired = w.account.add("unnamed-expired", new Date("2026-01-05T00:00:00Z"));
    delete (nameless as Partial<FakeToken>).name;
    delete (namelessExpired as Partial<FakeToken>).name;
    w.clock.now = new Date("2026-01-08T00:00:00Z");
    startRotation(w, VERSION);
    await rotateFully(w, VERSION);
    expect(w.account.tokens).toContain(nameless);
    expect(w.account.tokens).not.toContain(namelessExpired);
  });

  test("the Lambda entry point takes its settings from the environment and refuses to run without them", async () => {
    const keys = [...Object.keys(REQUIRED_ENV), "HEALTH_METRIC_NAMESPACE", "HEALTH_SECRET_NAME"];
    const saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
    try {
      for (const k of keys) delete process.env[k];
      world(); // the AWS clients the entry point creates are mocked like the others
      await expect(handler({ action: "report", secretArn: SECRET_ARN })).rejects.toThrow(
        new Error("environment variable WORKSPACE_ID is not set"),
      );
      Object.assign(process.env, REQUIRED_ENV, { HEALTH_METRIC_NAMESPACE: "Entry/Point" });
      await expect(handler({ action: "report", secretArn: SECRET_ARN })).rejects.toThrow(
        new Error(`report: secret ${SECRET_ARN} has no usable current token: no current value`),
      );
      const [input] = cloudwatchMock.commandCalls(PutMetricDataCommand).map((c) => c.args[0].input);
      expect(input.Namespace).toBe("Entry/Point");
      expect(input.MetricData![0]).toMatchObject({
        MetricName: "SecondsUntilExpiry",
        Value: 0,
        Dimensions: [{ Name: "SecretName", Value: "flinkobs-test-grafana-token-20260101" }],
      });
    } finally {
      for (const k of keys) {
        if (saved[k] === undefined) delete process.env[k];
        else process.env[k] = saved[k];
      }
    }
  });
});
