// A drawing handed to one reader: the buyer gets its original; everyone else a copy stamped with
// their organisation, name and the day. Every view and download is logged before the bytes leave.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { clock } from "@/lib/clock";
import { getPrisma } from "@/lib/db/client";
import { readUpload } from "@/lib/uploads/storage";
import { organisationName, recordAccess } from "./access-log";
import { loadDrawing } from "./drawings-access";
import { stampFor } from "./stamp";
import { tokyoDay } from "./stamp-text";

export type Purpose = "VIEW" | "DOWNLOAD";

export async function drawingForReader(viewer: Viewer, attachmentId: string, purpose: Purpose, ipAddress: string, now = clock.now()) {
  const { attachment, job } = await loadDrawing(viewer, attachmentId);
  const original = viewer.buyerOrgId === job.buyerOrgId;
  const organisation = await organisationName(viewer);
  const stored = new Uint8Array(await readUpload(attachment.storageKey));
  const bytes = original ? stored : await stampFor(attachment.mimeType, stored, { organisation, user: viewer.name, date: tokyoDay(now) });
  await recordAccess(await getPrisma(), {
    jobId: attachment.jobId,
    attachment,
    kind: purpose,
    who: { firmId: viewer.firmId, firmName: organisation, userId: viewer.userId, userName: viewer.name },
    ipAddress,
    at: now,
  });
  return { bytes, fileName: attachment.fileName, mimeType: attachment.mimeType };
}
