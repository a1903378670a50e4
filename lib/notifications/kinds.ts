// Every kind of notification in one table: who can receive it (for the settings page) and what a
// user gets until they choose otherwise. A kind is also the message key of its texts in
// messages/*/notifications.json (`notifications.kinds.<kind>.{label,title,body}`).
// Adding a kind: a row here and its three texts in both languages (tests/notifications checks).
import type { EmailFrequency, Role } from "@/lib/generated/prisma/enums";

export interface KindDefinition {
  /** Roles that can receive it; the settings page lists only these. */
  roles: readonly Role[];
  inApp: boolean;
  email: EmailFrequency;
  /** E-mail choices offered; new fitting jobs come as a digest only, never one mail per job. */
  emailChoices: readonly EmailFrequency[];
}

const FIRM = ["FIRM_ADMIN", "FIRM_MEMBER"] as const;
const ALL_CHOICES = ["IMMEDIATE", "DAILY_DIGEST", "NEVER"] as const;
const immediate = (roles: readonly Role[]): KindDefinition => ({ roles, inApp: true, email: "IMMEDIATE", emailChoices: ALL_CHOICES });

export const NOTIFICATION_KINDS = {
  // firms
  "jobs.fitting": { roles: FIRM, inApp: true, email: "DAILY_DIGEST", emailChoices: ["DAILY_DIGEST", "NEVER"] },
  "job.invited": immediate(FIRM),
  "job.questionAnswered": immediate(FIRM),
  "firm.profileStale": immediate(["FIRM_ADMIN"]),
  // who is free when (lib/capacity): 14 days without a declaration update, to everyone who may declare
  "capacity.reminder": immediate(FIRM),
  // a firm that goes down is replaced (lib/outages): the lead of each group it leaves short, staff
  // when the lead itself is down, the substitute asked, and the lead told of its answer
  "outage.memberDown": immediate(["FIRM_ADMIN"]),
  "outage.leadDown": { roles: ["ASSOCIATION_STAFF", "FEDERATION_STAFF"], inApp: true, email: "IMMEDIATE", emailChoices: ALL_CHOICES },
  "substitution.requested": immediate(["FIRM_ADMIN"]),
  "substitution.answered": immediate(["FIRM_ADMIN"]),
  // buyers
  "job.published": immediate(["BUYER"]),
  "job.returned": immediate(["BUYER"]),
  "job.handRaised": immediate(["BUYER"]),
  "job.questionAsked": immediate(["BUYER"]),
  "job.expired": immediate(["BUYER"]),
  // joint-order groups (lib/groups/announce.ts)
  "group.invited": immediate(["FIRM_ADMIN"]),
  "group.declined": immediate(["BUYER"]),
  "group.awaitingApproval": { roles: ["ASSOCIATION_STAFF", "FEDERATION_STAFF"], inApp: true, email: "IMMEDIATE", emailChoices: ALL_CHOICES },
  "group.approved": immediate(["BUYER", "FIRM_ADMIN", "FIRM_MEMBER"]),
  "group.sentBack": immediate(["BUYER", "FIRM_ADMIN"]),
  "group.cancelled": immediate(["BUYER", "FIRM_ADMIN"]),
  // Conversations can be lively: in the app at once, by e-mail in the daily digest unless chosen otherwise.
  "group.message": { roles: ["BUYER", ...FIRM], inApp: true, email: "DAILY_DIGEST", emailChoices: ALL_CHOICES },
  "group.awarded": immediate(["FIRM_ADMIN", "FIRM_MEMBER"]),
  "group.stepLate": immediate(["BUYER", "FIRM_ADMIN"]),
  "group.delivered": immediate(["BUYER"]),
  // quality (lib/quality): a non-conformance's every stage, to the buyer, the lead and the responsible member
  "quality.nc": immediate(["BUYER", ...FIRM]),
  // quotes and offers (lib/quotes)
  "offer.sent": immediate(["BUYER"]),
  "offer.revisionRequested": immediate(["FIRM_ADMIN"]),
  "offer.declined": immediate(["FIRM_ADMIN"]),
  "offer.lapsing": immediate(["FIRM_ADMIN"]),
  "offer.lapsed": immediate(["BUYER", "FIRM_ADMIN"]),
  // inquiries from a firm's page (lib/inquiries): a new thread or a reply, to the other party. Fewer
  // and more personal than group talk, so by e-mail at once unless the user chooses the digest.
  "inquiry.message": immediate(["BUYER", ...FIRM, "ASSOCIATION_STAFF", "FEDERATION_STAFF"]),
  // standing groups (恒常的な共同受注体制; lib/groups/announce.ts)
  "standing.invited": immediate(["FIRM_ADMIN"]),
  "standing.declined": immediate(["FIRM_ADMIN"]),
  "standing.awaitingApproval": { roles: ["ASSOCIATION_STAFF", "FEDERATION_STAFF"], inApp: true, email: "IMMEDIATE", emailChoices: ALL_CHOICES },
  "standing.approved": immediate(FIRM),
  "standing.sentBack": immediate(["FIRM_ADMIN"]),
  "standing.ended": immediate(FIRM),
  // orders: the contractor, documents and payments (lib/orders)
  "contractor.requested": { roles: ["ASSOCIATION_STAFF"], inApp: true, email: "IMMEDIATE", emailChoices: ALL_CHOICES },
  "contractor.accepted": immediate(["FIRM_ADMIN"]),
  "contractor.declined": immediate(["FIRM_ADMIN"]),
  "order.longTerms": immediate(["FIRM_ADMIN", "ASSOCIATION_STAFF"]),
  "payment.overdue": immediate(["FIRM_ADMIN", "BUYER", "ASSOCIATION_STAFF", "FEDERATION_STAFF"]),
  "payment.paid": immediate(["FIRM_ADMIN", "ASSOCIATION_STAFF"]),
  // staff
  "job.awaitingReview": { roles: ["ASSOCIATION_STAFF", "FEDERATION_STAFF"], inApp: true, email: "DAILY_DIGEST", emailChoices: ALL_CHOICES },
} as const satisfies Record<string, KindDefinition>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const KIND_NAMES = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export function isNotificationKind(value: string): value is NotificationKind {
  return Object.hasOwn(NOTIFICATION_KINDS, value);
}

export function kindDefinition(kind: NotificationKind): KindDefinition {
  return NOTIFICATION_KINDS[kind];
}

export function kindsForRole(role: Role): NotificationKind[] {
  return KIND_NAMES.filter((kind) => (NOTIFICATION_KINDS[kind].roles as readonly Role[]).includes(role));
}

export interface EffectivePreference {
  inApp: boolean;
  email: EmailFrequency;
}

/** The stored choice, or the kind's default; a stored e-mail choice the kind no longer offers falls back to the default. */
export function effectivePreference(kind: NotificationKind, stored: { inApp: boolean; email: EmailFrequency } | undefined): EffectivePreference {
  const definition = kindDefinition(kind);
  if (!stored) return { inApp: definition.inApp, email: definition.email };
  return { inApp: stored.inApp, email: definition.emailChoices.includes(stored.email) ? stored.email : definition.email };
}
