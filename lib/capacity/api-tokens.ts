// A firm's API tokens for the capacity endpoint: created by its admin and shown once (only a
// SHA-256 hash is stored), listed by prefix and name, revoked at once. A token stands for its firm
// alone; requests are counted per token in a one-minute window kept in the token's row, so the
// limit holds across instances.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize } from "@/lib/authz/policy";
import { NotFoundError } from "@/lib/authz/errors";
import type { Database } from "@/lib/db/client";
import { clock } from "@/lib/clock";
import { REQUESTS_PER_MINUTE } from "./api-limits";

export const TOKEN_PREFIX = "kjc_";
const hash = (token: string) => createHash("sha256").update(token).digest("hex");

async function ownFirmForTokens(db: Database, viewer: Viewer) {
  const firm = viewer.firmId ? await db.prisma.firm.findUnique({ where: { id: viewer.firmId }, select: { id: true, associationId: true, status: true } }) : null;
  if (!firm) throw new NotFoundError("firm");
  authorize(viewer, "capacity.token.manage", { type: "firm", id: firm.id, associationId: firm.associationId, status: firm.status });
  return firm;
}

export async function listApiTokens(db: Database, viewer: Viewer) {
  const firm = await ownFirmForTokens(db, viewer);
  return db.prisma.apiToken.findMany({
    where: { firmId: firm.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, revokedAt: true, lastUsedAt: true },
  });
}

/** A new token: the whole value is returned this once and never again. */
export async function createApiToken(db: Database, viewer: Viewer, name: string, now = clock.now()): Promise<{ id: string; token: string }> {
  const firm = await ownFirmForTokens(db, viewer);
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const row = await db.prisma.apiToken.create({
    data: { firmId: firm.id, name, prefix: token.slice(0, TOKEN_PREFIX.length + 6), tokenHash: hash(token), createdById: viewer.userId, createdAt: now },
    select: { id: true },
  });
  return { id: row.id, token };
}

export async function revokeApiToken(db: Database, viewer: Viewer, tokenId: string, now = clock.now()): Promise<void> {
  const firm = await ownFirmForTokens(db, viewer);
  // Scoped by the firm: another firm's token id finds nothing (404).
  const { count } = await db.prisma.apiToken.updateMany({ where: { id: tokenId, firmId: firm.id }, data: { revokedAt: now } });
  if (count === 0) throw new NotFoundError("apiToken");
}

export type TokenCheck = { ok: true; firmId: string } | { ok: false; status: 401 | 429; retryAfterSeconds?: number };

/**
 * The firm a bearer token stands for, counting the request: unknown, revoked and firms that are not
 * verified answer 401; more than REQUESTS_PER_MINUTE in the token's minute answers 429.
 */
export async function checkApiToken(db: Database, authorization: string | null, now = clock.now()): Promise<TokenCheck> {
  const token = /^Bearer (\S+)$/.exec(authorization ?? "")?.[1];
  if (!token?.startsWith(TOKEN_PREFIX)) return { ok: false, status: 401 };
  const windowFrom = new Date(now.getTime() - 60_000);
  // One statement counts the request and reads the result, so concurrent requests cannot both slip under the limit.
  const [row] = await db.sql.query<{ firm_id: string; count: number; window_start: string }>(
    `UPDATE "ApiToken" t SET
        "windowCount" = CASE WHEN t."windowStart" IS NULL OR t."windowStart" <= $2::timestamptz THEN 1 ELSE t."windowCount" + 1 END,
        "windowStart" = CASE WHEN t."windowStart" IS NULL OR t."windowStart" <= $2::timestamptz THEN $3::timestamptz ELSE t."windowStart" END,
        "lastUsedAt" = $3::timestamptz
      FROM "Firm" f
     WHERE t."tokenHash" = $1 AND t."revokedAt" IS NULL AND f.id = t."firmId" AND f.status = 'VERIFIED'
     RETURNING t."firmId"::text AS firm_id, t."windowCount" AS count, t."windowStart"::text AS window_start`,
    [hash(token), windowFrom.toISOString(), now.toISOString()],
  );
  if (!row) return { ok: false, status: 401 };
  if (row.count > REQUESTS_PER_MINUTE) {
    const retryAfterSeconds = Math.max(1, Math.ceil((new Date(row.window_start).getTime() + 60_000 - now.getTime()) / 1000));
    return { ok: false, status: 429, retryAfterSeconds };
  }
  return { ok: true, firmId: row.firm_id };
}
