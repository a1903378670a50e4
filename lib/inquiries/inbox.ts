// Reading inquiries: the inbox (threads the viewer's organisation is a party to, newest activity
// first, unread marked per user), one thread (opening it marks it read) and its files. Every query
// carries inquiryVisibleWhere, so a thread of other parties is simply not found (404).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize, NotFoundError } from "@/lib/authz";
import { inquiryVisibleWhere } from "@/lib/authz/scope";
import type { Database } from "@/lib/db/client";
import { inquiryResource, inquiryResourceSelect, isFirmSide, personOrgName, personSelect, senderNamesSelect, senderOrgName, type OrgName } from "./parties";
import { clock } from "@/lib/clock";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The newest threads listed in the inbox, and messages shown in a thread; the pages say when there are more. */
export const INBOX_SHOWN = 100;
export const THREAD_MESSAGES_SHOWN = 200;

const threadSelect = {
  ...inquiryResourceSelect,
  ...senderNamesSelect,
  subject: true,
  lastMessageAt: true,
  createdAt: true,
  senderUser: { select: { name: true } },
  firm: { select: { nameJa: true, nameEn: true, status: true } },
} as const;

type ThreadRow = { firmId: string; firm: { nameJa: string; nameEn: string | null } } & Parameters<typeof senderOrgName>[0];

/** Which side the viewer is on and who is on the other side (by organisation name). */
function counterpart(viewer: Viewer, row: ThreadRow): { direction: "received" | "sent"; other: OrgName } {
  return isFirmSide(viewer, row)
    ? { direction: "received", other: senderOrgName(row) }
    : { direction: "sent", other: { ja: row.firm.nameJa, en: row.firm.nameEn ?? "" } };
}

export async function listInquiries(db: Database, viewer: Viewer) {
  authorize(viewer, "inquiry.view");
  const rows = await db.prisma.inquiry.findMany({
    where: inquiryVisibleWhere(viewer),
    orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
    take: INBOX_SHOWN,
    select: { ...threadSelect, reads: { where: { userId: viewer.userId }, select: { readAt: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    subject: row.subject,
    lastMessageAt: row.lastMessageAt,
    senderName: row.senderUser?.name ?? null,
    unread: !row.reads[0] || row.reads[0].readAt < row.lastMessageAt,
    ...counterpart(viewer, row),
  }));
}
export type InboxItem = Awaited<ReturnType<typeof listInquiries>>[number];

/** One thread with its newest messages, oldest first; marks it read for the viewer. */
export async function loadInquiryThread(db: Database, viewer: Viewer, inquiryId: string, now = clock.now()) {
  authorize(viewer, "inquiry.view");
  if (!UUID.test(inquiryId)) throw new NotFoundError("inquiry");
  const row = await db.prisma.inquiry.findFirst({ where: { AND: [{ id: inquiryId }, inquiryVisibleWhere(viewer)] }, select: threadSelect });
  if (!row) throw new NotFoundError("inquiry");
  authorize(viewer, "inquiry.view", inquiryResource(row));
  const newest = await db.prisma.inquiryMessage.findMany({
    where: { inquiryId: row.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: THREAD_MESSAGES_SHOWN,
    select: { id: true, body: true, createdAt: true, authorId: true, author: { select: personSelect }, attachments: { select: { id: true, fileName: true, sizeBytes: true } } },
  });
  await db.prisma.inquiryRead.upsert({
    where: { inquiryId_userId: { inquiryId: row.id, userId: viewer.userId } },
    create: { inquiryId: row.id, userId: viewer.userId, readAt: now },
    update: { readAt: now },
  });
  return {
    id: row.id,
    subject: row.subject,
    createdAt: row.createdAt,
    firmId: row.firmId,
    ...counterpart(viewer, row),
    /** Replies stop when the firm is no longer verified (suspended, for example). */
    open: row.firm.status === "VERIFIED",
    messages: newest.reverse().map((m) => ({
      id: m.id,
      body: m.body,
      createdAt: m.createdAt,
      mine: m.authorId === viewer.userId,
      author: m.author ? { name: m.author.name, org: personOrgName(m.author) } : null,
      attachments: m.attachments,
    })),
  };
}
export type InquiryThread = Awaited<ReturnType<typeof loadInquiryThread>>;

/** A file of a thread, for the parties only (else 404). */
export async function inquiryFileForDownload(db: Database, viewer: Viewer, attachmentId: string) {
  authorize(viewer, "inquiry.view");
  if (!UUID.test(attachmentId)) throw new NotFoundError("inquiry");
  const attachment = await db.prisma.attachment.findFirst({
    where: { id: attachmentId, inquiryMessage: { inquiry: inquiryVisibleWhere(viewer) } },
    select: { storageKey: true, fileName: true, mimeType: true, inquiryMessage: { select: { inquiry: { select: inquiryResourceSelect } } } },
  });
  if (!attachment?.inquiryMessage) throw new NotFoundError("inquiry");
  authorize(viewer, "inquiry.view", inquiryResource(attachment.inquiryMessage.inquiry));
  return attachment;
}
