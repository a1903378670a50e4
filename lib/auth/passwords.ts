// Password change (signed in) and reset by a single-use, expiring e-mailed link. Both end every
// session of the user (sessionVersion + 1) and are audited.
import "server-only";
import { audit } from "@/lib/audit/log";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError } from "@/lib/authz/errors";
import { getPrisma } from "@/lib/db/client";
import { appUrl, sendMail } from "@/lib/mail/send";
import { currentClientIp } from "@/lib/security/client-ip";
import { translate, type AppLocale } from "@/lib/validation/messages";
import { passwordProblem } from "@/lib/validation/password-rules";
import { consumeLinkToken, issueLinkToken, peekLinkToken } from "./link-tokens";
import { hashPassword, verifyPassword } from "./password-hash";
import { accountKey, clearThrottle, lockedForSeconds, recordFailure } from "./throttle";
import { clock } from "@/lib/clock";

export async function changePassword(viewer: Viewer, currentPassword: string, password: string): Promise<void> {
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({ where: { id: viewer.userId }, select: { passwordHash: true, email: true } });
  if (!user?.passwordHash || !(await verifyPassword(currentPassword, user.passwordHash))) throw new DomainError("errors.wrongPassword", {}, "currentPassword");
  const problem = passwordProblem(password, { email: user.email });
  if (problem) throw new DomainError(problem, {}, "password");
  await prisma.user.update({
    where: { id: viewer.userId },
    data: { passwordHash: await hashPassword(password), passwordChangedAt: clock.now(), sessionVersion: { increment: 1 } },
  });
  await audit({ action: "auth.password.changed", actor: { userId: viewer.userId, role: viewer.role }, targetType: "user", targetId: viewer.userId });
}

const RESET_LIMIT_PER_HOUR = 3;

/** Sends a reset link when an active account exists. Answers the same either way (no enumeration). */
export async function requestPasswordReset(email: string, locale: AppLocale): Promise<void> {
  const prisma = await getPrisma();
  const ip = await currentClientIp();
  const keys = [`reset:${email}`, `reset-ip:${ip}`];
  if ((await lockedForSeconds(keys)) > 0) return; // silently: do not let anyone mail-bomb an address
  await recordFailure(keys[0]!, RESET_LIMIT_PER_HOUR, 3600);
  await recordFailure(keys[1]!, RESET_LIMIT_PER_HOUR * 10, 3600);
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, role: true, status: true, locale: true } });
  await audit({ action: "auth.password.reset.requested", actor: user ? { userId: user.id, role: user.role } : null, targetType: "email", targetId: email, ip, details: { known: !!user } });
  if (!user || user.status !== "ACTIVE") return;
  const token = await issueLinkToken(prisma, user.id, "PASSWORD_RESET");
  const link = await appUrl(`/reset-password/${encodeURIComponent(token)}`);
  const mailLocale = user.locale ?? locale;
  await sendMail({
    to: email,
    subject: translate(mailLocale, "reset.mailSubject"),
    text: `${translate(mailLocale, "reset.mailBody", { link })}\n\n${translate(mailLocale, "mail.footer")}`,
  });
}

export async function resetPassword(token: string, password: string): Promise<void> {
  const prisma = await getPrisma();
  const pendingUserId = await peekLinkToken(prisma, token, "PASSWORD_RESET");
  if (!pendingUserId) throw new DomainError("errors.invalidToken");
  const user = await prisma.user.findUnique({ where: { id: pendingUserId }, select: { email: true, role: true, status: true } });
  if (!user || user.status !== "ACTIVE") throw new DomainError("errors.invalidToken");
  // Check the new password before using up the link, so a refused password does not burn it.
  const problem = passwordProblem(password, { email: user.email });
  if (problem) throw new DomainError(problem, {}, "password");
  const userId = await consumeLinkToken(prisma, token, "PASSWORD_RESET");
  if (userId !== pendingUserId) throw new DomainError("errors.invalidToken");
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(password), passwordChangedAt: clock.now(), sessionVersion: { increment: 1 } } });
  await clearThrottle(accountKey(user.email));
  await audit({ action: "auth.password.reset", actor: { userId, role: user.role }, targetType: "user", targetId: userId });
}
