// The credentials sign-in decision, kept apart from next-auth so it can be tested directly:
// input check → throttle → password → account state → second factor → success bookkeeping.
// Every failure is counted per account and per IP and written to the audit log.
import "server-only";
import { z } from "zod";
import { storableString } from "@/lib/validation/text";
import { audit } from "@/lib/audit/log";
import { getPrisma } from "@/lib/db/client";
import { hashPassword, verifyPassword } from "./password-hash";
import { accountKey, clearThrottle, ipKey, lockedForSeconds, recordFailure, throttleConfig } from "./throttle";
import { consumeRecoveryCode, consumeTotp, looksLikeRecoveryCode } from "./totp";
import { clock } from "@/lib/clock";

export type SignInFailure = "invalid" | "throttled" | "totp_required" | "totp_invalid";

export type SignInResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: SignInFailure; retryAfterSeconds?: number };

const credentialsSchema = z.object({
  email: storableString().trim().toLowerCase().max(254),
  password: storableString().max(1024),
  code: storableString().trim().max(32).optional().default(""),
});

// Compared against when the e-mail is unknown, so both paths cost one scrypt (no user enumeration
// by timing). Created lazily with the same parameters as real hashes.
let dummyHash: Promise<string> | undefined;

export async function signInWithPassword(raw: unknown, ip: string, now = clock.now()): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(raw ?? {});
  if (!parsed.success || parsed.data.email === "" || parsed.data.password === "") return { ok: false, reason: "invalid" };
  const { email, password, code } = parsed.data;
  const keys = [accountKey(email), ipKey(ip)];
  const limits = throttleConfig();

  const wait = await lockedForSeconds(keys, now);
  if (wait > 0) {
    await audit({ action: "auth.signin.throttled", targetType: "email", targetId: email, ip, details: { retryAfterSeconds: wait } });
    return { ok: false, reason: "throttled", retryAfterSeconds: wait };
  }

  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, role: true, status: true, passwordHash: true, sessionVersion: true, totpSecret: true, totpEnabledAt: true },
  });
  dummyHash ??= hashPassword("not-a-real-password-kyodo");
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));

  const fail = async (reason: SignInFailure, detail: string): Promise<SignInResult> => {
    await recordFailure(keys[0]!, limits.accountLimit, limits.windowSeconds, now);
    await recordFailure(keys[1]!, limits.ipLimit, limits.windowSeconds, now);
    await audit({
      action: "auth.signin.failure",
      actor: user ? { userId: user.id, role: user.role } : null,
      targetType: "email",
      targetId: email,
      ip,
      details: { reason: detail },
    });
    const lockedNow = await lockedForSeconds(keys, now);
    return lockedNow > 0 ? { ok: false, reason: "throttled", retryAfterSeconds: lockedNow } : { ok: false, reason };
  };

  if (!user || !user.passwordHash || !passwordOk) return fail("invalid", user ? "bad_password" : "unknown_email");
  if (user.status !== "ACTIVE") return fail("invalid", `status_${user.status.toLowerCase()}`);

  let usedRecoveryCode = false;
  if (user.totpEnabledAt && user.totpSecret) {
    if (code === "") return { ok: false, reason: "totp_required" };
    const totpOk = looksLikeRecoveryCode(code)
      ? (usedRecoveryCode = await consumeRecoveryCode(prisma, user.id, code))
      : await consumeTotp(prisma, user.id, user.totpSecret, code, Math.floor(now.getTime() / 1000));
    if (!totpOk) return fail("totp_invalid", "bad_second_factor");
  }

  await clearThrottle(keys[0]!);
  await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  const actor = { userId: user.id, role: user.role };
  if (usedRecoveryCode) await audit({ action: "auth.2fa.recovery.used", actor, targetType: "user", targetId: user.id, ip });
  await audit({ action: "auth.signin.success", actor, targetType: "user", targetId: user.id, ip, details: { method: "password" } });
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
