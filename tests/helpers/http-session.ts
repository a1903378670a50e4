// A user's session over plain HTTP: a cookie jar and next-auth's credentials sign-in (CSRF token
// first, as the sign-in form does). Cookies are per host, not per port, so one jar can carry a
// session from one app instance to another on the same host, as a load balancer would.
export class HttpSession {
  private readonly cookies = new Map<string, string>();

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  has(name: string): boolean {
    return [...this.cookies.keys()].some((key) => key.includes(name));
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set("cookie", this.cookieHeader());
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(cookie) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Signs in with e-mail and password at `base`; returns next-auth's error code, or null on success. */
  async signIn(base: string, email: string, password: string): Promise<string | null> {
    const { csrfToken } = (await (await this.fetch(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
    const response = await this.fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
    const location = response.headers.get("location") ?? ((await response.json().catch(() => ({}))) as { url?: string }).url ?? "";
    const error = new URL(location, base).searchParams.get("error");
    return error ?? (this.has("session-token") ? null : "no_session");
  }
}
