// Sending a notification: one row per recipient (shown in the app when the recipient wants it in
// the app, kept for the daily digest when they want it by e-mail daily) and an e-mail right away
// when they want that. Recipients that are not ACTIVE get nothing.
// Call it after the change it announces is committed: mails cannot be rolled back.
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

export async function notify(db: NotificationDb, input: NotificationInput & { userIds: readonly string[] }): Promise<NotifyResult> {
  const userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return { stored: 0, emailed: 0 };
  const users = await db.user.findMany({ where: { id: { in: userIds }, status: "ACTIVE" }, select: { id: true, email: true, name: true, locale: true } });
  const preferences = await preferencesFor(db, users.map((u) => u.id), input.kind);
  const params = input.params ?? {};
  const linkPath = input.linkPath ?? null;
  const at = input.at ?? clock.now();
  const result: NotifyResult = { stored: 0, emailed: 0 };
  for (const user of users) {
    const preference = preferences.get(user.id);
    if (!preference || (!preference.inApp && preference.email === "NEVER")) continue;
    const row = await db.notification.create({
      data: { userId: user.id, kind: input.kind, params: params as Prisma.InputJsonObject, linkPath, inApp: preference.inApp, createdAt: at },
      select: { id: true },
    });
    result.stored++;
    if (preference.email !== "IMMEDIATE") continue;
    try {
      await sendNotificationMail({ email: user.email, name: user.name, locale: asNotificationLocale(user.locale) }, { kind: input.kind, params, linkPath });
      await db.notification.update({ where: { id: row.id }, data: { emailedAt: at } });
      result.emailed++;
    } catch (error) {
      // The notification is still in the app; a mail server hiccup must not fail the business change.
      console.warn(`[notifications] mail to user ${user.id} failed: ${(error as Error).message}`);
    }
  }
  return result;
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
