// Two-factor sign-in with an authenticator app (RFC 6238 TOTP, 6 digits, 30 s) and one-time
// recovery codes. The seed is stored encrypted (secret-box.ts); recovery codes only as keyed hashes.
import "server-only";
import { randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seal, tokenHash, unseal } from "./secret-box";
import { clock } from "@/lib/clock";

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

/** The time step a code belongs to, if it is the current code or one step either side (clock
 *  drift) and later than `afterStep`; else null. */
async function acceptedStep(sealedSeed: string, code: string, epochSeconds?: number, afterStep?: number): Promise<number | null> {
  const seed = unseal(sealedSeed);
  const token = code.replace(/\s/g, "");
  if (!seed || !/^\d{6}$/.test(token)) return null;
  try {
    const result = await verify({ secret: seed, token, epochTolerance: 30, ...(epochSeconds === undefined ? {} : { epoch: epochSeconds }), ...(afterStep === undefined ? {} : { afterTimeStep: afterStep }) });
    return result.valid && "timeStep" in result ? result.timeStep : null;
  } catch {
    return null;
  }
}

/** Accepts a code once: its time step must be later than the last one the user used, and is
 *  claimed atomically, so a code seen over a shoulder (or sent twice at once) does not work again. */
export async function consumeTotp(prisma: PrismaClient, userId: string, sealedSeed: string, code: string, epochSeconds?: number): Promise<boolean> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpLastStep: true } });
  const step = await acceptedStep(sealedSeed, code, epochSeconds, user?.totpLastStep ?? undefined);
  if (step === null) return false;
  const claimed = await prisma.user.updateMany({ where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] }, data: { totpLastStep: step } });
  return claimed.count === 1;
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
    data: { usedAt: clock.now() },
  });
  return result.count === 1;
}
