// Drawings do not outlive their job: once a job has ended (closed, cancelled or expired) for the
// retention period of its agreement (90 days without one), the scheduled task deletes its drawings,
// file first and then the row, logging each deletion; the buyer may delete a drawing at any time.
// A run interrupted between file and row finds the row again and finishes it.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { audit } from "@/lib/audit/log";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import { getPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { TERMINAL_STATUSES } from "@/lib/jobs/state-machine";
import { deleteUpload } from "@/lib/uploads/storage";
import { organisationName, recordAccess, type AccessEntry } from "./access-log";
import { loadDrawing } from "./drawings-access";
import { DEFAULT_RETENTION_DAYS } from "./job-nda";

interface Drawing {
  id: string;
  jobId: string;
  fileName: string;
  storageKey: string;
}

async function deleteDrawingFile(prisma: PrismaClient, drawing: Drawing, who: AccessEntry["who"], ipAddress: string, now: Date): Promise<boolean> {
  await deleteUpload(drawing.storageKey);
  return prisma.$transaction(async (tx) => {
    const removed = await tx.attachment.deleteMany({ where: { id: drawing.id } });
    if (removed.count === 0) return false; // deleted meanwhile by another run or the buyer
    await recordAccess(tx, { jobId: drawing.jobId, attachment: drawing, kind: "DELETE", who, ipAddress, at: now });
    return true;
  });
}

interface DueRow extends Record<string, unknown> {
  id: string;
  jobId: string;
  fileName: string;
  storageKey: string;
}

/** The scheduled task: deletes every drawing whose job ended at least its retention period ago. */
export async function deleteExpiredDrawings(db: Pick<Database, "prisma" | "sql">, now = clock.now()): Promise<{ deleted: string[] }> {
  const due = await db.sql.query<DueRow>(
    `SELECT a.id, a."jobId", a."fileName", a."storageKey"
     FROM "Attachment" a
     JOIN "Job" j ON j.id = a."jobId"
     LEFT JOIN "JobNda" n ON n."jobId" = j.id
     WHERE a.kind IN ('DRAWING', 'SPECIFICATION', 'IMAGE')
       AND j.status = ANY($1::"JobStatus"[])
       AND j."closedAt" + make_interval(days => COALESCE(n."retentionDays", $2)) <= $3
     ORDER BY j."closedAt", a.id`,
    [[...TERMINAL_STATUSES], DEFAULT_RETENTION_DAYS, now],
  );
  const deleted: string[] = [];
  for (const drawing of due) {
    try {
      if (await deleteDrawingFile(db.prisma, drawing, null, "system", now)) deleted.push(drawing.id);
    } catch (error) {
      // One stuck file must not keep the others past their time; the next run tries it again.
      console.warn(`[queue] could not delete drawing ${drawing.id}: ${(error as Error).message}`);
    }
  }
  if (deleted.length) await audit({ action: "drawing.retention.deleted", actor: null, targetType: "attachment", details: { count: deleted.length, ids: deleted.slice(0, 100) } });
  return { deleted };
}

/** The buyer deletes one of its job's drawings before the retention period ends. */
export async function deleteDrawing(viewer: Viewer, attachmentId: string, ipAddress: string, now = clock.now()) {
  const { attachment } = await loadDrawing(viewer, attachmentId, "drawing.manage");
  const who = { firmId: null, firmName: await organisationName(viewer), userId: viewer.userId, userName: viewer.name };
  await deleteDrawingFile(await getPrisma(), attachment, who, ipAddress, now);
  return { jobId: attachment.jobId };
}
