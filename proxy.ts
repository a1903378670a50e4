// Runs before every page request (not /api, not static files):
// 1. The same-origin rule for writes (lib/security/same-origin.ts): a server action or form post
//    with a missing or foreign Origin gets 403 with a short reason, before Next.js handles it.
// 2. A Content-Security-Policy with a fresh nonce (lib/security/headers.mjs). Next.js reads it from
//    the request's CSP header and puts it on its own scripts; 'strict-dynamic' lets what they load
//    run. Every page is rendered per request anyway (the root layout reads the session), so the
//    nonce costs no static rendering.
// 3. Rolls the session's idle timer (lib/auth/session-refresh.ts).
// It is NOT an authorization boundary: every page, action and route handler checks the session
// and the policy itself.
import { NextResponse, type NextRequest } from "next/server";
import { refreshedSessionToken, sessionCookieName } from "@/lib/auth/session-refresh";
import { contentSecurityPolicy, policyOptionsFromEnv } from "@/lib/security/headers.mjs";
import { rejectForeignOrigin } from "@/lib/security/same-origin";

export async function proxy(request: NextRequest): Promise<Response> {
  const refused = rejectForeignOrigin(request);
  if (refused) return refused;

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = contentSecurityPolicy({ ...policyOptionsFromEnv(), nonce });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);

  const { name, secure } = sessionCookieName();
  const token = request.cookies.get(name)?.value;
  if (!token) return response;
  try {
    const fresh = await refreshedSessionToken(token);
    if (fresh) response.cookies.set(name, fresh.value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: fresh.maxAge });
  } catch {
    /* a broken cookie is handled (refused) by the page itself */
  }
  return response;
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|robots.txt|fonts/|.*\\.(?:png|jpg|svg|ico|css|js|woff2?)$).*)"],
};
