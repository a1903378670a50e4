// next-auth's endpoints (sign-in, callback, sign-out, session, csrf). next-auth checks its own CSRF
// token on every POST; the origin check adds a second wall for foreign sites.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { rejectForeignOrigin } from "@/lib/security/same-origin";

type Context = { params: Promise<{ nextauth: string[] }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  return NextAuth(authOptions())(request, context);
}

export async function POST(request: Request, context: Context): Promise<Response> {
  const refused = rejectForeignOrigin(request);
  if (refused) return refused;
  return NextAuth(authOptions())(request, context);
}
