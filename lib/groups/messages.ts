// Messages kept with a group's job, in two channels: among the member firms (staff of their
// associations may read and write there too) and between the group and the buyer. The buyer never
// sees the members' own channel. A message may carry one file, checked like a job's drawings.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, NotFoundError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import type { MessageChannel } from "@/lib/generated/prisma/enums";
import { recordNotifications, sendPendingMails } from "@/lib/notifications";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DRAWING_KINDS, IMAGE_KINDS } from "@/lib/uploads/file-kinds";
import { storeUpload } from "@/lib/uploads/storage";
import { loadGroupRef } from "./group-access";
import type { ChannelName } from "./messages-channels";

export const MESSAGE_FILE_MAX_BYTES = 20 * 1024 * 1024;
/** The newest messages shown; the thread says when there are more. */
export const MESSAGES_SHOWN = 200;

const CHANNEL: Record<ChannelName, MessageChannel> = { internal: "GROUP_INTERNAL", buyer: "GROUP_BUYER" };

/** The channels a viewer of the group may use: the buyer only the buyer channel. */
export function channelsFor(viewer: Pick<Viewer, "role">): ChannelName[] {
  return viewer.role === "BUYER" ? ["buyer"] : ["internal", "buyer"];
}

export async function listGroupMessages(db: Database, viewer: Viewer, groupId: string, channel: ChannelName) {
  const { group } = await loadGroupRef(db.prisma, viewer, groupId, "group.view");
  if (!channelsFor(viewer).includes(channel)) throw new NotFoundError("group");
  const newest = await db.prisma.message.findMany({
    where: { groupId: group.id, channel: CHANNEL[channel] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MESSAGES_SHOWN,
    select: { id: true, body: true, createdAt: true, authorId: true, attachments: { select: { id: true, fileName: true, sizeBytes: true } } },
  });
  const authorIds = [...new Set(newest.flatMap((m) => (m.authorId ? [m.authorId] : [])))];
  const authors = await db.prisma.user.findMany({
    where: { id: { in: authorIds } },
    select: { id: true, name: true, firm: { select: { nameJa: true, nameEn: true } }, buyerOrg: { select: { name: true } }, association: { select: { nameJa: true, nameEn: true } } },
  });
  const byId = new Map(authors.map((a) => [a.id, a]));
  return newest.reverse().map((m) => ({ ...m, author: m.authorId ? (byId.get(m.authorId) ?? null) : null, mine: m.authorId === viewer.userId }));
}

export async function postGroupMessage(
  db: Database,
  viewer: Viewer,
  input: { groupId: string; channel: ChannelName; body: string },
  file: { bytes: Uint8Array; name: string } | null = null,
) {
  const { group } = await loadGroupRef(db.prisma, viewer, input.groupId, "message.send");
  const jobId = group.jobId;
  if (!channelsFor(viewer).includes(input.channel) || !jobId) throw new NotFoundError("group");
  if (group.status === "CANCELLED" || group.status === "DISSOLVED") throw new DomainError("groups.messages.closed");
  const body = input.body.trim();
  if (body === "" && !file) throw new DomainError("groups.messages.empty", {}, "body");
  const stored = file ? await storeUpload(file.bytes, file.name, { allowed: DRAWING_KINDS, maxBytes: MESSAGE_FILE_MAX_BYTES }) : null;
  // The message and its notifications commit together (decision 019); mails go after the commit.
  const { message, mails } = await db.prisma.$transaction(async (tx) => {
    const created = await tx.message.create({
      data: {
        jobId, groupId: group.id, channel: CHANNEL[input.channel], authorId: viewer.userId, body,
        ...(stored
          ? {
              attachments: {
                create: {
                  kind: IMAGE_KINDS.includes(stored.kind) ? "IMAGE" : stored.kind === "pdf" ? "DOCUMENT" : "DRAWING",
                  fileName: stored.fileName, mimeType: stored.mimeType, sizeBytes: stored.sizeBytes, sha256: stored.sha256, storageKey: stored.storageKey,
                  uploadedById: viewer.userId, groupId: group.id,
                },
              },
            }
          : {}),
      },
      select: { id: true },
    });
    return { message: created, mails: await announceMessage(tx, viewer, group, input.channel, body) };
  });
  await sendPendingMails(db.prisma, mails);
  return message;
}

/** Everyone else on the channel hears of it: the member firms' users, and the buyer's on the buyer channel. */
async function announceMessage(tx: Prisma.TransactionClient, viewer: Viewer, group: Awaited<ReturnType<typeof loadGroupRef>>["group"], channel: ChannelName, body: string) {
  const firmIds = group.members.filter((m) => m.status === "INVITED" || m.status === "ACCEPTED").map((m) => m.firmId);
  const recipients = await tx.user.findMany({
    where: {
      status: "ACTIVE",
      id: { not: viewer.userId },
      OR: [
        { firmId: { in: firmIds }, role: { in: ["FIRM_ADMIN", "FIRM_MEMBER"] } },
        ...(channel === "buyer" && group.job ? [{ buyerOrgId: group.job.buyerOrgId, role: "BUYER" as const }] : []),
      ],
    },
    select: { id: true },
  });
  const job = await tx.job.findUniqueOrThrow({ where: { id: group.jobId! }, select: { titleJa: true, titleEn: true } });
  return recordNotifications(tx, {
    kind: "group.message",
    params: { title: job.titleJa, titleEn: job.titleEn || job.titleJa, author: viewer.name ?? "", excerpt: body.length > 80 ? `${body.slice(0, 80)}…` : body },
    linkPath: `/groups/${group.id}?channel=${channel}#messages`,
    userIds: recipients.map((u) => u.id),
  });
}
