// A member firm's start page: invitations to answer (with their expiry), steps to price and offers
// to send, steps to report, hand-offs to confirm, and the open jobs that fit the firm. Each list
// asks the policy first (shop-floor members answer no invitations and send no offers) and reads
// only the viewer's own firm's rows.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can } from "@/lib/authz";
import { isPendingFirmViewer, isVerifiedFirmViewer } from "@/lib/authz/viewer-kinds";
import type { Database } from "@/lib/db/client";
import type { SqlConnection } from "@/lib/db/sql-connection";
import { listJobsForFirm } from "@/lib/jobs/job-board";
import { tokyoDate } from "@/lib/queue/tasks/dates";
import type { StartItem } from "./items";
import { asDate, bilingual, endOfTokyoDay } from "./sql-parts";

/** How many fitting jobs the page names; the rest are one tap away on the job board. */
export const FITTING_JOBS_SHOWN = 3;
const LIMIT = 20;

type TitleRow = { group_id: string; kind: string; name: string; title_ja: string | null; title_en: string | null; due: unknown };

const groupHref = (row: TitleRow) => (row.kind === "STANDING" ? `/groups/standing/${row.group_id}` : `/groups/${row.group_id}`);
const subjectOf = (row: TitleRow) => (row.kind === "STANDING" ? bilingual(row.name, row.name) : bilingual(row.title_ja, row.title_en));
const toItems = (kind: StartItem["kind"], rows: TitleRow[]): StartItem[] => rows.map((row) => ({ kind, href: groupHref(row), subject: subjectOf(row), due: asDate(row.due) }));

const TITLE = `g.id AS group_id, g.kind::text AS kind, g.name, j."titleJa" AS title_ja, j."titleEn" AS title_en`;

function invitations(sql: SqlConnection, firmId: string, now: Date) {
  return sql.query<TitleRow>(
    `SELECT ${TITLE}, m."inviteExpiresAt" AS due
     FROM "GroupMember" m JOIN "JointOrderGroup" g ON g.id = m."groupId" LEFT JOIN "Job" j ON j.id = g."jobId"
     WHERE m."firmId" = $1 AND m.status = 'INVITED' AND g.status = 'INVITING' AND (m."inviteExpiresAt" IS NULL OR m."inviteExpiresAt" > $2)
     ORDER BY m."inviteExpiresAt" NULLS LAST, g.id LIMIT ${LIMIT}`,
    [firmId, now],
  );
}

/** Groups in which the firm has accepted and still has steps without its price (lib/quotes/quote-lines.ts). */
function stepsToPrice(sql: SqlConnection, firmId: string) {
  return sql.query<TitleRow>(
    `SELECT ${TITLE}, ${endOfTokyoDay(`j."answerBy"`)} AS due
     FROM "GroupMember" m JOIN "JointOrderGroup" g ON g.id = m."groupId" JOIN "Job" j ON j.id = g."jobId"
     WHERE m."firmId" = $1 AND m.status = 'ACCEPTED' AND g.kind = 'JOB' AND g.status IN ('INVITING', 'PENDING_APPROVAL', 'SENT_BACK', 'APPROVED')
       AND EXISTS (SELECT 1 FROM "GroupStepAssignment" a WHERE a."memberId" = m.id AND NOT EXISTS (SELECT 1 FROM "QuoteLine" q WHERE q."assignmentId" = a.id))
     ORDER BY j."answerBy" NULLS LAST, g.id LIMIT ${LIMIT}`,
    [firmId],
  );
}

/** Groups the firm leads whose offer is not sent yet, or whose buyer asked for a revision. */
function offersToSend(sql: SqlConnection, firmId: string) {
  return sql.query<TitleRow>(
    `SELECT ${TITLE}, ${endOfTokyoDay(`j."answerBy"`)} AS due
     FROM "JointOrderGroup" g JOIN "Job" j ON j.id = g."jobId"
     WHERE g."leadFirmId" = $1 AND g.kind = 'JOB' AND g.status IN ('PENDING_APPROVAL', 'APPROVED')
       AND coalesce((SELECT o.status::text FROM "GroupOffer" o WHERE o."groupId" = g.id ORDER BY o.version DESC LIMIT 1), 'DRAFT') IN ('DRAFT', 'REVISION_REQUESTED')
     ORDER BY j."answerBy" NULLS LAST, g.id LIMIT ${LIMIT}`,
    [firmId],
  );
}

/** The firm's steps of ordered groups that have started (or should have) and are not done. */
function stepsToReport(sql: SqlConnection, firmId: string, today: string) {
  return sql.query<TitleRow>(
    `SELECT ${TITLE}, ${endOfTokyoDay(`min(a."plannedEnd")`)} AS due
     FROM "GroupMember" m JOIN "GroupStepAssignment" a ON a."memberId" = m.id
     JOIN "JointOrderGroup" g ON g.id = m."groupId" LEFT JOIN "Job" j ON j.id = g."jobId"
     WHERE m."firmId" = $1 AND m.status = 'ACCEPTED' AND g.status IN ('AWARDED', 'IN_PRODUCTION') AND a.status <> 'DONE'
       AND (a."plannedStart" IS NULL OR a."plannedStart" <= $2::date)
     GROUP BY g.id, j.id
     ORDER BY min(a."plannedEnd") NULLS LAST, g.id LIMIT ${LIMIT}`,
    [firmId, today],
  );
}

/** Parts sent to the firm that it has not confirmed as arrived (no deadline: the sending day is no due date). */
function handoffsToReceive(sql: SqlConnection, firmId: string) {
  return sql.query<TitleRow>(
    `SELECT DISTINCT ON (g.id) ${TITLE}, NULL::timestamptz AS due
     FROM "GroupMember" m JOIN "GroupStepAssignment" a ON a."memberId" = m.id
     JOIN "Handoff" h ON h."toAssignmentId" = a.id
     JOIN "JointOrderGroup" g ON g.id = m."groupId" LEFT JOIN "Job" j ON j.id = g."jobId"
     WHERE m."firmId" = $1 AND g.status IN ('AWARDED', 'IN_PRODUCTION') AND h."sentAt" IS NOT NULL AND h."receivedAt" IS NULL
     ORDER BY g.id, h."sentAt" LIMIT ${LIMIT}`,
    [firmId],
  );
}

/** The firm's finished steps whose parts go on to another firm and are not marked as sent. */
function handoffsToSend(sql: SqlConnection, firmId: string) {
  return sql.query<TitleRow>(
    `SELECT DISTINCT ON (g.id) ${TITLE}, NULL::timestamptz AS due
     FROM "GroupMember" m JOIN "GroupStepAssignment" a ON a."memberId" = m.id JOIN "JobStep" s ON s.id = a."jobStepId"
     JOIN "JointOrderGroup" g ON g.id = m."groupId" LEFT JOIN "Job" j ON j.id = g."jobId"
     JOIN "JobStep" t ON t."jobId" = s."jobId" AND t.position = s.position + 1
     JOIN "GroupStepAssignment" b ON b."groupId" = g.id AND b."jobStepId" = t.id
     JOIN "GroupMember" bm ON bm.id = b."memberId" AND bm."firmId" <> m."firmId"
     WHERE m."firmId" = $1 AND g.status = 'IN_PRODUCTION' AND a.status = 'DONE'
       AND NOT EXISTS (SELECT 1 FROM "Handoff" h WHERE h."fromAssignmentId" = a.id AND h."toAssignmentId" = b.id AND h."sentAt" IS NOT NULL)
     ORDER BY g.id LIMIT ${LIMIT}`,
    [firmId],
  );
}

/** The job board's own ranking (lib/jobs/job-board.ts): the best-fitting open jobs not raised for yet. */
async function fittingJobs(sql: SqlConnection, viewer: Viewer): Promise<StartItem[]> {
  const { rows, total } = await listJobsForFirm(sql, viewer, { show: "fit", page: 1 });
  const items: StartItem[] = rows
    .filter((row) => !row.raised)
    .slice(0, FITTING_JOBS_SHOWN)
    .map((row) => ({ kind: "fittingJob", href: `/jobs/${row.id}`, subject: bilingual(row.title_ja, row.title_en), due: null }));
  if (total > 0) items.push({ kind: "fittingJobs", href: "/jobs", subject: null, due: null, count: total });
  return items;
}

export async function firmStartItems(db: Database, viewer: Viewer, now: Date): Promise<StartItem[]> {
  if (isPendingFirmViewer(viewer)) return [{ kind: "awaitingVerification", href: "/pending", subject: null, due: null }];
  if (!isVerifiedFirmViewer(viewer) || !viewer.firmId) return [];
  const firmId = viewer.firmId;
  const none = Promise.resolve([] as TitleRow[]);
  // Role-level questions: may this viewer do this to anything of its firm? (the rows are its firm's own)
  const [invited, toPrice, toSend, toReport, toReceive, toHand, fitting] = await Promise.all([
    can(viewer, "group.respond") ? invitations(db.sql, firmId, now) : none,
    can(viewer, "quote.price") ? stepsToPrice(db.sql, firmId) : none,
    can(viewer, "offer.send") ? offersToSend(db.sql, firmId) : none,
    can(viewer, "progress.report") ? stepsToReport(db.sql, firmId, tokyoDate(now)) : none,
    can(viewer, "progress.report") ? handoffsToReceive(db.sql, firmId) : none,
    can(viewer, "progress.report") ? handoffsToSend(db.sql, firmId) : none,
    can(viewer, "job.view") ? fittingJobs(db.sql, viewer) : Promise.resolve([]),
  ]);
  return [
    ...toItems("invitation", invited),
    ...toItems("priceSteps", toPrice),
    ...toItems("sendOffer", toSend),
    ...toItems("reportStep", toReport),
    ...toItems("receiveHandoff", toReceive),
    ...toItems("sendHandoff", toHand),
    ...fitting,
  ];
}
