// Firms' declared capacity over a job's weeks, for the composer: the days of each level and the
// pieces of numbered weeks inside [today, deadline), counted in SQL over fresh declarations only
// (one row per firm × process, not per week), then turned into a monthly figure by the same
// arithmetic the screens use (lib/capacity/free-capacity.ts).
import "server-only";
import type { SqlConnection } from "@/lib/db/sql-connection";
import { FRESH_FOR_DAYS, windowFromTallies, type DayTallies } from "@/lib/capacity/free-capacity";
import { daysBetween, isoDay, tokyoToday } from "@/lib/capacity/weeks";
import type { DeclaredCapacity } from "@/lib/matching";

const DAY_MS = 86_400_000;

// Pieces × days are summed as integers and divided once (windowCapacity does the same): exact,
// and numeric arithmetic on every row was half the query's time.
type TallyRow = { firm_id: string; process_code: string; open_days: number; some_days: number; none_days: number; pieces_days: number; zero_days: number; piece_days: number; oldest: Date };

/** Tallies by `${firmId}:${processCode}` of the firms that declared anything fresh in the window;
 *  `freshUntil`: when the first of the declarations counted stops being fresh (the tallies change
 *  then without any write), null when none was counted. */
export async function loadDeclaredTallies(sql: SqlConnection, processes: readonly string[], deadline: Date, now: Date, onlyFirmIds?: readonly string[]): Promise<{ days: number; tallies: Map<string, DayTallies>; freshUntil: Date | null }> {
  const from = tokyoToday(now);
  const to = isoDay(deadline);
  const days = daysBetween(from, to);
  if (days <= 0 || processes.length === 0) return { days: Math.max(0, days), tallies: new Map(), freshUntil: null };
  const rows = await sql.query<TallyRow>(
    `SELECT d."firmId" AS firm_id, d."processCode" AS process_code,
            coalesce(sum(o.days) FILTER (WHERE d.level = 'OPEN'), 0)::int AS open_days,
            coalesce(sum(o.days) FILTER (WHERE d.level = 'SOME'), 0)::int AS some_days,
            coalesce(sum(o.days) FILTER (WHERE d.level = 'NONE'), 0)::int AS none_days,
            coalesce(sum(o.days) FILTER (WHERE d.level = 'PIECES'), 0)::int AS pieces_days,
            coalesce(sum(o.days) FILTER (WHERE d.level = 'PIECES' AND d.pieces <= 0), 0)::int AS zero_days,
            coalesce(sum(d.pieces * o.days) FILTER (WHERE d.level = 'PIECES'), 0)::float8 AS piece_days,
            min(d."declaredAt") AS oldest
       FROM "CapacityDeclaration" d
       CROSS JOIN LATERAL (SELECT least(d."weekStart" + 7, $3::date) - greatest(d."weekStart", $2::date) AS days) o
      WHERE d."processCode" = ANY($1::text[]) AND d."weekStart" > $2::date - 7 AND d."weekStart" < $3::date
        AND d."declaredAt" >= $4::timestamptz AND ($5::uuid[] IS NULL OR d."firmId" = ANY($5::uuid[]))
      GROUP BY 1, 2`,
    [processes, from, to, new Date(now.getTime() - FRESH_FOR_DAYS * DAY_MS).toISOString(), onlyFirmIds ?? null],
  );
  const tallies = new Map<string, DayTallies>();
  let oldest = Number.POSITIVE_INFINITY;
  for (const r of rows) {
    oldest = Math.min(oldest, new Date(r.oldest).getTime());
    tallies.set(`${r.firm_id}:${r.process_code}`, { days, openDays: r.open_days, someDays: r.some_days, noneDays: r.none_days, piecesDays: r.pieces_days, zeroPiecesDays: r.zero_days, pieces: r.piece_days / 7 });
  }
  return { days, tallies, freshUntil: Number.isFinite(oldest) ? new Date(oldest + FRESH_FOR_DAYS * DAY_MS) : null };
}

/** What the composer reads of a firm × process's declarations (none declared fresh: undefined). */
export function declaredCapacity(monthlyCapacity: number, tallies: DayTallies | undefined): DeclaredCapacity | undefined {
  if (!tallies) return undefined;
  const window = windowFromTallies(monthlyCapacity, tallies);
  if (window.declaredDays === 0) return undefined;
  // Whole pieces per month, so the fingerprint of a run does not change with float noise.
  return { perMonth: Math.floor(window.perMonth), none: window.none, openShare: Math.round(window.openShare * 1000) / 1000 };
}
