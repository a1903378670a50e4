// Operators' machine endpoints (/api/metrics) take a bearer token, not a user session: a
// Prometheus scraper has no account. No token configured means the endpoint does not exist.
import { timingSafeEqual } from "node:crypto";

export type OperatorAccess = "disabled" | "denied" | "allowed";

export function operatorAccess(authorization: string | null, configuredToken: string | undefined): OperatorAccess {
  if (!configuredToken) return "disabled";
  const offered = /^Bearer (.+)$/.exec(authorization ?? "")?.[1] ?? "";
  const a = Buffer.from(offered);
  const b = Buffer.from(configuredToken);
  return a.length === b.length && timingSafeEqual(a, b) ? "allowed" : "denied";
}
