// Each candidate's monthly scorecard (decision 017) over the last 12 Tokyo months, as matching's
// record term reads it: the mean score of the months that have a grade, and how many do. The
// figures come from raw_match_firm_month (migration 20261208050000), the grade from the same
// formula the firm and staff see (lib/quality/scorecard-formula.ts).
import type { SqlConnection } from "@/lib/db/sql-connection";
import type { ScorecardSummary } from "@/lib/matching";
import { grade } from "@/lib/quality/scorecard-formula";

export const SCORECARD_MONTHS = 12;

interface MonthRow extends Record<string, unknown> {
  firm_id: string;
  steps_done: number;
  steps_on_time: number;
  units: number;
  units_bad: number;
  nc_raised: number;
  r_delivery: number | null;
  r_quality: number | null;
  r_communication: number | null;
  r_price: number | null;
  r_count: number;
}

/** Firms ($1 condition on r.firm_id, $2 its list) → their scorecard summary; firms without a graded month are absent. */
export async function loadScorecardRecords(sql: SqlConnection, firmCondition: string, params: readonly unknown[], today: Date): Promise<Map<string, ScorecardSummary>> {
  const rows = await sql.query<MonthRow>(
    `SELECT r.firm_id, r.steps_done, r.steps_on_time, r.units, r.units_bad, r.nc_raised, r.r_delivery, r.r_quality, r.r_communication, r.r_price, r.r_count
       FROM raw_match_firm_month r
      WHERE r.month >= (date_trunc('month', $${params.length + 1}::timestamptz AT TIME ZONE 'Asia/Tokyo') - make_interval(months => $${params.length + 2} - 1))::date
        AND r.month <= (date_trunc('month', $${params.length + 1}::timestamptz AT TIME ZONE 'Asia/Tokyo'))::date
        AND ${firmCondition}`,
    [...params, today.toISOString(), SCORECARD_MONTHS],
  );
  return summarise(rows);
}

function summarise(rows: readonly MonthRow[]): Map<string, ScorecardSummary> {
  const totals = new Map<string, { sum: number; months: number }>();
  for (const r of rows) {
    const graded = grade({
      stepsDone: r.steps_done, stepsOnTime: r.steps_on_time, unitsInspected: r.units, unitsNonconforming: r.units_bad, ncRaised: r.nc_raised, closeDays: [],
      ratings: { delivery: r.r_delivery, quality: r.r_quality, communication: r.r_communication, price: r.r_price, count: r.r_count },
    });
    if (!graded) continue;
    const total = totals.get(r.firm_id) ?? { sum: 0, months: 0 };
    total.sum += graded.score;
    total.months += 1;
    totals.set(r.firm_id, total);
  }
  return new Map([...totals].map(([firmId, t]) => [firmId, { meanScore: t.sum / t.months, gradedMonths: t.months }]));
}
