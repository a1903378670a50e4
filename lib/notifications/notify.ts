// Sending a notification: one row per recipient (shown in the app when the recipient wants it in
// the app, kept for the daily digest when they want it by e-mail daily) and an e-mail right away
// when they want that. Recipients that are not ACTIVE get nothing.
// A change and its notifications commit together: recordNotifications in the change's transaction,
// then sendPendingMails after the commit (mails cannot be rolled back). notify() does both at once.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { NotificationDb } from "./db";
import { sendNotificationMail } from "./email";
import type { NotificationKind } from "./kinds";
import { clock } from "@/lib/clock";
import { preferencesFor } from "./preferences";
import { asNotificationLocale, type NotificationParams } from "./render";

export interface NotificationInput {
  kind: NotificationKind;
  /** Values for the kind's texts; "title" + "titleEn" pairs are shown in the reader's language. */
  params?: NotificationParams;
  /** Where the notification leads inside the app, e.g. "/jobs/<id>". */
  linkPath?: string | null;
  /** When it happened: the caller's `now` (reminders compare it later), else the clock's. */
  at?: Date;
}

export interface NotifyResult {
  /** Rows written (in the app or waiting for the digest). */
  stored: number;
  emailed: number;
}

/** Mails owed for notifications written in a transaction, to send once it has committed. */
export interface PendingMails {
  stored: number;
  mails: { rowId: string; to: { userId: string; email: string; name: string; locale: string }; kind: NotificationKind; params: NotificationParams; linkPath: string | null; at: Date }[];
}

/** Writes the notification rows with `db` (pass the transaction of the change they announce, so the
 *  change and its notifications commit together or not at all) and returns the mails still to send:
 *  give them to `sendPendingMails` after the commit, since mails cannot be rolled back. */
export async function recordNotifications(db: NotificationDb, input: NotificationInput & { userIds: readonly string[] }): Promise<PendingMails> {
  const userIds = [...new Set(input.userIds)];
  const pending: PendingMails = { stored: 0, mails: [] };
  if (userIds.length === 0) return pending;
  const users = await db.user.findMany({ where: { id: { in: userIds }, status: "ACTIVE" }, select: { id: true, email: true, name: true, locale: true } });
  const preferences = await preferencesFor(db, users.map((u) => u.id), input.kind);
  const params = input.params ?? {};
  const linkPath = input.linkPath ?? null;
  const at = input.at ?? clock.now();
  for (const user of users) {
    const preference = preferences.get(user.id);
    if (!preference || (!preference.inApp && preference.email === "NEVER")) continue;
    const row = await db.notification.create({
      data: { userId: user.id, kind: input.kind, params: params as Prisma.InputJsonObject, linkPath, inApp: preference.inApp, createdAt: at },
      select: { id: true },
    });
    pending.stored++;
    if (preference.email !== "IMMEDIATE") continue;
    pending.mails.push({ rowId: row.id, to: { userId: user.id, email: user.email, name: user.name, locale: user.locale }, kind: input.kind, params, linkPath, at });
  }
  return pending;
}

/** Sends the mails of committed notifications; a mail server hiccup leaves the notification in the app. */
export async function sendPendingMails(db: NotificationDb, pending: PendingMails): Promise<NotifyResult> {
  const result: NotifyResult = { stored: pending.stored, emailed: 0 };
  for (const mail of pending.mails) {
    try {
      await sendNotificationMail({ email: mail.to.email, name: mail.to.name, locale: asNotificationLocale(mail.to.locale) }, { kind: mail.kind, params: mail.params, linkPath: mail.linkPath });
      await db.notification.update({ where: { id: mail.rowId }, data: { emailedAt: mail.at } });
      result.emailed++;
    } catch (error) {
      // The notification is still in the app; a mail server hiccup must not fail the business change.
      console.warn(`[notifications] mail to user ${mail.to.userId} failed: ${(error as Error).message}`);
    }
  }
  return result;
}

/** Notifies right away: for a change already committed (or one that writes nothing else). */
export async function notify(db: NotificationDb, input: NotificationInput & { userIds: readonly string[] }): Promise<NotifyResult> {
  return sendPendingMails(db, await recordNotifications(db, input));
}

/** Every active user of a buyer organisation. */
export async function notifyBuyerOrg(db: NotificationDb, buyerOrgId: string, input: NotificationInput): Promise<NotifyResult> {
  const users = await db.user.findMany({ where: { buyerOrgId, role: "BUYER", status: "ACTIVE" }, select: { id: true } });
  return notify(db, { ...input, userIds: users.map((u) => u.id) });
}

/** Every active user of a firm, or only its administrators. */
export async function notifyFirm(
  db: NotificationDb,
  firmId: string,
  input: NotificationInput,
  audience: { onlyAdmins?: boolean } = {},
): Promise<NotifyResult> {
  const roles: Role[] = audience.onlyAdmins ? ["FIRM_ADMIN"] : ["FIRM_ADMIN", "FIRM_MEMBER"];
  const users = await db.user.findMany({ where: { firmId, role: { in: roles }, status: "ACTIVE" }, select: { id: true } });
  return notify(db, { ...input, userIds: users.map((u) => u.id) });
}
