// Read-only calls to the workspace's HTTP API with the current service-account token. The token is
// only ever placed in the Authorization header: no message, error or finding repeats it.

/** Milliseconds one Grafana request may take. */
export const GRAFANA_REQUEST_TIMEOUT_MS = 10_000;

/** An HTTP answer other than 2xx. */
export class GrafanaHttpError extends Error {
  constructor(
    public readonly status: number,
    path: string,
    detail: string,
  ) {
    super(`GET ${path}: HTTP ${status}${detail ? ` ${detail}` : ""}`);
    this.name = "GrafanaHttpError";
  }
}

/** The workspace could not be reached (DNS, TLS, timeout, network access control). */
export class GrafanaUnreachableError extends Error {
  constructor(path: string, cause: unknown) {
    super(`GET ${path}: workspace unreachable (${(cause as Error)?.message ?? String(cause)})`);
    this.name = "GrafanaUnreachableError";
  }
}

export class GrafanaApi {
  /** `baseUrl`: `https://<workspace endpoint>` (tests pass a local server). */
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async get<T>(path: string): Promise<T> {
    let response: Response;
    try {
      response = await fetch(new URL(path, this.baseUrl), {
        headers: { Authorization: `Bearer ${this.token}`, Accept: "application/json" },
        signal: AbortSignal.timeout(GRAFANA_REQUEST_TIMEOUT_MS),
      });
    } catch (e) {
      throw new GrafanaUnreachableError(path, e);
    }
    const text = await response.text();
    if (!response.ok) {
      let detail: string;
      try {
        detail = String((JSON.parse(text) as { message?: unknown }).message ?? "");
      } catch {
        detail = "";
      }
      throw new GrafanaHttpError(response.status, path, this.redact(detail).slice(0, 200));
    }
    return JSON.parse(text) as T;
  }

  /** Removes the token from text that came back from the server (an echo must not print it). */
  redact(text: string): string {
    return this.token ? text.split(this.token).join("<token>") : text;
  }
}
