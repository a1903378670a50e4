// The viewer's own notifications: list, unread count, mark read/unread. Every query is limited to
// the viewer's user id, so another user's notification is simply not found (404, no effect).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize } from "@/lib/authz/policy";
import { NotFoundError } from "@/lib/authz/errors";
import type { NotificationDb } from "./db";
import { asNotificationLocale, asParams, renderNotification } from "./render";
import { clock } from "@/lib/clock";

const own = (viewer: Viewer) => ({ userId: viewer.userId, inApp: true });

export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  linkPath: string | null;
  read: boolean;
  createdAt: Date;
}

export async function listNotifications(db: NotificationDb, viewer: Viewer, options: { take?: number } = {}): Promise<NotificationItem[]> {
  authorize(viewer, "notification.view");
  const rows = await db.notification.findMany({
    where: own(viewer),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(options.take ?? 50, 200),
    select: { id: true, kind: true, params: true, linkPath: true, readAt: true, createdAt: true },
  });
  const locale = asNotificationLocale(viewer.locale);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    ...renderNotification(locale, row.kind, asParams(row.params)),
    linkPath: row.linkPath,
    read: row.readAt !== null,
    createdAt: row.createdAt,
  }));
}

export async function unreadCount(db: NotificationDb, viewer: Viewer): Promise<number> {
  authorize(viewer, "notification.view");
  return db.notification.count({ where: { ...own(viewer), readAt: null } });
}

/** Marks one of the viewer's notifications read (or unread again); NotFoundError for anyone else's. */
export async function markRead(db: NotificationDb, viewer: Viewer, id: string, read = true): Promise<void> {
  authorize(viewer, "notification.view");
  const updated = await db.notification.updateMany({ where: { ...own(viewer), id }, data: { readAt: read ? clock.now() : null } });
  if (updated.count === 0) throw new NotFoundError("notification");
}

export async function markAllRead(db: NotificationDb, viewer: Viewer): Promise<{ marked: number }> {
  authorize(viewer, "notification.view");
  const updated = await db.notification.updateMany({ where: { ...own(viewer), readAt: null }, data: { readAt: clock.now() } });
  return { marked: updated.count };
}
