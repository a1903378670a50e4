// Everything the job page shows, for a viewer who may see the job (loadJobRef first).
// One statement: the job, its buyer, steps, drawings, questions, history and hands raised. Prisma's
// nested select read them in eight round trips, each parsed and mapped on the request thread, on
// the page buyers and firms open most (decision 034).
import "server-only";
import { cache } from "react";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getPrisma } from "@/lib/db/client";
import type { AttachmentKind, JobStatus, JobVisibility } from "@/lib/generated/prisma/enums";
import { loadJobRef } from "./job-access";

interface JobRow {
  id: string;
  buyerOrgId: string;
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  partName: string;
  quantity: number;
  deadline: Date;
  answerBy: Date | null;
  deliveryPlace: string;
  deliveryMunicipalityCode: string | null;
  budgetMinYen: bigint | null;
  budgetMaxYen: bigint | null;
  leadCertificationCode: string | null;
  visibility: JobVisibility;
  status: JobStatus;
  publishedAt: Date | null;
  createdAt: Date;
  buyerOrg: { id: string; name: string; nameEn: string | null };
  steps: { id: string; position: number; processCode: string; materialCode: string | null; toleranceUm: number | null; sizeMm: number | null; quantity: number; notes: string }[];
  attachments: { id: string; kind: AttachmentKind; fileName: string; sizeBytes: number; mimeType: string }[];
  questions: Json<{ id: string; question: string; answer: string | null; answeredAt: Date | null; createdAt: Date }>[];
  statusChanges: Json<{ fromStatus: JobStatus | null; toStatus: JobStatus; createdAt: Date; reason: string | null }>[] | null;
  handRaises: Json<{ id: string; stepId: string; firmId: string; note: string; createdAt: Date; firm: { nameJa: string; nameEn: string | null } }>[];
}

/** A row as JSON carries it: its timestamps are ISO strings. */
type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

const at = (iso: string) => new Date(iso);
const atOrNull = (iso: string | null) => (iso === null ? null : new Date(iso));

export const getJobDetail = cache(async (viewer: Viewer, jobId: string) => {
  const ref = await loadJobRef(viewer, jobId);
  const prisma = await getPrisma();
  const isOwner = viewer.buyerOrgId === ref.buyerOrgId;
  // The buyer and staff see the job's history and who raised a hand; a firm sees only its own hands.
  const seesAll = isOwner || viewer.role.endsWith("_STAFF");
  const [row] = await prisma.$queryRaw<JobRow[]>`
    SELECT j."id", j."buyerOrgId", j."titleJa", j."titleEn", j."descriptionJa", j."descriptionEn", j."partName", j."quantity",
           j."deadline", j."answerBy", j."deliveryPlace", j."deliveryMunicipalityCode", j."budgetMinYen", j."budgetMaxYen",
           j."leadCertificationCode", j."visibility"::text AS "visibility", j."status"::text AS "status", j."publishedAt", j."createdAt",
           json_build_object('id', b."id", 'name', b."name", 'nameEn', b."nameEn") AS "buyerOrg",
           (SELECT coalesce(json_agg(json_build_object('id', s."id", 'position', s."position", 'processCode', s."processCode", 'materialCode', s."materialCode",
                     'toleranceUm', s."toleranceUm", 'sizeMm', s."sizeMm", 'quantity', s."quantity", 'notes', s."notes") ORDER BY s."position", s."id"), '[]')
              FROM "JobStep" s WHERE s."jobId" = j."id") AS "steps",
           (SELECT coalesce(json_agg(json_build_object('id', a."id", 'kind', a."kind", 'fileName', a."fileName", 'sizeBytes', a."sizeBytes", 'mimeType', a."mimeType")
                     ORDER BY a."createdAt", a."id"), '[]')
              FROM "Attachment" a WHERE a."jobId" = j."id") AS "attachments",
           (SELECT coalesce(json_agg(json_build_object('id', q."id", 'question', q."question", 'answer', q."answer", 'answeredAt', q."answeredAt", 'createdAt', q."createdAt")
                     ORDER BY q."createdAt", q."id"), '[]')
              FROM "JobQuestion" q WHERE q."jobId" = j."id") AS "questions",
           CASE WHEN ${seesAll} THEN
             (SELECT coalesce(json_agg(json_build_object('fromStatus', c."fromStatus", 'toStatus', c."toStatus", 'createdAt', c."createdAt", 'reason', c."reason")
                       ORDER BY c."createdAt", c."id"), '[]')
                FROM "JobStatusChange" c WHERE c."jobId" = j."id")
           END AS "statusChanges",
           (SELECT coalesce(json_agg(json_build_object('id', h."id", 'stepId', h."stepId", 'firmId', h."firmId", 'note', h."note", 'createdAt', h."createdAt",
                     'firm', json_build_object('nameJa', f."nameJa", 'nameEn', f."nameEn")) ORDER BY h."createdAt", h."id"), '[]')
              FROM "HandRaise" h JOIN "Firm" f ON f."id" = h."firmId"
             WHERE h."jobId" = j."id" AND (${seesAll} OR h."firmId" = ${viewer.firmId}::uuid)) AS "handRaises"
      FROM "Job" j JOIN "BuyerOrganization" b ON b."id" = j."buyerOrgId"
     WHERE j."id" = ${ref.id}::uuid`;
  if (!row) throw new Error(`job ${ref.id} vanished between its scope and its detail`);
  const { handRaises, questions, statusChanges, ...rest } = row;
  const job = {
    ...rest,
    questions: questions.map((q) => ({ ...q, answeredAt: atOrNull(q.answeredAt), createdAt: at(q.createdAt) })),
    statusChanges: statusChanges?.map((c) => ({ ...c, createdAt: at(c.createdAt) })),
  };
  return { job, handRaises: handRaises.map((h) => ({ ...h, createdAt: at(h.createdAt) })), isOwner, ref };
});
export type JobDetail = Awaited<ReturnType<typeof getJobDetail>>;
