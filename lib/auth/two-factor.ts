// Enrolment and removal of two-factor sign-in for the signed-in user. Enrolment stores a sealed
// seed with totpEnabledAt = null until the user proves it with a code; then recovery codes are
// issued and shown once. Roles that require 2FA cannot turn it off.
import "server-only";
import { audit } from "@/lib/audit/log";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError } from "@/lib/authz/errors";
import { requiresTwoFactor } from "@/lib/authz/viewer-kinds";
import { getPrisma } from "@/lib/db/client";
import { verifyPassword } from "./password-hash";
import { consumeRecoveryCode, enrolmentQrCode, issueRecoveryCodes, looksLikeRecoveryCode, newTotpSeed, consumeTotp } from "./totp";
import { unseal } from "./secret-box";
import { clock } from "@/lib/clock";

export async function twoFactorStatus(viewer: Viewer) {
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({ where: { id: viewer.userId }, select: { totpEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } } });
  return { enabledAt: user?.totpEnabledAt ?? null, recoveryCodesLeft: user?._count.recoveryCodes ?? 0, required: requiresTwoFactor(viewer.role) };
}

/** Starts (or restarts) enrolment; returns what the user scans. Refused when already enabled. */
export async function startEnrolment(viewer: Viewer): Promise<{ qrDataUrl: string; manualKey: string }> {
  const prisma = await getPrisma();
  const { seed, sealed } = newTotpSeed();
  const updated = await prisma.user.updateMany({ where: { id: viewer.userId, totpEnabledAt: null }, data: { totpSecret: sealed } });
  if (updated.count !== 1) throw new DomainError("validation.invalid");
  const { qrDataUrl } = await enrolmentQrCode(seed, viewer.email);
  return { qrDataUrl, manualKey: seed.replace(/(.{4})/g, "$1 ").trim() };
}

/** The QR code of a started, unconfirmed enrolment (to show it again after a wrong code). */
export async function pendingEnrolment(viewer: Viewer): Promise<{ qrDataUrl: string; manualKey: string } | null> {
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({ where: { id: viewer.userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!user?.totpSecret || user.totpEnabledAt) return null;
  const seed = unseal(user.totpSecret);
  if (!seed) return null;
  const { qrDataUrl } = await enrolmentQrCode(seed, viewer.email);
  return { qrDataUrl, manualKey: seed.replace(/(.{4})/g, "$1 ").trim() };
}

export async function confirmEnrolment(viewer: Viewer, code: string): Promise<{ recoveryCodes: string[] }> {
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({ where: { id: viewer.userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!user?.totpSecret || user.totpEnabledAt) throw new DomainError("validation.invalid");
  if (!(await consumeTotp(prisma, viewer.userId, user.totpSecret, code))) throw new DomainError("errors.wrongCode", {}, "code");
  await prisma.user.update({ where: { id: viewer.userId }, data: { totpEnabledAt: clock.now() } });
  const recoveryCodes = await issueRecoveryCodes(prisma, viewer.userId);
  await audit({ action: "auth.2fa.enabled", actor: { userId: viewer.userId, role: viewer.role }, targetType: "user", targetId: viewer.userId });
  return { recoveryCodes };
}

export async function regenerateRecoveryCodes(viewer: Viewer): Promise<{ recoveryCodes: string[] }> {
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({ where: { id: viewer.userId }, select: { totpEnabledAt: true } });
  if (!user?.totpEnabledAt) throw new DomainError("validation.invalid");
  return { recoveryCodes: await issueRecoveryCodes(prisma, viewer.userId) };
}

export async function disableTwoFactor(viewer: Viewer, currentPassword: string, code: string): Promise<void> {
  if (requiresTwoFactor(viewer.role)) throw new DomainError("errors.twoFactorRequired");
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({ where: { id: viewer.userId }, select: { passwordHash: true, totpSecret: true, totpEnabledAt: true } });
  if (!user?.totpEnabledAt || !user.totpSecret) throw new DomainError("validation.invalid");
  if (!user.passwordHash || !(await verifyPassword(currentPassword, user.passwordHash))) throw new DomainError("errors.wrongPassword", {}, "currentPassword");
  const ok = looksLikeRecoveryCode(code) ? await consumeRecoveryCode(prisma, viewer.userId, code) : await consumeTotp(prisma, viewer.userId, user.totpSecret, code);
  if (!ok) throw new DomainError("errors.wrongCode", {}, "code");
  await prisma.$transaction([
    prisma.recoveryCode.deleteMany({ where: { userId: viewer.userId } }),
    prisma.user.update({ where: { id: viewer.userId }, data: { totpSecret: null, totpEnabledAt: null } }),
  ]);
  await audit({ action: "auth.2fa.disabled", actor: { userId: viewer.userId, role: viewer.role }, targetType: "user", targetId: viewer.userId });
}
