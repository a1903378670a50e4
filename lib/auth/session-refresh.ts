// Rolls the idle timer of a session: re-issues the session cookie with a new "seenAt". Called by
// proxy.ts on page requests, because server components cannot set cookies. This is a convenience,
// not a boundary: if it does not run, sessions only end sooner (viewer.ts enforces every limit).
import { encode } from "next-auth/jwt";
import { authSecret } from "./secret";
import { decodeSessionToken } from "./session-token";
import { defaultSessionLimits } from "./session-limits";
import { clock } from "@/lib/clock";

const REFRESH_AFTER_SECONDS = 60;

export function sessionCookieName(): { name: string; secure: boolean } {
  const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, secure };
}

/** A new cookie value when the session is alive and its seenAt is older than a minute, else null. */
export async function refreshedSessionToken(token: string, nowSeconds = Math.floor(clock.now().getTime() / 1000)): Promise<{ value: string; maxAge: number } | null> {
  const secret = authSecret();
  const limits = defaultSessionLimits();
  const claims = await decodeSessionToken({ token, secret }).catch(() => null);
  if (!claims || typeof claims.seenAt !== "number" || typeof claims.authAt !== "number") return null;
  if (nowSeconds - claims.seenAt < REFRESH_AFTER_SECONDS) return null;
  if (nowSeconds - claims.seenAt > limits.idleSeconds || nowSeconds - claims.authAt > limits.maxSeconds) return null;
  const remaining = Math.max(60, limits.maxSeconds - (nowSeconds - claims.authAt));
  const rest: Record<string, unknown> = { ...claims };
  delete rest.exp;
  delete rest.iat;
  delete rest.jti;
  return { value: await encode({ token: { ...rest, seenAt: nowSeconds }, secret, maxAge: remaining }), maxAge: remaining };
}
