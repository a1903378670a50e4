// Signs in through next-auth's credentials endpoint, as a browser would, for benchmarks that fetch
// pages of a running app.
import { DEMO_PASSWORD } from "@/lib/demo-data/demo-accounts";

/** Returns the cookie header of a signed-in session for `email` (a demo account); `code` is the
 *  second factor (a TOTP or recovery code) of accounts that have one. */
export async function signInForBenchmark(base: string, email: string, code = ""): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie(), origin: base },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, code, json: "true" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in as ${email} failed (${res.status})`);
  return cookie();
}
