// Outcome KPIs, as percentages over windows of time (a period, or several fiscal years at once):
//  - participants' average order value change: member firms that won orders in both the window
//    and the same window a year earlier; their average order value (their share of orders, see
//    ORDER_SHARES) now against then, in percent. Firms that won in only one of the two are left out.
//  - new-customer acquisition rate: of the member firms that won an order in the window, the share
//    that won at least one from a buyer they had never had an order with through the platform.
// Both read raw_kpi_firm_period (per firm and month or fiscal year, kept by triggers).
import "server-only";
import type { SqlConnection } from "@/lib/db/sql-connection";
import { periodRange, previousYear, type Period } from "./period";
import type { KpiScope } from "./scope";

export interface RateValue {
  /** The window's period code ("FY2026", "FY2026-Q1", "2026-05"). */
  label: string;
  /** null when no firm qualifies (nothing to compare). */
  value: number | null;
  /** How many firms the rate is over. */
  firms: number;
}

/** First day of the month after `today` (Japan time), as YYYY-MM-DD. */
function nextMonthStart(today: Date): string {
  const jst = new Date(today.getTime() + 9 * 3_600_000);
  const next = new Date(Date.UTC(jst.getUTCFullYear(), jst.getUTCMonth() + 1, 1));
  return next.toISOString().slice(0, 10);
}

/**
 * The windows to compute over. A period still running is cut at the end of the current month, so
 * a year to date is compared with the same months a year earlier (not with a whole year); it then
 * reads the monthly rows, as the yearly row of a running year is incomplete.
 */
function windows(periods: readonly Period[], today?: Date) {
  const cut = today ? nextMonthStart(today) : undefined;
  const current = periods.map(periodRange);
  const previous = periods.map((p) => periodRange(previousYear(p)));
  const running = current.map((r) => cut !== undefined && r.end > cut && r.start < cut);
  const ends = current.map((r, i) => (running[i] ? (cut as string) : r.end));
  return {
    labels: current.map((r) => r.code),
    // Whole fiscal years read the yearly rows, quarters and months (and running years) the monthly ones.
    grains: periods.map((p, i) => (p.kind === "fy" && !running[i] ? "Y" : "M")),
    starts: current.map((r) => r.start),
    ends,
    previousStarts: previous.map((r) => r.start),
    // A fiscal year more than half over reads fewer rows as its yearly row less the months after
    // the cut (the same sum: both rows take every share), and likewise the year before.
    yearToDate: periods.map((p, i) => p.kind === "fy" && running[i] && monthsBetween(current[i]!.start, ends[i]!) > 6),
  };
}

const monthsBetween = (start: string, end: string) => (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(end.slice(5, 7)) - Number(start.slice(5, 7));

const byLabel = (labels: string[], rows: RateValue[]): RateValue[] =>
  labels.map((label) => rows.find((r) => r.label === label) ?? { label, value: null, firms: 0 });

const WINDOWS = `w AS (SELECT * FROM unnest($2::text[], $3::"char"[], $4::date[], $5::date[], $6::date[]) AS w(label, grain, start_on, end_on, prev_start))`;

export async function averageOrderValueChange(sql: SqlConnection, scope: KpiScope, periods: readonly Period[], today?: Date): Promise<RateValue[]> {
  if (!periods.length) return [];
  const w = windows(periods, today);
  // Each window's "now" and "then" as signed ranges of summary rows: the window and as many days
  // from the same day a year earlier; a year to date as its yearly row less the later months.
  const rows = await sql.query<RateValue & Record<string, unknown>>(
    `WITH ${WINDOWS},
     ytd AS (SELECT label FROM unnest($2::text[], $7::boolean[]) AS y(label, on_yearly) WHERE on_yearly),
     terms(label, is_now, grain, from_on, to_on, sign) AS (
       SELECT label, true, grain, start_on, end_on, 1 FROM w WHERE label NOT IN (SELECT label FROM ytd)
       UNION ALL SELECT label, false, grain, prev_start, prev_start + (end_on - start_on), 1 FROM w WHERE label NOT IN (SELECT label FROM ytd)
       UNION ALL SELECT label, true, 'Y', start_on, start_on + 1, 1 FROM w WHERE label IN (SELECT label FROM ytd)
       UNION ALL SELECT label, true, 'M', end_on, (start_on + interval '1 year')::date, -1 FROM w WHERE label IN (SELECT label FROM ytd)
       UNION ALL SELECT label, false, 'Y', prev_start, prev_start + 1, 1 FROM w WHERE label IN (SELECT label FROM ytd)
       UNION ALL SELECT label, false, 'M', prev_start + (end_on - start_on), start_on, -1 FROM w WHERE label IN (SELECT label FROM ytd))
     -- Window by window, so each sums a few thousand firms in memory rather than all windows' at once.
     SELECT w.label, r.firms, r.value FROM w CROSS JOIN LATERAL (
       SELECT count(*)::int AS firms, round((sum(now_yen) / sum(then_yen) - 1) * 100, 1)::float8 AS value
       FROM (
         SELECT p."firmId",
                sum(t.sign * p."valueYen") FILTER (WHERE t.is_now) AS now_yen,
                sum(t.sign * p."valueYen") FILTER (WHERE NOT t.is_now) AS then_yen
         -- One index range scan per term (OFFSET 0 keeps the planner from turning the few terms
         -- into a hash join over the whole summary).
         FROM terms t CROSS JOIN LATERAL (
           SELECT "firmId", "valueYen" FROM raw_kpi_firm_period
           WHERE grain = t.grain::"char" AND "periodStart" >= t.from_on AND "periodStart" < t.to_on AND "associationId" = ANY($1::uuid[])
           OFFSET 0) p
         WHERE t.label = w.label
         GROUP BY p."firmId") firm_value
       WHERE now_yen > 0 AND then_yen > 0) r`,
    [scope.associationIds, w.labels, w.grains, w.starts, w.ends, w.previousStarts, w.yearToDate],
  );
  return byLabel(w.labels, rows);
}

export async function newCustomerRate(sql: SqlConnection, scope: KpiScope, periods: readonly Period[]): Promise<RateValue[]> {
  if (!periods.length) return [];
  const w = windows(periods);
  const rows = await sql.query<RateValue & Record<string, unknown>>(
    `WITH ${WINDOWS},
     firm_window AS (
       SELECT w.label, p."firmId", sum(p."valueYen") AS value_yen, sum(p."newBuyers") AS new_buyers
       FROM w JOIN raw_kpi_firm_period p ON p.grain = w.grain AND p."periodStart" >= w.start_on AND p."periodStart" < w.end_on
         AND p."associationId" = ANY($1::uuid[])
       GROUP BY w.label, p."firmId")
     SELECT label, count(*)::int AS firms, round(100.0 * count(*) FILTER (WHERE new_buyers > 0) / count(*), 1)::float8 AS value
     FROM firm_window WHERE value_yen > 0 GROUP BY label`,
    [scope.associationIds, w.labels, w.grains, w.starts, w.ends, w.previousStarts],
  );
  return byLabel(w.labels, rows);
}
