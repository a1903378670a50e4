// Two-factor sign-in with an authenticator app (RFC 6238 TOTP, 6 digits, 30 s) and one-time
// recovery codes. The seed is stored encrypted (secret-box.ts); recovery codes only as keyed hashes.
import "server-only";
import { randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seal, tokenHash, unseal } from "./secret-box";

const ISSUER = "Kyodo Juchu";
export const RECOVERY_CODE_COUNT = 10;

export function newTotpSeed(): { seed: string; sealed: string } {
  const seed = generateSecret();
  return { seed, sealed: seal(seed) };
}

/** The QR code (a data: URL) the user scans once while enrolling. */
export async function enrolmentQrCode(seed: string, email: string): Promise<{ qrDataUrl: string; uri: string }> {
  const uri = generateURI({ issuer: ISSUER, label: email, secret: seed });
  return { qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }), uri };
}

/** Accepts the current code and one step either side (clock drift). */
export async function verifyTotp(sealedSeed: string, code: string, epochSeconds?: number): Promise<boolean> {
  const seed = unseal(sealedSeed);
  const token = code.replace(/\s/g, "");
  if (!seed || !/^\d{6}$/.test(token)) return false;
  try {
    const result = await verify({ secret: seed, token, epochTolerance: 30, ...(epochSeconds === undefined ? {} : { epoch: epochSeconds }) });
    return result.valid;
  } catch {
    return false;
  }
}

const normaliseRecovery = (code: string) => code.trim().toLowerCase().replace(/[^a-z0-9]/g, "");
const hashRecovery = (code: string) => tokenHash(normaliseRecovery(code), "recovery");

/** Replaces the user's recovery codes; returns the plain codes to show exactly once. */
export async function issueRecoveryCodes(prisma: PrismaClient, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = randomBytes(8).toString("hex").slice(0, 10);
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  await prisma.$transaction([
    prisma.recoveryCode.deleteMany({ where: { userId } }),
    prisma.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecovery(code) })) }),
  ]);
  return codes;
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[0-9a-f]{10}$/.test(normaliseRecovery(code));
}

/** Uses up one recovery code; true when it was valid and unused. */
export async function consumeRecoveryCode(prisma: PrismaClient, userId: string, code: string): Promise<boolean> {
  if (!looksLikeRecoveryCode(code)) return false;
  const result = await prisma.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecovery(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return result.count === 1;
}
