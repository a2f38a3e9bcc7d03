// A small CKAN API client over fetch, as a user's script would drive CKAN.

export class CkanError extends Error {
  /** The action's `error` object (e.g. a ValidationError's fields), when CKAN answered with one. */
  readonly error: unknown;
  readonly status: number;
  constructor(message: string, status = 0, error?: unknown) {
    super(message);
    this.status = status;
    this.error = error;
  }
}

export interface CkanResponse<T> {
  readonly success: boolean;
  readonly result: T;
  readonly error?: unknown;
}

export class CkanApi {
  readonly baseUrl: string;
  readonly token: string | undefined;
  constructor(baseUrl: string, token?: string) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  withToken(token: string): CkanApi {
    return new CkanApi(this.baseUrl, token);
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { ...(this.token ? { Authorization: this.token } : {}), ...extra };
  }

  /** POSTs an action with a JSON body (or a multipart form) and returns its result; throws on failure. */
  async action<T = unknown>(name: string, body: Record<string, unknown> | FormData = {}): Promise<T> {
    const isForm = body instanceof FormData;
    const response = await fetch(`${this.baseUrl}/api/3/action/${name}`, {
      method: "POST",
      headers: this.headers(isForm ? {} : { "Content-Type": "application/json" }),
      body: isForm ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    let parsed: CkanResponse<T>;
    try {
      parsed = JSON.parse(text) as CkanResponse<T>;
    } catch {
      throw new CkanError(
        `${name}: HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`,
        response.status,
      );
    }
    if (!parsed.success)
      throw new CkanError(
        `${name}: HTTP ${response.status}: ${JSON.stringify(parsed.error)}`,
        response.status,
        parsed.error,
      );
    return parsed.result;
  }

  /** GET of a page or an API path, with optional cookies; redirects are not followed. */
  async get(pathAndQuery: string, cookies = ""): Promise<Response> {
    return fetch(`${this.baseUrl}${pathAndQuery}`, {
      headers: this.headers(cookies ? { Cookie: cookies } : {}),
      redirect: "manual",
      signal: AbortSignal.timeout(60_000),
    });
  }
}

/** `name=value` pairs of a response's Set-Cookie headers, ready for a Cookie header. */
export function cookiesOf(response: Response, previous = ""): string {
  const jar = new Map(
    previous
      .split("; ")
      .filter(Boolean)
      .map((pair) => [pair.split("=")[0]!, pair] as const),
  );
  for (const header of response.headers.getSetCookie()) {
    const pair = header.split(";")[0]!;
    jar.set(pair.split("=")[0]!, pair);
  }
  return [...jar.values()].join("; ");
}

/** Logs in through the login form (CSRF token and session cookie), as a browser does. */
export async function logIn(api: CkanApi, user: string, password: string): Promise<string> {
  const form = await api.get("/user/login");
  const html = await form.text();
  const csrf = /name="_csrf_token"[^>]*value="([^"]+)"/.exec(html)?.[1];
  if (!csrf) throw new CkanError("the login page has no _csrf_token field");
  let cookies = cookiesOf(form);
  const response = await fetch(`${api.baseUrl}/user/login`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies },
    body: new URLSearchParams({ login: user, password, _csrf_token: csrf }),
    redirect: "manual",
  });
  cookies = cookiesOf(response, cookies);
  if (response.status !== 302 || (response.headers.get("location") ?? "").includes("/user/login")) {
    throw new CkanError(
      `login as ${user} failed: HTTP ${response.status} → ${response.headers.get("location")}`,
    );
  }
  return cookies;
}

/** True when the session cookie still opens the logged-in dashboard. */
export async function isLoggedIn(api: CkanApi, cookies: string): Promise<boolean> {
  const response = await api.get("/dashboard/datasets", cookies);
  return response.status === 200;
}
