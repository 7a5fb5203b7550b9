/**
 * Keeps a Secrets Manager secret holding a valid Amazon Managed Grafana service-account token, and
 * publishes how healthy that token is.
 *
 * Contract with the construct that deploys this function (docs/grafana-token-lifecycle.md has the
 * long form, with the alarm arithmetic):
 *
 * Events
 * - Secrets Manager rotation `{SecretId, ClientRequestToken, Step}`: createSecret mints a token and
 *   stores it as AWSPENDING, setSecret has nothing to do (a token is live once Grafana creates it),
 *   testSecret proves the pending token works, finishSecret moves AWSCURRENT to it, clears AWSPENDING
 *   and prunes. Every step re-reads the staging labels, so an `ensure` running at the same time never
 *   strands the rotation (see {@link TokenRotator.ensure}).
 * - `{"action":"ensure","secretArn":..., "workspaceId"?, "serviceAccountId"?, "force"?}` (Terraform
 *   bootstrap, manual recovery): makes AWSCURRENT hold a usable token, minting one only when needed.
 *   Returns `{secretArn, versionId, expiresAt, minted, completedRotation}`.
 * - `{"action":"report","secretArn":...}` (an hourly schedule): publishes the health metrics and fails
 *   when the current token is missing, unusable, revoked or expired. Returns {@link HealthReport}.
 *
 * Health metrics (also published, best effort, after every successful finishSecret and ensure)
 * - namespace `HEALTH_METRIC_NAMESPACE` (default `FlinkObservability/GrafanaToken`), one dimension
 *   `SecretName` = `HEALTH_SECRET_NAME` (default: the secret's name as DescribeSecret reports it);
 * - `SecondsUntilExpiry` (unit Seconds): the AWSCURRENT token's `expiresAt` minus now, 0 when there
 *   is no usable current token (the report then fails too);
 * - `SecondsSinceLastRotation` (unit Seconds): now minus the creation date of the AWSCURRENT version,
 *   i.e. since a fresh token last became current (rotation or ensure); absent without a current version.
 *
 * Environment: WORKSPACE_ID, WORKSPACE_ENDPOINT, SERVICE_ACCOUNT_ID, TOKEN_NAME_PREFIX (required);
 * TOKEN_TTL_SECONDS, VERIFY_MODE, ENSURE_MIN_REMAINING_SECONDS, HEALTH_METRIC_NAMESPACE,
 * HEALTH_SECRET_NAME (optional); see {@link settingsFromEnv}.
 *
 * IAM: grafana:Create/Delete/ListWorkspaceServiceAccountToken(s) on the workspace;
 * secretsmanager:DescribeSecret, GetSecretValue, PutSecretValue, UpdateSecretVersionStage on the
 * secret; kms:Decrypt, kms:GenerateDataKey via Secrets Manager; cloudwatch:PutMetricData on `*` with
 * the condition `cloudwatch:namespace` = the health namespace; its own log group.
 *
 * Alarm: `SecondsUntilExpiry` < T - R - 2 days (T = token lifetime, 30 d; R = rotation interval;
 * 21 d = 1814400 s for R = 7), Minimum over 1 h, 3 of 3 periods, missing data = breaching. A healthy
 * value never drops below T - R - 1 d (Secrets Manager rotates anywhere within the due UTC day), so the
 * alarm pages R + 2 d (+ at most 4 h) after the last successful rotation, with at least 20 d 20 h left
 * for R = 7, whether rotation was disabled, its invoke permission removed, the function keeps failing
 * or a rotation is stuck in AWSPENDING; within about 4 h when reports stop or the token is unusable.
 *
 * The token never leaves the secret: results, metrics and logs carry only ids and dates.
 */
import { CloudWatchClient, PutMetricDataCommand } from "@aws-sdk/client-cloudwatch";
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
  GetSecretValueCommandOutput,
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
  /** CloudWatch namespace of the health metrics. */
  readonly healthNamespace: string;
  /** Value of the `SecretName` dimension; when undefined, the secret's name from DescribeSecret. */
  readonly healthSecretName?: string;
}

/** The AWS clients and clock the handler uses; tests pass mocks. */
export interface RotatorDeps {
  readonly grafana: GrafanaClient;
  readonly secrets: SecretsManagerClient;
  readonly cloudwatch: CloudWatchClient;
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
  /** Replace the current token even when it is fine (revocation, recovery). */
  readonly force?: boolean;
}

export interface ReportEvent {
  readonly action: "report";
  readonly secretArn: string;
}

export interface EnsureResult {
  readonly secretArn: string;
  /** Version of the secret that is AWSCURRENT after the call. */
  readonly versionId: string;
  readonly expiresAt: string;
  /** Whether this call minted a token. */
  readonly minted: boolean;
  /** Whether this call made a rotation's pending token current instead of minting one. */
  readonly completedRotation: boolean;
}

/** What the health metrics said; the result of a `report` that found a usable token. */
export interface HealthReport {
  readonly secretArn: string;
  /** The `SecretName` dimension's value. */
  readonly secretName: string;
  readonly secondsUntilExpiry: number;
  /** Undefined when the secret has no current version. */
  readonly secondsSinceLastRotation?: number;
  /** Version of the secret that is AWSPENDING without being AWSCURRENT (a rotation in progress or stuck). */
  readonly pendingVersionId?: string;
}

/** Names of the health metrics and their dimension (the construct's alarms use the same). */
export const HEALTH_METRIC = {
  namespace: "FlinkObservability/GrafanaToken",
  dimension: "SecretName",
  secondsUntilExpiry: "SecondsUntilExpiry",
  secondsSinceLastRotation: "SecondsSinceLastRotation",
} as const;

const MAX_TTL_SECONDS = 30 * 24 * 3600;
const VERIFY_ATTEMPTS = 3;
const VERIFY_RETRY_DELAY_MS = 3000;
const ACCESS_ATTEMPTS = 6;
const ACCESS_RETRY_DELAY_MS = 5000;
/** Re-reads of the labels when AWSCURRENT moves under a stage update. */
const STAGE_MOVE_ATTEMPTS = 3;
/**
 * A token of this rotator younger than this may belong to an invocation still running (minted, not
 * stored yet); pruning leaves it alone. Lambda's maximum timeout, so no invocation outlives it.
 */
const IN_FLIGHT_GRACE_MS = 15 * 60 * 1000;
const CURRENT = "AWSCURRENT";
const PENDING = "AWSPENDING";

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
  const healthNamespace = env.HEALTH_METRIC_NAMESPACE || HEALTH_METRIC.namespace;
  // CloudWatch's rules for custom namespaces; AWS/ is reserved for AWS services.
  if (!/^[A-Za-z0-9._/#:-]{1,255}$/.test(healthNamespace) || healthNamespace.startsWith("AWS/"))
    throw new Error(
      `environment variable HEALTH_METRIC_NAMESPACE must be 1-255 letters, digits or . _ / # : - and not start with "AWS/", got ${JSON.stringify(healthNamespace)}`,
    );
  const healthSecretName = env.HEALTH_SECRET_NAME || undefined;
  if (healthSecretName !== undefined && !/^[\x21-\x7e]{1,1024}$/.test(healthSecretName))
    throw new Error(
      `environment variable HEALTH_SECRET_NAME must be 1-1024 printable characters without spaces, got ${JSON.stringify(healthSecretName)}`,
    );
  return {
    workspaceId: required(env, "WORKSPACE_ID"),
    workspaceEndpoint: required(env, "WORKSPACE_ENDPOINT"),
    serviceAccountId: required(env, "SERVICE_ACCOUNT_ID"),
    tokenNamePrefix: required(env, "TOKEN_NAME_PREFIX"),
    tokenTtlSeconds,
    verifyMode,
    ensureMinRemainingSeconds: positiveInteger(env, "ENSURE_MIN_REMAINING_SECONDS", 7 * 24 * 3600),
    healthNamespace,
    ...(healthSecretName === undefined ? {} : { healthSecretName }),
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

/** The staging labels of a secret, read once. */
interface SecretLabels {
  readonly name?: string;
  readonly rotationEnabled: boolean;
  /** Every version that carries at least one staging label, with its labels. */
  readonly versions: Record<string, string[]>;
  readonly current?: string;
  /** The version holding AWSPENDING when that is not the current one: a rotation in progress (or stuck). */
  readonly pending?: string;
}

/** Token rotation, bootstrap and health logic, independent of how Lambda calls it. */
export class TokenRotator {
  constructor(
    private readonly settings: RotatorSettings,
    private readonly deps: RotatorDeps,
  ) {}

  /** Entry point for every event kind. */
  async handle(event: RotationEvent | EnsureEvent | ReportEvent): Promise<EnsureResult | HealthReport | void> {
    const action = (event as { action?: unknown }).action;
    if (action === "ensure") return this.ensureWhenPermitted(event as EnsureEvent);
    if (action === "report") return this.report(event as ReportEvent);
    if (action !== undefined) {
      throw new Error(
        `unknown action ${JSON.stringify(action)}; expected "ensure", "report" or a Secrets Manager rotation event`,
      );
    }
    return this.rotate(event as RotationEvent);
  }

  // ---- Secrets Manager rotation protocol ----

  async rotate(event: RotationEvent): Promise<void> {
    const { SecretId: secretId, ClientRequestToken: versionId, Step: step } = event;
    if (!secretId || !versionId || !step) throw new Error("rotation event needs SecretId, ClientRequestToken and Step");
    const labels = await this.labels(secretId);
    if (!labels.rotationEnabled) throw new Error(`secret ${secretId} does not have rotation enabled`);
    const stages = labels.versions[versionId];
    if (!stages) throw new Error(`secret version ${versionId} of ${secretId} does not exist`);
    if (stages.includes(CURRENT)) {
      // Also the case when an `ensure` completed this rotation: the remaining steps have nothing to do.
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
        return this.finishSecret(secretId, versionId);
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
    await this.prune(secretId, { expiredOnly: true });
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

  private async finishSecret(secretId: string, versionId: string): Promise<void> {
    const previousVersion = await this.promote(secretId, versionId);
    log("pending version is now AWSCURRENT", { secretId, versionId, previousVersion });
    // The rotation has succeeded at this point; a failing prune still fails the invocation so that
    // the Errors alarm shows it (leftover tokens count against the workspace's 99-token limit).
    await this.prune(secretId);
    await this.publishHealthQuietly(secretId);
  }

  /**
   * Makes `versionId` AWSCURRENT and takes AWSPENDING off it, whoever holds AWSCURRENT by then: an
   * `ensure` may have stored a version since the labels were read, and Secrets Manager refuses a
   * move whose RemoveFromVersionId no longer holds the label, so the labels are re-read and the move
   * retried; a version that has lost AWSPENDING meanwhile is left alone. Clearing AWSPENDING ends the rotation for Secrets Manager even if AWSCURRENT moves
   * again later (an AWSPENDING left on a version that is no longer current reads as a stuck rotation).
   * Returns the version that held AWSCURRENT before.
   */
  private async promote(secretId: string, versionId: string): Promise<string | undefined> {
    let previous: string | undefined;
    for (let attempt = 1; ; attempt++) {
      const labels = await this.labels(secretId);
      if (labels.current === versionId) break;
      // An ensure abandoned this version (its token cannot serve) or completed it and has since stored
      // a newer one: moving AWSCURRENT here would overrule it.
      if (!labels.versions[versionId]?.includes(PENDING))
        throw new Error(`secret version ${versionId} of ${secretId} is no longer AWSPENDING; not making it current`);
      previous = labels.current;
      try {
        await this.deps.secrets.send(
          new UpdateSecretVersionStageCommand({
            SecretId: secretId,
            VersionStage: CURRENT,
            MoveToVersionId: versionId,
            RemoveFromVersionId: labels.current,
          }),
        );
        break;
      } catch (e) {
        if (errorName(e) !== "InvalidParameterException" || attempt >= STAGE_MOVE_ATTEMPTS) throw e;
        log("AWSCURRENT moved while promoting, reading the labels again", { secretId, versionId, attempt });
      }
    }
    await this.clearPending(secretId, versionId);
    return previous;
  }

  /** Takes AWSPENDING off `versionId` if it still holds it. */
  private async clearPending(secretId: string, versionId: string): Promise<void> {
    const labels = await this.labels(secretId);
    if (!labels.versions[versionId]?.includes(PENDING)) return;
    await this.deps.secrets.send(
      new UpdateSecretVersionStageCommand({
        SecretId: secretId,
        VersionStage: PENDING,
        RemoveFromVersionId: versionId,
      }),
    );
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

  /**
   * Makes AWSCURRENT hold a usable token. With a rotation in progress (a version labelled AWSPENDING
   * that is not AWSCURRENT):
   * - a current token that is fine is kept and the rotation is left to finish on its own;
   * - when the current token must be replaced (or `force`) and the pending version already holds a
   *   usable token, that token is verified and promoted exactly as finishSecret would (AWSCURRENT
   *   moved, AWSPENDING cleared); the rotation's remaining steps then find the version current and
   *   do nothing. No second token is minted;
   * - when the pending version has no value yet (createSecret has not stored it), a token is minted
   *   into a new version of this call's own, never into the rotation's version; finishSecret later
   *   moves AWSCURRENT from it to the rotation's version;
   * - a pending version whose token can never pass testSecret (expired, revoked, foreign, unreadable)
   *   loses its AWSPENDING label, so the next rotation starts afresh instead of retrying forever.
   */
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

    const labels = await this.labels(secretArn);
    const pending = labels.pending ? await this.usablePending(secretArn, labels.pending) : undefined;
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
        rotationInProgress: labels.pending,
      });
      await this.prune(secretArn);
      await this.publishHealthQuietly(secretArn);
      return {
        secretArn,
        versionId: current.VersionId!,
        expiresAt: stored.expiresAt,
        minted: false,
        completedRotation: false,
      };
    }

    if (pending) {
      try {
        await this.verify(pending.stored);
      } catch (e) {
        log("pending token failed verification, abandoning that rotation", {
          secretArn,
          versionId: pending.versionId,
          error: (e as Error).message,
        });
        await this.clearPending(secretArn, pending.versionId);
        return this.mintCurrent(secretArn, reason);
      }
      const previousVersion = await this.promote(secretArn, pending.versionId);
      log("completed the rotation in progress: pending version is now AWSCURRENT", {
        secretArn,
        versionId: pending.versionId,
        previousVersion,
        tokenId: pending.stored.tokenId,
        expiresAt: pending.stored.expiresAt,
        reason,
      });
      await this.prune(secretArn);
      await this.publishHealthQuietly(secretArn);
      return {
        secretArn,
        versionId: pending.versionId,
        expiresAt: pending.stored.expiresAt,
        minted: false,
        completedRotation: true,
      };
    }
    return this.mintCurrent(secretArn, reason);
  }

  private async mintCurrent(secretArn: string, reason: string): Promise<EnsureResult> {
    await this.prune(secretArn, { expiredOnly: true });
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
    await this.publishHealthQuietly(secretArn);
    return {
      secretArn,
      versionId: put.VersionId ?? versionId,
      expiresAt: stored.expiresAt,
      minted: true,
      completedRotation: false,
    };
  }

  /**
   * The token of a rotation's pending version when it is usable as a current token; undefined when
   * the version has no value yet. A value that can never pass testSecret loses AWSPENDING.
   */
  private async usablePending(
    secretArn: string,
    versionId: string,
  ): Promise<{ versionId: string; stored: StoredToken } | undefined> {
    const value = await this.valueOf(secretArn, versionId);
    if (!value) return undefined;
    let stored: StoredToken | undefined;
    let problem: string | undefined;
    try {
      stored = parseStoredToken(value.SecretString);
      problem = await this.problemWith(stored, this.settings.ensureMinRemainingSeconds);
    } catch (e) {
      problem = `value unusable: ${(e as Error).message}`;
    }
    if (!problem) return { versionId, stored: stored! };
    log("abandoning a rotation whose pending token cannot become current", { secretArn, versionId, problem });
    await this.clearPending(secretArn, versionId);
    return undefined;
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
    const problem = await this.problemWith(stored, this.settings.ensureMinRemainingSeconds);
    return problem && `current token: ${problem}`;
  }

  /**
   * What keeps a stored token from serving Terraform for at least `minRemainingSeconds` more: another
   * workspace or service account, (near) expiry, or revocation. Undefined when nothing does.
   */
  private async problemWith(stored: StoredToken, minRemainingSeconds: number): Promise<string | undefined> {
    if (
      stored.workspaceId !== this.settings.workspaceId ||
      stored.serviceAccountId !== this.settings.serviceAccountId
    ) {
      return "belongs to another workspace or service account";
    }
    const remaining = (Date.parse(stored.expiresAt) - this.deps.now().getTime()) / 1000;
    if (remaining <= 0) return `expired at ${stored.expiresAt}`;
    if (remaining < minRemainingSeconds) return `expires at ${stored.expiresAt}`;
    const live = (await this.listTokens()).some((t) => t.id === stored.tokenId);
    if (!live) return "no longer exists (revoked)";
    return undefined;
  }

  // ---- health ----

  /**
   * Publishes the health metrics and fails when there is no usable current token (after publishing
   * 0 seconds until expiry, so the alarm fires even while the function keeps failing). When the
   * secret or the token list cannot be read, nothing is published: the alarm sees missing data.
   */
  async report(event: ReportEvent): Promise<HealthReport> {
    const secretArn = event.secretArn;
    if (!secretArn) throw new Error(`report: "secretArn" is required`);
    const { report, problem } = await this.measure(secretArn);
    await this.publish(report);
    if (problem) throw new Error(`report: secret ${secretArn} has no usable current token: ${problem}`);
    return report;
  }

  private async measure(secretArn: string): Promise<{ report: HealthReport; problem?: string }> {
    const labels = await this.labels(secretArn);
    const secretName = this.settings.healthSecretName ?? labels.name ?? secretArn;
    const now = this.deps.now().getTime();
    const current = labels.current ? await this.valueOf(secretArn, labels.current) : undefined;
    const secondsSinceLastRotation = current?.CreatedDate
      ? Math.max(0, Math.floor((now - current.CreatedDate.getTime()) / 1000))
      : undefined;
    let stored: StoredToken | undefined;
    let problem: string | undefined;
    if (!current) {
      problem = "no current value";
    } else {
      try {
        stored = parseStoredToken(current.SecretString);
        problem = await this.problemWith(stored, 0);
      } catch (e) {
        problem = `value unusable: ${(e as Error).message}`;
      }
    }
    const secondsUntilExpiry =
      problem || !stored ? 0 : Math.max(0, Math.floor((Date.parse(stored.expiresAt) - now) / 1000));
    const report: HealthReport = {
      secretArn,
      secretName,
      secondsUntilExpiry,
      ...(secondsSinceLastRotation === undefined ? {} : { secondsSinceLastRotation }),
      ...(labels.pending ? { pendingVersionId: labels.pending } : {}),
    };
    return { report, problem };
  }

  private async publish(report: HealthReport): Promise<void> {
    const Timestamp = this.deps.now();
    const Dimensions = [{ Name: HEALTH_METRIC.dimension, Value: report.secretName }];
    const MetricData: { MetricName: string; Value: number; Unit: "Seconds" }[] = [
      { MetricName: HEALTH_METRIC.secondsUntilExpiry, Value: report.secondsUntilExpiry, Unit: "Seconds" },
    ];
    if (report.secondsSinceLastRotation !== undefined)
      MetricData.push({
        MetricName: HEALTH_METRIC.secondsSinceLastRotation,
        Value: report.secondsSinceLastRotation,
        Unit: "Seconds",
      });
    await this.deps.cloudwatch.send(
      new PutMetricDataCommand({
        Namespace: this.settings.healthNamespace,
        MetricData: MetricData.map((m) => ({ ...m, Dimensions, Timestamp })),
      }),
    );
    log("health published", { namespace: this.settings.healthNamespace, ...report });
  }

  /**
   * After a successful rotation or ensure: the token work has succeeded, so a metric that cannot be
   * published only logs (the scheduled report is the path that fails loudly).
   */
  private async publishHealthQuietly(secretArn: string): Promise<void> {
    try {
      await this.publish((await this.measure(secretArn)).report);
    } catch (e) {
      log("health metrics not published", { secretArn, error: errorName(e), detail: (e as Error).message });
    }
  }

  // ---- secret versions ----

  private async labels(secretId: string): Promise<SecretLabels> {
    const description = await this.deps.secrets.send(new DescribeSecretCommand({ SecretId: secretId }));
    const versions: Record<string, string[]> = {};
    for (const [id, stages] of Object.entries(description.VersionIdsToStages ?? {})) {
      if (stages.length > 0) versions[id] = stages;
    }
    const holder = (stage: string) => Object.entries(versions).find(([, s]) => s.includes(stage))?.[0];
    const current = holder(CURRENT);
    const pending = holder(PENDING);
    return {
      name: description.Name,
      rotationEnabled: description.RotationEnabled === true,
      versions,
      current,
      pending: pending !== current ? pending : undefined,
    };
  }

  /** A version's value, or undefined when the version has none (yet). */
  private async valueOf(secretId: string, versionId: string): Promise<GetSecretValueCommandOutput | undefined> {
    try {
      return await this.deps.secrets.send(new GetSecretValueCommand({ SecretId: secretId, VersionId: versionId }));
    } catch (e) {
      if (errorName(e) === "ResourceNotFoundException") return undefined;
      throw e;
    }
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

  /**
   * Deletes tokens that nothing needs, never one that a staging label points to:
   * - kept: the token of every version that carries any staging label (AWSCURRENT, AWSPREVIOUS, which
   *   keeps a plan made before the rotation applicable, AWSPENDING, custom labels), a token named
   *   after a labelled version (createSecret minted it and is about to store it), and this rotator's
   *   tokens minted within the last 15 minutes (an invocation still running may be about to store it);
   * - deleted: every other expired token, whoever minted it (they only use up the 99-token limit),
   *   and, unless `expiredOnly`, every other token of this rotator (name with the prefix). Tokens
   *   minted by others are left alone until they expire.
   * Without `expiredOnly` it refuses to run when there is no readable current token.
   */
  private async prune(secretId: string, options: { expiredOnly?: boolean } = {}): Promise<void> {
    const labels = await this.labels(secretId);
    const keepIds = new Set<string>();
    const keepNames = new Set<string>();
    let currentTokenId: string | undefined;
    for (const [versionId, stages] of Object.entries(labels.versions)) {
      keepNames.add(`${this.settings.tokenNamePrefix}${versionId}`);
      const value = await this.valueOf(secretId, versionId);
      if (!value) continue;
      try {
        const tokenId = parseStoredToken(value.SecretString).tokenId;
        keepIds.add(tokenId);
        if (versionId === labels.current) currentTokenId = tokenId;
      } catch (e) {
        log("labelled version unreadable, its token cannot be identified", {
          secretId,
          versionId,
          stages,
          error: (e as Error).message,
        });
      }
    }
    if (!options.expiredOnly && !currentTokenId)
      throw new Error(`prune: secret ${secretId} has no readable current token; refusing to delete tokens`);
    const now = this.deps.now().getTime();
    for (const t of await this.listTokens()) {
      if (!t.id || keepIds.has(t.id) || (t.name && keepNames.has(t.name))) continue;
      const expired = t.expiresAt !== undefined && t.expiresAt.getTime() <= now;
      const ours = t.name?.startsWith(this.settings.tokenNamePrefix) ?? false;
      const inFlight = t.createdAt === undefined || now - t.createdAt.getTime() < IN_FLIGHT_GRACE_MS;
      if (expired || (!options.expiredOnly && ours && !inFlight)) {
        await this.deleteToken(t.id);
        log("deleted token", { tokenId: t.id, tokenName: t.name, expired });
      }
    }
  }
}

let rotator: TokenRotator | undefined;

/** The Lambda entry point (`index.handler`). Clients are created once per execution environment. */
export async function handler(
  event: RotationEvent | EnsureEvent | ReportEvent,
): Promise<EnsureResult | HealthReport | void> {
  rotator ??= new TokenRotator(settingsFromEnv(), {
    grafana: new GrafanaClient({}),
    secrets: new SecretsManagerClient({}),
    cloudwatch: new CloudWatchClient({}),
    fetch: globalThis.fetch,
    now: () => new Date(),
  });
  return rotator.handle(event);
}
