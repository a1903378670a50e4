// The files of a group — posted in its messages, with a progress report or with a delivery — and who
// may download each: readers of that message channel, or those who follow the group's progress.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { NotFoundError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { loadGroupRef } from "./group-access";
import { channelsFor } from "./messages";

/** A file of a group — posted in its messages or with a progress report — for those who may read
 *  it (that channel of the messages; the group's progress); else 404. */
export async function groupFileForDownload(db: Database, viewer: Viewer, attachmentId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(attachmentId)) throw new NotFoundError("group");
  const attachment = await db.prisma.attachment.findUnique({
    where: { id: attachmentId },
    select: { storageKey: true, fileName: true, mimeType: true, message: { select: { groupId: true, channel: true } }, progressUpdate: { select: { assignment: { select: { groupId: true } } } }, deliveryDocument: { select: { groupId: true } } },
  });
  // A delivery document (mill certificate, RoHS …): for those who follow the group's progress.
  if (attachment?.deliveryDocument) {
    await loadGroupRef(db.prisma, viewer, attachment.deliveryDocument.groupId, "progress.view");
    return attachment;
  }
  if (attachment?.progressUpdate) {
    await loadGroupRef(db.prisma, viewer, attachment.progressUpdate.assignment.groupId, "progress.view");
    return attachment;
  }
  if (!attachment?.message?.groupId) throw new NotFoundError("group");
  await loadGroupRef(db.prisma, viewer, attachment.message.groupId, "group.view");
  if (attachment.message.channel === "GROUP_INTERNAL" && !channelsFor(viewer).includes("internal")) throw new NotFoundError("group");
  return attachment;
}
