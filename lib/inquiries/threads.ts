// Starting an inquiry with a verified firm and writing in its thread. Abuse protection: a user
// starts at most INQUIRY_MAX_NEW_PER_DAY threads in 24 hours; a firm cannot ask itself; firms that
// are not verified (pending, rejected, suspended) cannot be contacted. The other party hears of each
// message through the notifications (kind "inquiry.message").
import "server-only";
import { audit } from "@/lib/audit/log";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize, DomainError, NotFoundError } from "@/lib/authz";
import { firmVisibleWhere, inquiryVisibleWhere } from "@/lib/authz/scope";
import { env } from "@/lib/config/env";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordNotifications, sendPendingMails, type PendingMails } from "@/lib/notifications";
import { DRAWING_KINDS, IMAGE_KINDS } from "@/lib/uploads/file-kinds";
import { storeUpload, UploadRejectedError, type StoredUpload } from "@/lib/uploads/storage";
import { inquiryResource, inquiryResourceSelect, isFirmSide, personOrgName, personSelect, senderOrgOf } from "./parties";
import { INQUIRY_FILE_MAX_BYTES } from "./schemas";
import { clock } from "@/lib/clock";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface UploadedFile {
  bytes: Uint8Array;
  name: string;
}

/** Checks the file by its content and size, and stores it; a rejection is an error next to the file field. */
async function storeInquiryFile(file: UploadedFile | null): Promise<StoredUpload | null> {
  if (!file) return null;
  try {
    return await storeUpload(file.bytes, file.name, { allowed: DRAWING_KINDS, maxBytes: INQUIRY_FILE_MAX_BYTES });
  } catch (error) {
    if (error instanceof UploadRejectedError) throw new DomainError(`inquiries.upload.${error.problem}`, {}, "file");
    throw error;
  }
}

function messageData(viewer: Viewer, body: string, stored: StoredUpload | null, createdAt: Date) {
  return {
    authorId: viewer.userId, body, createdAt,
    ...(stored
      ? {
          attachments: {
            create: {
              kind: IMAGE_KINDS.includes(stored.kind) ? ("IMAGE" as const) : stored.kind === "pdf" ? ("DOCUMENT" as const) : ("DRAWING" as const),
              fileName: stored.fileName, mimeType: stored.mimeType, sizeBytes: stored.sizeBytes, sha256: stored.sha256, storageKey: stored.storageKey,
              uploadedById: viewer.userId,
            },
          },
        }
      : {}),
  } satisfies Omit<Prisma.InquiryMessageUncheckedCreateInput, "inquiryId">;
}

async function newThreadsToday(db: Pick<Database["prisma"], "inquiry">, viewer: Viewer, now: Date) {
  return db.inquiry.count({ where: { senderUserId: viewer.userId, createdAt: { gt: new Date(now.getTime() - DAY_MS) } } });
}

/** A new thread with a firm, from its page. Returns the thread's id. */
export async function createInquiry(
  db: Database,
  viewer: Viewer,
  input: { firmId: string; subject: string; body: string },
  file: UploadedFile | null = null,
  now = clock.now(),
): Promise<{ id: string }> {
  authorize(viewer, "inquiry.send");
  if (!UUID.test(input.firmId)) throw new NotFoundError("firm");
  const firm = await db.prisma.firm.findFirst({
    where: { AND: [{ id: input.firmId }, firmVisibleWhere(viewer)] },
    select: { id: true, associationId: true, status: true, nameJa: true, nameEn: true, association: { select: { federationId: true } } },
  });
  if (!firm) throw new NotFoundError("firm");
  if (firm.id === viewer.firmId) throw new DomainError("inquiries.errors.ownFirm");
  if (firm.status !== "VERIFIED") throw new DomainError("inquiries.errors.notContactable");
  authorize(viewer, "inquiry.send", { type: "firm", id: firm.id, associationId: firm.associationId, federationId: firm.association.federationId, status: firm.status });
  const sender = senderOrgOf(viewer);
  if (!sender) throw new NotFoundError("firm");

  const max = env().INQUIRY_MAX_NEW_PER_DAY;
  const limitReached = () => new DomainError("inquiries.errors.dailyLimit", { max });
  if ((await newThreadsToday(db.prisma, viewer, now)) >= max) throw limitReached();
  const stored = await storeInquiryFile(file);
  const { inquiry, mails } = await db.prisma.$transaction(async (tx) => {
    // One user's requests take turns here, so two at once cannot both pass the limit.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${viewer.userId}::uuid FOR UPDATE`;
    if ((await newThreadsToday(tx, viewer, now)) >= max) throw limitReached();
    const created = await tx.inquiry.create({
      data: {
        firmId: firm.id, senderUserId: viewer.userId, ...sender, subject: input.subject, lastMessageAt: now, createdAt: now,
        messages: { create: messageData(viewer, input.body, stored, now) },
        reads: { create: { userId: viewer.userId, readAt: now } },
      },
      select: { id: true },
    });
    return { inquiry: created, mails: await announce(tx, viewer, { id: created.id, firmId: firm.id, senderUserId: viewer.userId, ...sender, subject: input.subject }, input.body, now) };
  });
  await audit({ action: "inquiry.start", actor: { userId: viewer.userId, role: viewer.role }, targetType: "inquiry", targetId: inquiry.id, details: { firmId: firm.id } });
  await sendPendingMails(db.prisma, mails);
  return inquiry;
}

/** A message in a thread the viewer's organisation is a party to (else 404). */
export async function postInquiryMessage(
  db: Database,
  viewer: Viewer,
  input: { inquiryId: string; body: string },
  file: UploadedFile | null = null,
  now = clock.now(),
): Promise<{ id: string }> {
  authorize(viewer, "inquiry.reply");
  if (!UUID.test(input.inquiryId)) throw new NotFoundError("inquiry");
  const inquiry = await db.prisma.inquiry.findFirst({
    where: { AND: [{ id: input.inquiryId }, inquiryVisibleWhere(viewer)] },
    select: { ...inquiryResourceSelect, senderUserId: true, subject: true, firm: { select: { status: true } } },
  });
  if (!inquiry) throw new NotFoundError("inquiry");
  authorize(viewer, "inquiry.reply", inquiryResource(inquiry));
  if (inquiry.firm.status !== "VERIFIED") throw new DomainError("inquiries.errors.closed");
  const stored = await storeInquiryFile(file);
  // The message and the notifications it triggers commit together: a failure leaves neither, so
  // the user's retry does not post the message twice (decision 019).
  const { message, mails } = await db.prisma.$transaction(async (tx) => {
    const created = await tx.inquiryMessage.create({ data: { inquiryId: inquiry.id, ...messageData(viewer, input.body, stored, now) }, select: { id: true } });
    await tx.inquiry.update({ where: { id: inquiry.id }, data: { lastMessageAt: now } });
    await tx.inquiryRead.upsert({ where: { inquiryId_userId: { inquiryId: inquiry.id, userId: viewer.userId } }, create: { inquiryId: inquiry.id, userId: viewer.userId, readAt: now }, update: { readAt: now } });
    return { message: created, mails: await announce(tx, viewer, inquiry, input.body, now) };
  });
  await sendPendingMails(db.prisma, mails);
  return message;
}

type ThreadParties = { id: string; firmId: string; senderUserId: string | null; subject: string } & NonNullable<ReturnType<typeof senderOrgOf>>;

/** Who hears of a message: the firm's people, or the sender's organisation (for staff, the staff
 *  member who asked; colleagues see the thread in their inbox). Null: nobody is left to tell. */
function otherParty(viewer: Viewer, inquiry: ThreadParties): Prisma.UserWhereInput | null {
  if (!isFirmSide(viewer, inquiry)) return { firmId: inquiry.firmId, role: { in: ["FIRM_ADMIN", "FIRM_MEMBER"] } };
  if (inquiry.senderFirmId) return { firmId: inquiry.senderFirmId, role: { in: ["FIRM_ADMIN", "FIRM_MEMBER"] } };
  if (inquiry.senderBuyerOrgId) return { buyerOrgId: inquiry.senderBuyerOrgId, role: "BUYER" };
  return inquiry.senderUserId ? { id: inquiry.senderUserId } : null;
}

/** Writes the other party's notifications in the message's transaction; returns the mails to send after it. */
async function announce(tx: Prisma.TransactionClient, viewer: Viewer, inquiry: ThreadParties, body: string, now: Date): Promise<PendingMails> {
  const where = otherParty(viewer, inquiry);
  if (!where) return { stored: 0, mails: [] };
  const recipients = await tx.user.findMany({ where: { AND: [where, { status: "ACTIVE", NOT: { id: viewer.userId } }] }, select: { id: true } });
  const author = await tx.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: personSelect });
  const org = personOrgName(author);
  return recordNotifications(tx, {
    at: now,
    kind: "inquiry.message",
    params: { subject: inquiry.subject, author: author.name, org: org.ja, orgEn: org.en, excerpt: body.length > 80 ? `${body.slice(0, 80)}…` : body },
    linkPath: `/inquiries/${inquiry.id}`,
    userIds: recipients.map((u) => u.id),
  });
}
