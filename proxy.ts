// Only rolls the session's idle timer on page requests (lib/auth/session-refresh.ts). It is NOT a
// security boundary: every page, action and route handler checks the session and the policy itself.
import { NextResponse, type NextRequest } from "next/server";
import { refreshedSessionToken, sessionCookieName } from "@/lib/auth/session-refresh";

export async function proxy(request: NextRequest): Promise<NextResponse> {
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
