// Runs before every page request (not /api, not static files):
// 1. The same-origin rule for writes (lib/security/same-origin.ts): a server action or form post
//    with a missing or foreign Origin gets 403 with a short reason, before Next.js handles it.
// 2. Rolls the session's idle timer (lib/auth/session-refresh.ts).
// It is NOT an authorization boundary: every page, action and route handler checks the session
// and the policy itself.
import { NextResponse, type NextRequest } from "next/server";
import { refreshedSessionToken, sessionCookieName } from "@/lib/auth/session-refresh";
import { rejectForeignOrigin } from "@/lib/security/same-origin";

export async function proxy(request: NextRequest): Promise<Response> {
  const refused = rejectForeignOrigin(request);
  if (refused) return refused;

  const response = NextResponse.next();
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
