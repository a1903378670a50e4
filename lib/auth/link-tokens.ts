// Single-use, expiring tokens for e-mailed links (password reset, invitation). The link carries a
// random 256-bit token; only its keyed hash is stored. Using a token marks it used atomically.
import "server-only";
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AuthTokenKind } from "@/lib/generated/prisma/enums";
import { tokenHash } from "./secret-box";
import { clock } from "@/lib/clock";

export const TOKEN_LIFETIME_SECONDS: Record<AuthTokenKind, number> = {
  PASSWORD_RESET: 60 * 60,
  INVITATION: 7 * 24 * 60 * 60,
  EMAIL_VERIFICATION: 24 * 60 * 60,
};

const hash = (token: string) => tokenHash(token, "link");

/** Creates a token (invalidating earlier unused ones of the same kind) and returns the plain value. */
export async function issueLinkToken(prisma: PrismaClient, userId: string, kind: AuthTokenKind, now = clock.now()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await prisma.$transaction([
    prisma.authToken.updateMany({ where: { userId, kind, usedAt: null }, data: { usedAt: now } }),
    prisma.authToken.create({
      data: { userId, kind, tokenHash: hash(token), expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_SECONDS[kind] * 1000) },
    }),
  ]);
  return token;
}

/** The user id of a valid, unused, unexpired token, without using it (to render the form). */
export async function peekLinkToken(prisma: PrismaClient, token: string, kind: AuthTokenKind, now = clock.now()): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const row = await prisma.authToken.findUnique({ where: { tokenHash: hash(token) }, select: { userId: true, kind: true, usedAt: true, expiresAt: true } });
  if (!row || row.kind !== kind || row.usedAt || row.expiresAt <= now) return null;
  return row.userId;
}

/** Marks the token used and returns its user id; null when invalid, used or expired (race-safe). */
export async function consumeLinkToken(prisma: PrismaClient, token: string, kind: AuthTokenKind, now = clock.now()): Promise<string | null> {
  const userId = await peekLinkToken(prisma, token, kind, now);
  if (!userId) return null;
  const used = await prisma.authToken.updateMany({ where: { tokenHash: hash(token), usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return used.count === 1 ? userId : null;
}
