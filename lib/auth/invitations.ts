// Invitations by e-mail link: firm admins invite members of their firm; federation staff create
// staff accounts the same way. The invited user is INVITED until they choose a name and password.
import "server-only";
import { audit } from "@/lib/audit/log";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError } from "@/lib/authz/errors";
import { getPrisma } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { appUrl, sendMail } from "@/lib/mail/send";
import { translate } from "@/lib/validation/messages";
import { passwordProblem } from "@/lib/validation/password-rules";
import { consumeLinkToken, issueLinkToken, peekLinkToken } from "./link-tokens";
import { hashPassword } from "./password-hash";
import { clock } from "@/lib/clock";

export interface NewInvitee {
  email: string;
  name: string;
  role: Role;
  firmId?: string | null;
  associationId?: string | null;
  federationId?: string | null;
  /** Shown in the mail: the firm's or association's name. */
  organisationName: string;
}

/** Creates the INVITED user and mails the link. The caller has checked the permission and scope. */
export async function inviteUser(inviter: Viewer, invitee: NewInvitee): Promise<{ userId: string }> {
  const prisma = await getPrisma();
  if (await prisma.user.findUnique({ where: { email: invitee.email }, select: { id: true } })) throw new DomainError("errors.emailTaken", {}, "email");
  const user = await prisma.user.create({
    data: {
      email: invitee.email,
      name: invitee.name,
      role: invitee.role,
      status: "INVITED",
      locale: inviter.locale,
      firmId: invitee.firmId ?? null,
      associationId: invitee.associationId ?? null,
      federationId: invitee.federationId ?? null,
    },
    select: { id: true },
  });
  await sendInvitation(inviter, user.id, invitee.email, invitee.organisationName);
  await audit({ action: "user.invited", actor: { userId: inviter.userId, role: inviter.role }, targetType: "user", targetId: user.id, details: { role: invitee.role } });
  return { userId: user.id };
}

export async function sendInvitation(inviter: Viewer, userId: string, email: string, organisationName: string): Promise<void> {
  const prisma = await getPrisma();
  const token = await issueLinkToken(prisma, userId, "INVITATION");
  const link = await appUrl(`/invite/${encodeURIComponent(token)}`);
  const params = { inviter: inviter.name, firm: organisationName, link };
  await sendMail({
    to: email,
    subject: translate(inviter.locale, "invite.mailSubject", params),
    text: `${translate(inviter.locale, "invite.mailBody", params)}\n\n${translate(inviter.locale, "mail.footer")}`,
  });
}

/** What the invitation page shows (no secrets): the invitee's name and organisation. */
export async function describeInvitation(token: string): Promise<{ name: string; organisation: string } | null> {
  const prisma = await getPrisma();
  const userId = await peekLinkToken(prisma, token, "INVITATION");
  if (!userId) return null;
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { name: true, status: true, firm: { select: { nameJa: true } }, association: { select: { nameJa: true } }, federation: { select: { nameJa: true } } },
  });
  if (!user || user.status !== "INVITED") return null;
  return { name: user.name, organisation: user.firm?.nameJa ?? user.association?.nameJa ?? user.federation?.nameJa ?? "" };
}

export async function acceptInvitation(token: string, name: string, password: string): Promise<void> {
  const prisma = await getPrisma();
  const pendingUserId = await peekLinkToken(prisma, token, "INVITATION");
  const user = pendingUserId ? await prisma.user.findUnique({ where: { id: pendingUserId }, select: { email: true, role: true, status: true } }) : null;
  if (!pendingUserId || !user || user.status !== "INVITED") throw new DomainError("errors.invalidToken");
  const problem = passwordProblem(password, { email: user.email });
  if (problem) throw new DomainError(problem, {}, "password");
  const userId = await consumeLinkToken(prisma, token, "INVITATION");
  if (userId !== pendingUserId) throw new DomainError("errors.invalidToken");
  await prisma.user.update({
    where: { id: userId },
    data: { name, status: "ACTIVE", passwordHash: await hashPassword(password), passwordChangedAt: clock.now(), sessionVersion: { increment: 1 } },
  });
  await audit({ action: "user.invitation.accepted", actor: { userId, role: user.role }, targetType: "user", targetId: userId });
}
