// What the session token carries (no secrets: ids, a version number and two times) and the pure
// checks applied on every request. The database decides the rest (status, role, organisation).
export interface SessionClaims {
  userId: string;
  /** User.sessionVersion when the session began; bumping it ends every session of the user. */
  sessionVersion: number;
  /** Sign-in time, seconds since the epoch (absolute limit). */
  authAt: number;
  /** Last activity seen, seconds since the epoch (idle limit). */
  seenAt: number;
}

export type SessionEnd = "idle" | "expired" | "revoked" | "inactive" | "malformed";

export function parseClaims(raw: unknown): SessionClaims | null {
  if (!raw || typeof raw !== "object") return null;
  const r = raw as Record<string, unknown>;
  const userId = r.userId ?? r.sub;
  const { sv, authAt, seenAt } = r;
  if (typeof userId !== "string" || !/^[0-9a-f-]{36}$/i.test(userId)) return null;
  if (typeof sv !== "number" || typeof authAt !== "number" || typeof seenAt !== "number") return null;
  return { userId, sessionVersion: sv, authAt, seenAt };
}

/** Why a session with these claims is no longer valid at `nowSeconds`, or null when it still is. */
export function sessionTimeEnd(claims: SessionClaims, nowSeconds: number, limits: { idleSeconds: number; maxSeconds: number }): SessionEnd | null {
  if (nowSeconds - claims.authAt > limits.maxSeconds) return "expired";
  if (nowSeconds - claims.seenAt > limits.idleSeconds) return "idle";
  if (claims.authAt > nowSeconds + 60 || claims.seenAt > nowSeconds + 60) return "malformed";
  return null;
}
