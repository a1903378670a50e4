// A firm's monthly scorecard, computed from records (never stored figures): its steps finished on
// time, the defect ppm of the lots inspected after its steps, the non-conformances raised against
// it and their median days to close, and buyers' ratings of its work on orders it delivered. Months are Tokyo
// calendar months; the grade follows lib/quality/scorecard-formula.ts (decision 017). The firm
// sees its own 12 months, staff their members', buyers and other firms only the grade.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { authorize, can, NotFoundError } from "@/lib/authz";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import { defectPpm, grade, median, MIN_RATINGS_SHOWN, onTimePercent, type Grade, type MonthFigures } from "./scorecard-formula";

export interface ScorecardMonth extends MonthFigures {
  /** "2026-11" */
  month: string;
  onTimePct: number | null;
  ppm: number | null;
  medianCloseDays: number | null;
  grade: Grade | null;
  score: number | null;
}

interface Row extends Record<string, unknown> {
  firm_id: string;
  month: string;
  steps_done: number;
  steps_on_time: number;
  units: number;
  units_bad: number;
  nc_raised: number;
  close_days: number[] | null;
  r_delivery: number | null;
  r_quality: number | null;
  r_communication: number | null;
  r_price: number | null;
  r_count: number;
}

/** Figures per month for one firm, the last `months` Tokyo months up to the one holding `now`. */
export async function firmScorecardMonths(db: Database, firmId: string, now = clock.now(), months = 12): Promise<ScorecardMonth[]> {
  return (await scorecardMonthsOf(db, [firmId], now, months)).get(firmId) ?? [];
}

/** The same for many firms in one query (a staff list of an association's members). */
export async function scorecardMonthsOf(db: Database, firmIds: readonly string[], now = clock.now(), months = 12): Promise<Map<string, ScorecardMonth[]>> {
  const rows = await db.sql.query<Row>(
    `WITH months AS (
       SELECT generate_series(date_trunc('month', ($2::timestamptz AT TIME ZONE 'Asia/Tokyo')) - make_interval(months => $3 - 1),
                              date_trunc('month', ($2::timestamptz AT TIME ZONE 'Asia/Tokyo')), interval '1 month')::date AS m
     ),
     firms AS (SELECT unnest($1::uuid[]) AS firm_id),
     mine AS (SELECT id, "firmId" AS firm_id FROM "GroupMember" WHERE "firmId" = ANY($1::uuid[])),
     steps AS (
       SELECT mine.firm_id, date_trunc('month', a."actualEnd")::date AS m, count(*)::int AS done, (count(*) FILTER (WHERE a."actualEnd" <= a."plannedEnd"))::int AS on_time
         FROM "GroupStepAssignment" a JOIN mine ON mine.id = a."memberId" WHERE a."actualEnd" IS NOT NULL AND a."plannedEnd" IS NOT NULL GROUP BY 1, 2
     ),
     lots AS (
       SELECT mine.firm_id, date_trunc('month', l."inspectedAt" AT TIME ZONE 'Asia/Tokyo')::date AS m, sum(l."sampleSize")::int AS units, sum(l."nonconformingUnits")::int AS bad
         FROM "InspectionLot" l JOIN "GroupStepAssignment" a ON a.id = l."assignmentId" JOIN mine ON mine.id = a."memberId" GROUP BY 1, 2
     ),
     ncs AS (
       -- Against the firm: the member held responsible, or (not yet assigned) the member of the step.
       SELECT mine.firm_id, n."createdAt", n."closedAt" FROM "NonConformance" n LEFT JOIN "GroupStepAssignment" a ON a.id = n."assignmentId"
         JOIN mine ON mine.id = COALESCE(n."responsibleMemberId", a."memberId")
        WHERE n.status <> 'WITHDRAWN'
     ),
     raised AS (SELECT firm_id, date_trunc('month', "createdAt" AT TIME ZONE 'Asia/Tokyo')::date AS m, count(*)::int AS n FROM ncs GROUP BY 1, 2),
     closed AS (
       SELECT firm_id, date_trunc('month', "closedAt" AT TIME ZONE 'Asia/Tokyo')::date AS m, array_agg(round((extract(epoch FROM "closedAt" - "createdAt") / 86400)::numeric, 1)::float8) AS days
         FROM ncs WHERE "closedAt" IS NOT NULL GROUP BY 1, 2
     ),
     rated AS (
       -- The buyer's rating of this firm's own work where given (lib/ratings); for orders accepted
       -- before per-member ratings, the group's rating.
       SELECT gm."firmId" AS firm_id, date_trunc('month', o."acceptedOn")::date AS m,
              avg(COALESCE(mr.delivery, r.delivery))::float8 AS delivery, avg(COALESCE(mr.quality, r.quality))::float8 AS quality,
              avg(COALESCE(mr.communication, r.communication))::float8 AS communication, avg(mr.price)::float8 AS price, count(*)::int AS n
         FROM "GroupMember" gm JOIN "Order" o ON o."groupId" = gm."groupId"
         LEFT JOIN "MemberRating" mr ON mr."orderId" = o.id AND mr."memberId" = gm.id
         LEFT JOIN "OrderRating" r ON r."orderId" = o.id
        WHERE gm."firmId" = ANY($1::uuid[]) AND gm.status = 'ACCEPTED' AND o."acceptedOn" IS NOT NULL AND (mr."orderId" IS NOT NULL OR r."orderId" IS NOT NULL)
        GROUP BY 1, 2
     )
     SELECT firms.firm_id, to_char(months.m, 'YYYY-MM') AS month,
            COALESCE(steps.done, 0) AS steps_done, COALESCE(steps.on_time, 0) AS steps_on_time,
            COALESCE(lots.units, 0) AS units, COALESCE(lots.bad, 0) AS units_bad,
            COALESCE(raised.n, 0) AS nc_raised, closed.days AS close_days,
            rated.delivery AS r_delivery, rated.quality AS r_quality, rated.communication AS r_communication, rated.price AS r_price, COALESCE(rated.n, 0) AS r_count
       FROM firms CROSS JOIN months
       LEFT JOIN steps USING (firm_id, m) LEFT JOIN lots USING (firm_id, m) LEFT JOIN raised USING (firm_id, m) LEFT JOIN closed USING (firm_id, m) LEFT JOIN rated USING (firm_id, m)
      ORDER BY firms.firm_id, months.m`,
    [firmIds, now.toISOString(), months],
  );
  const byFirm = new Map<string, ScorecardMonth[]>(firmIds.map((id) => [id, []]));
  for (const r of rows) {
    const figures: MonthFigures = {
      stepsDone: r.steps_done, stepsOnTime: r.steps_on_time, unitsInspected: r.units, unitsNonconforming: r.units_bad, ncRaised: r.nc_raised, closeDays: r.close_days ?? [],
      ratings: { delivery: r.r_delivery, quality: r.r_quality, communication: r.r_communication, price: r.r_price, count: r.r_count },
    };
    const graded = grade(figures);
    byFirm.get(r.firm_id)?.push({ month: r.month, ...figures, onTimePct: onTimePercent(figures), ppm: defectPpm(figures), medianCloseDays: median(figures.closeDays), grade: graded?.grade ?? null, score: graded?.score ?? null });
  }
  return byFirm;
}

/** Ratings are shown only when at least three exist (no single rater can be identified). */
export function visibleRatings(month: ScorecardMonth): ScorecardMonth["ratings"] | null {
  return month.ratings.count >= MIN_RATINGS_SHOWN ? month.ratings : null;
}

async function firmResource(db: Database, firmId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(firmId)) throw new NotFoundError("firm");
  const firm = await db.prisma.firm.findUnique({ where: { id: firmId }, select: { id: true, associationId: true, status: true, nameJa: true, nameEn: true, association: { select: { federationId: true } } } });
  if (!firm) throw new NotFoundError("firm");
  return { firm, resource: { type: "firm" as const, id: firm.id, associationId: firm.associationId, federationId: firm.association.federationId, status: firm.status } };
}

/** The whole scorecard (12 months of figures): the firm itself and staff whose scope covers it. */
export async function firmScorecard(db: Database, viewer: Viewer, firmId: string, now = clock.now()) {
  const { firm, resource } = await firmResource(db, firmId);
  authorize(viewer, "scorecard.view", resource);
  return { firm, months: await firmScorecardMonths(db, firm.id, now) };
}

/** The latest graded month's grade of a firm, which buyers and other firms may see. */
export async function firmGrade(db: Database, viewer: Viewer, firmId: string, now = clock.now()): Promise<{ grade: Grade; month: string } | null> {
  const { resource } = await firmResource(db, firmId);
  if (!can(viewer, "firm.view", resource)) throw new NotFoundError("firm");
  const months = await firmScorecardMonths(db, firmId, now, 3);
  const latest = [...months].reverse().find((m) => m.grade !== null);
  return latest ? { grade: latest.grade!, month: latest.month } : null;
}

/** What a firm's page shows of its scorecard: the grade to everyone who sees the firm, and whether
 *  the viewer may open the whole scorecard. */
export async function scorecardSummary(db: Database, viewer: Viewer, firmId: string, now = clock.now()) {
  const { resource } = await firmResource(db, firmId);
  return { grade: await firmGrade(db, viewer, firmId, now), full: can(viewer, "scorecard.view", resource) };
}
