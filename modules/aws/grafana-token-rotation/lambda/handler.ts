/**
 * Keeps a Secrets Manager secret holding a valid Amazon Managed Grafana service-account token.
 *
 * Invoked two ways:
 * - by Secrets Manager rotation (`{SecretId, ClientRequestToken, Step}`), the four-step protocol:
 *   createSecret mints a token and stores it as AWSPENDING, setSecret has nothing to do (the token is
 *   live as soon as Grafana creates it), testSecret proves the pending token works, finishSecret makes
 *   it AWSCURRENT and deletes the tokens this rotator minted that are no longer current or previous;
 * - directly with `{"action":"ensure", "secretArn": ...}` (Terraform bootstrap, manual recovery): mints
 *   and stores a token as AWSCURRENT when there is none, or it is unusable, revoked or close to expiry.
 *
 * The token never leaves the secret: results and logs carry only ids and dates.
 */
import {
  CreateWorkspaceServiceAccountTokenCommand,
  DeleteWorkspaceServiceAccountTokenCommand,
  GrafanaClient,
  ListWorkspaceServiceAccountTokensCommand,
  ServiceAccountTokenSummary,
} from "@aws-sdk/client-grafana";
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient,
  UpdateSecretVersionStageCommand,
} from "@aws-sdk/client-secrets-manager";
import { randomUUID } from "node:crypto";

/** What the secret stores (as JSON). */
export interface StoredToken {
  readonly token: string;
  readonly tokenId: string;
  readonly tokenName: string;
  /** ISO-8601; never later than Grafana's own expiry (taken before the token was requested). */
  readonly expiresAt: string;
  readonly workspaceId: string;
  readonly serviceAccountId: string;
}

/** Settings, from the function's environment (see {@link settingsFromEnv}). */
export interface RotatorSettings {
  readonly workspaceId: string;
  /** Host name of the workspace (`g-xxxx.grafana-workspace.<region>.amazonaws.com`). */
  readonly workspaceEndpoint: string;
  readonly serviceAccountId: string;
  /** Prefix of the names of the tokens this rotator mints; only those are pruned while unexpired. */
  readonly tokenNamePrefix: string;
  /** Lifetime of minted tokens, at most 30 days (2592000 s, the Grafana limit). */
  readonly tokenTtlSeconds: number;
  /** `http`: call the workspace API with the token; `aws`: check the token through the AMG API. */
  readonly verifyMode: "http" | "aws";
  /** `ensure` replaces the current token when it expires within this many seconds. */
  readonly ensureMinRemainingSeconds: number;
}

/** The AWS clients and clock the handler uses; tests pass mocks. */
export interface RotatorDeps {
  readonly grafana: GrafanaClient;
  readonly secrets: SecretsManagerClient;
  readonly fetch: typeof fetch;
  readonly now: () => Date;
  /** Waits between verification attempts. Default: a real timer. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface RotationEvent {
  readonly SecretId: string;
  readonly ClientRequestToken: string;
  readonly Step: "createSecret" | "setSecret" | "testSecret" | "finishSecret";
}

export interface EnsureEvent {
  readonly action: "ensure";
  readonly secretArn: string;
  /** When given, must match the function's workspace (guards against a mis-wired invocation). */
  readonly workspaceId?: string;
  /** When given, must match the function's service account. */
  readonly serviceAccountId?: string;
  /** Mint a new token even when the current one is fine (revocation, recovery). */
  readonly force?: boolean;
}

export interface EnsureResult {
  readonly secretArn: string;
  /** Version of the secret that is AWSCURRENT after the call. */
  readonly versionId: string;
  readonly expiresAt: string;
  /** Whether this call minted a token. */
  readonly minted: boolean;
}

const MAX_TTL_SECONDS = 30 * 24 * 3600;
const VERIFY_ATTEMPTS = 3;
const VERIFY_RETRY_DELAY_MS = 3000;
const ACCESS_ATTEMPTS = 6;
const ACCESS_RETRY_DELAY_MS = 5000;
const CURRENT = "AWSCURRENT";
const PENDING = "AWSPENDING";
const PREVIOUS = "AWSPREVIOUS";

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`environment variable ${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  return value;
}

/** Reads and checks the settings the Terraform construct writes into the function's environment. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): RotatorSettings {
  const tokenTtlSeconds = positiveInteger(env, "TOKEN_TTL_SECONDS", MAX_TTL_SECONDS);
  if (tokenTtlSeconds > MAX_TTL_SECONDS)
    throw new Error(
      `environment variable TOKEN_TTL_SECONDS must be at most ${MAX_TTL_SECONDS}, got ${tokenTtlSeconds}`,
    );
  const verifyMode = env.VERIFY_MODE ?? "http";
  if (verifyMode !== "http" && verifyMode !== "aws")
    throw new Error(`environment variable VERIFY_MODE must be "http" or "aws", got ${JSON.stringify(verifyMode)}`);
  return {
    workspaceId: required(env, "WORKSPACE_ID"),
    workspaceEndpoint: required(env, "WORKSPACE_ENDPOINT"),
    serviceAccountId: required(env, "SERVICE_ACCOUNT_ID"),
    tokenNamePrefix: required(env, "TOKEN_NAME_PREFIX"),
    tokenTtlSeconds,
    verifyMode,
    ensureMinRemainingSeconds: positiveInteger(env, "ENSURE_MIN_REMAINING_SECONDS", 7 * 24 * 3600),
  };
}

function errorName(e: unknown): string | undefined {
  return (e as { name?: string } | undefined)?.name;
}

function log(message: string, fields: Record<string, unknown> = {}): void {
  // One JSON line per event; never pass the token here.
  console.log(JSON.stringify({ message, ...fields }));
}

/** Parses a secret's JSON and checks its shape; throws naming what is wrong. */
export function parseStoredToken(secretString: string | undefined): StoredToken {
  if (!secretString) throw new Error("secret value is empty");
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(secretString);
  } catch {
    throw new Error("secret value is not JSON");
  }
  for (const key of ["token", "tokenId", "tokenName", "expiresAt", "workspaceId", "serviceAccountId"]) {
    if (typeof value?.[key] !== "string" || !value[key]) throw new Error(`secret value has no string "${key}"`);
  }
  if (Number.isNaN(Date.parse(value.expiresAt as string))) throw new Error(`secret value "expiresAt" is not a date`);
  return value as unknown as StoredToken;
}

/** Token rotation and bootstrap logic, independent of how Lambda calls it. */
export class TokenRotator {
  constructor(
    private readonly settings: RotatorSettings,
    private readonly deps: RotatorDeps,
  ) {}

  /** Entry point for both event kinds. */
  async handle(event: RotationEvent | EnsureEvent): Promise<EnsureResult | void> {
    if ((event as EnsureEvent).action === "ensure") return this.ensureWhenPermitted(event as EnsureEvent);
    if ((event as { action?: unknown }).action !== undefined) {
      throw new Error(
        `unknown action ${JSON.stringify((event as { action?: unknown }).action)}; expected "ensure" or a Secrets Manager rotation event`,
      );
    }
    return this.rotate(event as RotationEvent);
  }

  // ---- Secrets Manager rotation protocol ----

  async rotate(event: RotationEvent): Promise<void> {
    const { SecretId: secretId, ClientRequestToken: versionId, Step: step } = event;
    if (!secretId || !versionId || !step) throw new Error("rotation event needs SecretId, ClientRequestToken and Step");
    const description = await this.deps.secrets.send(new DescribeSecretCommand({ SecretId: secretId }));
    if (!description.RotationEnabled) throw new Error(`secret ${secretId} does not have rotation enabled`);
    const stages = description.VersionIdsToStages?.[versionId];
    if (!stages) throw new Error(`secret version ${versionId} of ${secretId} does not exist`);
    if (stages.includes(CURRENT)) {
      log("version is already AWSCURRENT, nothing to do", { secretId, versionId, step });
      return;
    }
    if (!stages.includes(PENDING)) throw new Error(`secret version ${versionId} of ${secretId} is not AWSPENDING`);

    switch (step) {
      case "createSecret":
        return this.createSecret(secretId, versionId);
      case "setSecret":
        // Grafana activates a token when it creates it: there is no second system to update.
        return;
      case "testSecret":
        return this.testSecret(secretId, versionId);
      case "finishSecret":
        return this.finishSecret(secretId, versionId, description.VersionIdsToStages ?? {});
      default:
        throw new Error(`unknown rotation step ${JSON.stringify(step)}`);
    }
  }

  private async createSecret(secretId: string, versionId: string): Promise<void> {
    try {
      await this.deps.secrets.send(
        new GetSecretValueCommand({ SecretId: secretId, VersionId: versionId, VersionStage: PENDING }),
      );
      log("pending version already holds a token (retried step)", { secretId, versionId });
      return;
    } catch (e) {
      if (errorName(e) !== "ResourceNotFoundException") throw e;
    }
    await this.pruneExpired();
    const stored = await this.mint(versionId);
    await this.deps.secrets.send(
      new PutSecretValueCommand({
        SecretId: secretId,
        ClientRequestToken: versionId,
        SecretString: JSON.stringify(stored),
        VersionStages: [PENDING],
      }),
    );
    log("minted token stored as AWSPENDING", {
      secretId,
      versionId,
      tokenId: stored.tokenId,
      expiresAt: stored.expiresAt,
    });
  }

  private async testSecret(secretId: string, versionId: string): Promise<void> {
    let pending;
    try {
      pending = await this.deps.secrets.send(
        new GetSecretValueCommand({ SecretId: secretId, VersionId: versionId, VersionStage: PENDING }),
      );
    } catch (e) {
      if (errorName(e) !== "ResourceNotFoundException") throw e;
      // A pending version without a value never comes from createSecret: it is the check Secrets
      // Manager runs when rotation is configured without rotating (rotate_immediately = false). Prove
      // the configuration works by verifying the current token instead.
      const current = await this.deps.secrets.send(
        new GetSecretValueCommand({ SecretId: secretId, VersionStage: CURRENT }),
      );
      await this.verify(parseStoredToken(current.SecretString));
      log("rotation configuration test: current token verified", {
        secretId,
        versionId,
        verifyMode: this.settings.verifyMode,
      });
      return;
    }
    await this.verify(parseStoredToken(pending.SecretString));
    log("pending token verified", { secretId, versionId, verifyMode: this.settings.verifyMode });
  }

  private async finishSecret(secretId: string, versionId: string, versions: Record<string, string[]>): Promise<void> {
    const currentVersion = Object.entries(versions).find(([, s]) => s.includes(CURRENT))?.[0];
    await this.deps.secrets.send(
      new UpdateSecretVersionStageCommand({
        SecretId: secretId,
        VersionStage: CURRENT,
        MoveToVersionId: versionId,
        RemoveFromVersionId: currentVersion,
      }),
    );
    log("pending version is now AWSCURRENT", { secretId, versionId, previousVersion: currentVersion });
    // The rotation has succeeded at this point; a failing prune still fails the invocation so that
    // the Errors alarm shows it (leftover tokens count against the workspace's 99-token limit).
    await this.prune(secretId);
  }

  // ---- bootstrap / recovery ----

  /**
   * `ensure`, retried while access is denied: the bootstrap runs seconds after Terraform attached the
   * function's policy, and IAM may not have propagated it yet. Anything left half-done by a denied
   * attempt (a minted token that was not stored) carries the prefix and is pruned.
   */
  async ensureWhenPermitted(event: EnsureEvent): Promise<EnsureResult> {
    const sleep = this.deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.ensure(event);
      } catch (e) {
        const denied = /AccessDenied/.test(errorName(e) ?? "");
        if (!denied || attempt >= ACCESS_ATTEMPTS) throw e;
        log("access denied, retrying (IAM propagation)", { attempt, error: errorName(e) });
        await sleep(ACCESS_RETRY_DELAY_MS);
      }
    }
  }

  async ensure(event: EnsureEvent): Promise<EnsureResult> {
    const { secretArn } = event;
    if (!secretArn) throw new Error(`ensure: "secretArn" is required`);
    if (event.workspaceId && event.workspaceId !== this.settings.workspaceId) {
      throw new Error(
        `ensure: workspaceId ${event.workspaceId} does not match this function's workspace ${this.settings.workspaceId}`,
      );
    }
    if (event.serviceAccountId && event.serviceAccountId !== this.settings.serviceAccountId) {
      throw new Error(
        `ensure: serviceAccountId ${event.serviceAccountId} does not match this function's service account ${this.settings.serviceAccountId}`,
      );
    }

    const reason = event.force ? "forced" : await this.reasonToMint(secretArn);
    if (!reason) {
      const current = await this.deps.secrets.send(
        new GetSecretValueCommand({ SecretId: secretArn, VersionStage: CURRENT }),
      );
      const stored = parseStoredToken(current.SecretString);
      log("current token is fine, nothing minted", {
        secretArn,
        versionId: current.VersionId,
        tokenId: stored.tokenId,
        expiresAt: stored.expiresAt,
      });
      await this.prune(secretArn);
      return { secretArn, versionId: current.VersionId!, expiresAt: stored.expiresAt, minted: false };
    }

    await this.pruneExpired();
    const versionId = randomUUID();
    const stored = await this.mint(versionId);
    try {
      await this.verify(stored);
    } catch (e) {
      await this.deleteToken(stored.tokenId);
      throw e;
    }
    const put = await this.deps.secrets.send(
      new PutSecretValueCommand({
        SecretId: secretArn,
        ClientRequestToken: versionId,
        SecretString: JSON.stringify(stored),
        VersionStages: [CURRENT],
      }),
    );
    log("minted token stored as AWSCURRENT", {
      secretArn,
      versionId,
      tokenId: stored.tokenId,
      expiresAt: stored.expiresAt,
      reason,
    });
    await this.prune(secretArn);
    return { secretArn, versionId: put.VersionId ?? versionId, expiresAt: stored.expiresAt, minted: true };
  }

  /** Why the current secret value cannot be kept, or undefined when it can. */
  private async reasonToMint(secretArn: string): Promise<string | undefined> {
    let secretString: string | undefined;
    try {
      secretString = (
        await this.deps.secrets.send(new GetSecretValueCommand({ SecretId: secretArn, VersionStage: CURRENT }))
      ).SecretString;
    } catch (e) {
      // A secret without any value yet answers ResourceNotFoundException (first apply).
      if (errorName(e) === "ResourceNotFoundException") return "no current value";
      throw e;
    }
    let stored: StoredToken;
    try {
      stored = parseStoredToken(secretString);
    } catch (e) {
      return `current value unusable: ${(e as Error).message}`;
    }
    if (
      stored.workspaceId !== this.settings.workspaceId ||
      stored.serviceAccountId !== this.settings.serviceAccountId
    ) {
      return "current token belongs to another workspace or service account";
    }
    const remaining = (Date.parse(stored.expiresAt) - this.deps.now().getTime()) / 1000;
    if (remaining < this.settings.ensureMinRemainingSeconds) return `current token expires at ${stored.expiresAt}`;
    const live = (await this.listTokens()).some((t) => t.id === stored.tokenId);
    if (!live) return "current token no longer exists (revoked)";
    return undefined;
  }

  // ---- tokens ----

  private async mint(versionId: string): Promise<StoredToken> {
    const { workspaceId, serviceAccountId, tokenTtlSeconds } = this.settings;
    const name = `${this.settings.tokenNamePrefix}${versionId}`;
    // Taken before the request, so the recorded expiry is never later than Grafana's.
    const expiresAt = new Date(this.deps.now().getTime() + tokenTtlSeconds * 1000).toISOString();
    const create = () =>
      this.deps.grafana.send(
        new CreateWorkspaceServiceAccountTokenCommand({
          workspaceId,
          serviceAccountId,
          name,
          secondsToLive: tokenTtlSeconds,
        }),
      );
    let response;
    try {
      response = await create();
    } catch (e) {
      if (errorName(e) !== "ConflictException") throw e;
      // A retried step whose earlier attempt minted this token but did not store it: its key is
      // lost, so replace it.
      const orphan = (await this.listTokens()).find((t) => t.name === name);
      if (!orphan?.id) throw e;
      log("replacing a token minted by an earlier attempt that was never stored", {
        tokenId: orphan.id,
        tokenName: name,
      });
      await this.deleteToken(orphan.id);
      response = await create();
    }
    const token = response.serviceAccountToken;
    if (!token?.key || !token.id) throw new Error("CreateWorkspaceServiceAccountToken returned no token key or id");
    return {
      token: token.key,
      tokenId: token.id,
      tokenName: token.name ?? name,
      expiresAt,
      workspaceId,
      serviceAccountId,
    };
  }

  /** Proves that a stored token authenticates (HTTP) or at least exists unexpired (AWS API). */
  private async verify(stored: StoredToken): Promise<void> {
    if (
      stored.workspaceId !== this.settings.workspaceId ||
      stored.serviceAccountId !== this.settings.serviceAccountId
    ) {
      throw new Error(
        `token ${stored.tokenId} belongs to workspace ${stored.workspaceId}/service account ${stored.serviceAccountId}, not this rotator's`,
      );
    }
    if (Date.parse(stored.expiresAt) <= this.deps.now().getTime())
      throw new Error(`token ${stored.tokenId} expired at ${stored.expiresAt}`);
    if (this.settings.verifyMode === "aws") {
      const listed = (await this.listTokens()).find((t) => t.id === stored.tokenId);
      if (!listed)
        throw new Error(`token ${stored.tokenId} is not listed for service account ${stored.serviceAccountId}`);
      if (listed.expiresAt && listed.expiresAt.getTime() <= this.deps.now().getTime())
        throw new Error(`token ${stored.tokenId} is listed as expired`);
      return;
    }
    // Any authenticated read works; /api/org answers for service accounts of every role. Network
    // errors and 5xx are retried (a workspace that just became ACTIVE may still be warming up); a 4xx
    // is the token's fault and fails at once.
    const url = `https://${this.settings.workspaceEndpoint}/api/org`;
    const sleep = this.deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    let problem = "";
    for (let attempt = 1; attempt <= VERIFY_ATTEMPTS; attempt++) {
      if (attempt > 1) await sleep(VERIFY_RETRY_DELAY_MS * (attempt - 1));
      let response: Response;
      try {
        response = await this.deps.fetch(url, {
          headers: { Authorization: `Bearer ${stored.token}` },
          signal: AbortSignal.timeout(10_000),
        });
      } catch (e) {
        problem = `GET ${url} failed: ${(e as Error).message} (if network access control blocks this function, use verify mode "aws")`;
        continue;
      }
      if (response.status === 200) return;
      problem = `GET ${url} answered HTTP ${response.status}`;
      if (response.status < 500) break;
    }
    throw new Error(`token ${stored.tokenId}: ${problem}`);
  }

  private async listTokens(): Promise<ServiceAccountTokenSummary[]> {
    const { workspaceId, serviceAccountId } = this.settings;
    const tokens: ServiceAccountTokenSummary[] = [];
    let nextToken: string | undefined;
    do {
      const page = await this.deps.grafana.send(
        new ListWorkspaceServiceAccountTokensCommand({ workspaceId, serviceAccountId, nextToken, maxResults: 100 }),
      );
      tokens.push(...(page.serviceAccountTokens ?? []));
      nextToken = page.nextToken;
    } while (nextToken);
    return tokens;
  }

  private async deleteToken(tokenId: string): Promise<void> {
    const { workspaceId, serviceAccountId } = this.settings;
    try {
      await this.deps.grafana.send(
        new DeleteWorkspaceServiceAccountTokenCommand({ workspaceId, serviceAccountId, tokenId }),
      );
    } catch (e) {
      if (errorName(e) !== "ResourceNotFoundException") throw e;
    }
  }

  /** Deletes expired tokens of the service account, whoever minted them: they only use up the limit. */
  private async pruneExpired(): Promise<void> {
    const now = this.deps.now().getTime();
    for (const t of await this.listTokens()) {
      if (t.id && t.expiresAt && t.expiresAt.getTime() <= now) {
        await this.deleteToken(t.id);
        log("deleted expired token", { tokenId: t.id, tokenName: t.name });
      }
    }
  }

  /**
   * Deletes this rotator's tokens other than the ones AWSCURRENT and AWSPREVIOUS hold (the previous one
   * keeps a plan made before the rotation applicable), and every expired token. Tokens minted by
   * others (names without the prefix) are left alone until they expire.
   */
  private async prune(secretId: string): Promise<void> {
    const keep = new Set<string>();
    for (const stage of [CURRENT, PREVIOUS]) {
      try {
        const value = await this.deps.secrets.send(
          new GetSecretValueCommand({ SecretId: secretId, VersionStage: stage }),
        );
        keep.add(parseStoredToken(value.SecretString).tokenId);
      } catch (e) {
        if (errorName(e) === "ResourceNotFoundException") continue;
        if (stage === CURRENT) throw e;
        // An unreadable previous value holds no token worth keeping.
        log("previous version unreadable, not kept", { secretId, error: (e as Error).message });
      }
    }
    if (keep.size === 0) throw new Error(`prune: secret ${secretId} has no current token; refusing to delete tokens`);
    const now = this.deps.now().getTime();
    for (const t of await this.listTokens()) {
      if (!t.id || keep.has(t.id)) continue;
      const expired = t.expiresAt !== undefined && t.expiresAt.getTime() <= now;
      if (expired || t.name?.startsWith(this.settings.tokenNamePrefix)) {
        await this.deleteToken(t.id);
        log("deleted token", { tokenId: t.id, tokenName: t.name, expired });
      }
    }
  }
}

let rotator: TokenRotator | undefined;

/** The Lambda entry point (`index.handler`). Clients are created once per execution environment. */
export async function handler(event: RotationEvent | EnsureEvent): Promise<EnsureResult | void> {
  rotator ??= new TokenRotator(settingsFromEnv(), {
    grafana: new GrafanaClient({}),
    secrets: new SecretsManagerClient({}),
    fetch: globalThis.fetch,
    now: () => new Date(),
  });
  return rotator.handle(event);
}
