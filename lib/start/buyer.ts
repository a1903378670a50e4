// A buyer's start page: offers to compare, jobs whose suggested groups wait for a choice, groups
// sent back to propose again or waiting for the associations' approval, questions from firms to
// answer, and deliveries to accept. Only the buyer organisation's own jobs are read.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { can } from "@/lib/authz";
import { isBuyerViewer } from "@/lib/authz/viewer-kinds";
import type { Database } from "@/lib/db/client";
import type { SqlConnection } from "@/lib/db/sql-connection";
import type { StartItem } from "./items";
import { asDate, bilingual, endOfTokyoDay } from "./sql-parts";

const LIMIT = 20;

type Row = { id: string; title_ja: string; title_en: string; due: unknown; n?: number };
const toItems = (kind: StartItem["kind"], rows: Row[], href: (id: string) => string): StartItem[] =>
  rows.map((row) => ({ kind, href: href(row.id), subject: bilingual(row.title_ja, row.title_en), due: asDate(row.due), ...(row.n !== undefined ? { count: row.n } : {}) }));

/** Jobs with sent offers waiting for the buyer's decision, due when the first of them lapses. */
function offersToCompare(sql: SqlConnection, buyerOrgId: string) {
  return sql.query<Row>(
    `SELECT j.id, j."titleJa" AS title_ja, j."titleEn" AS title_en, ${endOfTokyoDay(`min(o."validUntil")`)} AS due, count(*)::int AS n
     FROM "Job" j JOIN "GroupOffer" o ON o."jobId" = j.id AND o.status = 'SENT'
     WHERE j."buyerOrgId" = $1 AND j.status IN ('OPEN', 'GROUPS_INVITED')
     GROUP BY j.id ORDER BY min(o."validUntil") NULLS LAST, j.id LIMIT ${LIMIT}`,
    [buyerOrgId],
  );
}

/** Open jobs without any group proposed yet: the suggested groups wait for the buyer's choice. */
function suggestionsToPick(sql: SqlConnection, buyerOrgId: string) {
  return sql.query<Row>(
    `SELECT j.id, j."titleJa" AS title_ja, j."titleEn" AS title_en, ${endOfTokyoDay(`j."answerBy"`)} AS due
     FROM "Job" j
     WHERE j."buyerOrgId" = $1 AND j.status = 'OPEN'
       AND NOT EXISTS (SELECT 1 FROM "JointOrderGroup" g WHERE g."jobId" = j.id AND g.status NOT IN ('CANCELLED', 'DISSOLVED'))
     ORDER BY j."answerBy" NULLS LAST, j.id LIMIT ${LIMIT}`,
    [buyerOrgId],
  );
}

/** The buyer's groups in one status; `dated`: due by the job's answer-by day (after it the job expires). */
function groupsIn(sql: SqlConnection, buyerOrgId: string, status: "SENT_BACK" | "PENDING_APPROVAL" | "DELIVERED", dated: boolean) {
  return sql.query<Row>(
    `SELECT g.id, j."titleJa" AS title_ja, j."titleEn" AS title_en, ${dated ? endOfTokyoDay(`j."answerBy"`) : "NULL::timestamptz"} AS due
     FROM "Job" j JOIN "JointOrderGroup" g ON g."jobId" = j.id
     WHERE j."buyerOrgId" = $1 AND g.status = $2::"GroupStatus"
     ORDER BY j."answerBy" NULLS LAST, g.id LIMIT ${LIMIT}`,
    [buyerOrgId, status],
  );
}

/** Firms' questions on the buyer's open jobs that have no answer yet (everyone who sees the job waits for it). */
function questionsToAnswer(sql: SqlConnection, buyerOrgId: string) {
  return sql.query<Row>(
    `SELECT j.id, j."titleJa" AS title_ja, j."titleEn" AS title_en, NULL::timestamptz AS due, count(*)::int AS n
     FROM "Job" j JOIN "JobQuestion" q ON q."jobId" = j.id AND q.answer IS NULL
     WHERE j."buyerOrgId" = $1 AND j.status IN ('OPEN', 'GROUPS_INVITED')
     GROUP BY j.id ORDER BY min(q."createdAt"), j.id LIMIT ${LIMIT}`,
    [buyerOrgId],
  );
}

export async function buyerStartItems(db: Database, viewer: Viewer): Promise<StartItem[]> {
  if (!isBuyerViewer(viewer) || !viewer.buyerOrgId) return [];
  const org = viewer.buyerOrgId;
  const none = Promise.resolve([] as Row[]);
  const [offers, suggestions, sentBack, pending, questions, delivered] = await Promise.all([
    can(viewer, "offer.compare") ? offersToCompare(db.sql, org) : none,
    can(viewer, "match.view") ? suggestionsToPick(db.sql, org) : none,
    can(viewer, "group.resubmit") ? groupsIn(db.sql, org, "SENT_BACK", true) : none,
    can(viewer, "group.view") ? groupsIn(db.sql, org, "PENDING_APPROVAL", false) : none,
    can(viewer, "job.answer") ? questionsToAnswer(db.sql, org) : none,
    can(viewer, "group.award") ? groupsIn(db.sql, org, "DELIVERED", false) : none,
  ]);
  // Undated items keep this order: the buyer's own moves first, waiting on the associations last.
  return [
    ...toItems("acceptDelivery", delivered, (id) => `/groups/${id}`),
    ...toItems("compareOffers", offers, (id) => `/jobs/${id}/offers`),
    ...toItems("resubmitGroup", sentBack, (id) => `/groups/${id}`),
    ...toItems("answerQuestions", questions, (id) => `/jobs/${id}`),
    ...toItems("pickSuggestion", suggestions, (id) => `/jobs/${id}/suggestions`),
    ...toItems("awaitingApproval", pending, (id) => `/groups/${id}`),
  ];
}
