// Recent exposure as a computation on kept candidates reads it (the fairness term): every exposed
// firm's count in the window, kept per process and brought up to date by reading only the counts
// that changed since. Reading every exposed firm's count each time was a statement of several
// milliseconds and a JSON object of thousands of firms to parse on the request thread, for a
// handful of changed counts (decision 037).
//
// raw_match_exposure (migration 20261211010000) keeps a count per Tokyo day and firm, and names
// the transaction that last changed each row. A read also takes the oldest transaction its
// snapshot could not see yet (pg_snapshot_xmin): every change by an older one is in what it read.
// The next read asks again for rows changed by that one or newer, so a transaction that commits
// after a read is seen by the next, and rows read twice only set the same count again. Each
// instance keeps its own: a run recorded on one is seen by all at their next read.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql-connection";
import { CANDIDATE_STAMP_SQL } from "./load-candidates";

/** The counts of a window that starts on `fromDay` (YYYY-MM-DD, Tokyo), and what it has seen. */
interface Window {
  fromDay: string;
  /** Counts by day, then firm (the rows read). */
  days: Map<string, Map<string, number>>;
  /** Each firm's count over the window's days, and all of them together. */
  byFirm: Map<string, number>;
  total: number;
  /** The oldest transaction the last read could not see yet (xid8, as text). */
  unseenFrom: string;
}

/** The kept counts, live: a later read may have brought them further up to date by the time they
 *  are used, never back. Use `byFirm` and `reference` together, without waiting in between. */
export interface ExposureReading {
  /** Suggestions per exposed firm in the window. */
  byFirm: ReadonlyMap<string, number>;
  /** The average exposure of a verified firm (the fairness term's reference). */
  readonly reference: number;
  /** The candidates' change stamp, read in the same statement (candidate-cache.ts). */
  stamp: string;
}

type ChangedRow = [day: string, firmId: string, n: number];

// On globalThis: Next.js bundles the refresh route and the suggestions page with a copy of this module each.
const holder = globalThis as typeof globalThis & {
  __kjExposureWindow?: { window: Window | null; last: Promise<unknown>; waiting: Map<string, Promise<ExposureReading>> };
};
const kept = (holder.__kjExposureWindow ??= { window: null, last: Promise.resolve(), waiting: new Map() });

/** The window ending at `today` as of a read that starts after this call. Reads run one after
 *  another; calls that arrive while a read waits to start share it, so ten refreshes at once
 *  make one or two reads. */
export function readExposureWindow(sql: SqlConnection, today: Date): Promise<ExposureReading> {
  const fromDay = windowStart(today);
  let read = kept.waiting.get(fromDay);
  if (!read) {
    read = kept.last.catch(() => undefined).then(() => {
      kept.waiting.delete(fromDay);
      return readNow(sql, fromDay);
    });
    kept.waiting.set(fromDay, read);
    kept.last = read;
  }
  return read;
}

/** Forgets the kept counts (tests that compare with a fresh reading). */
export function forgetExposureWindow(): void {
  kept.window = null;
}

/** The first Tokyo day of the window ending at `today`, as load-candidates.ts's exposureFromSql
 *  counts it (Tokyo keeps no daylight saving time: UTC+9 all year). */
function windowStart(today: Date): string {
  const day = new Date(today.getTime() + 9 * 3_600_000 - 90 * 86_400_000);
  return day.toISOString().slice(0, 10);
}

async function readNow(sql: SqlConnection, fromDay: string): Promise<ExposureReading> {
  let window = kept.window;
  // A window that starts earlier than the one kept (a computation for an earlier day) is read afresh.
  if (window && fromDay < window.fromDay) window = null;
  // The first read takes every count of the window; later ones what changed since (the xid index).
  const [row] = await sql.query<{ changed: ChangedRow[]; unseen_from: string; verified: string; stamp: string }>(
    `SELECT (SELECT coalesce(json_agg(json_build_array(to_char(day, 'YYYY-MM-DD'), firm_id, n)), '[]')
             FROM raw_match_exposure WHERE day >= $1::date AND ${window ? "xid >= $2::xid8" : "n <> 0"}) AS changed,
            pg_snapshot_xmin(pg_current_snapshot())::text AS unseen_from,
            (SELECT count(*) FROM "Firm" WHERE status = 'VERIFIED')::text AS verified,
            (${CANDIDATE_STAMP_SQL}) AS stamp`,
    window ? [fromDay, window.unseenFrom] : [fromDay],
  );
  if (!window) window = { fromDay, days: new Map(), byFirm: new Map(), total: 0, unseenFrom: row!.unseen_from };
  moveStart(window, fromDay);
  for (const [day, firmId, n] of row!.changed) setCount(window, day, firmId, n);
  window.unseenFrom = row!.unseen_from;
  kept.window = window;
  const verified = Math.max(1, Number(row!.verified));
  const counted = window;
  return {
    byFirm: counted.byFirm,
    get reference() {
      return counted.total / verified;
    },
    stamp: row!.stamp,
  };
}

/** Drops the days before `fromDay` (a later day's window). */
function moveStart(window: Window, fromDay: string): void {
  if (fromDay <= window.fromDay) return;
  for (const [day, firms] of window.days) {
    if (day >= fromDay) continue;
    for (const [firmId, n] of firms) addToFirm(window, firmId, -n);
    window.days.delete(day);
  }
  window.fromDay = fromDay;
}

function setCount(window: Window, day: string, firmId: string, n: number): void {
  let firms = window.days.get(day);
  if (!firms) window.days.set(day, (firms = new Map()));
  const was = firms.get(firmId) ?? 0;
  if (n === 0) firms.delete(firmId);
  else firms.set(firmId, n);
  addToFirm(window, firmId, n - was);
}

function addToFirm(window: Window, firmId: string, delta: number): void {
  if (delta === 0) return;
  const n = (window.byFirm.get(firmId) ?? 0) + delta;
  if (n === 0) window.byFirm.delete(firmId);
  else window.byFirm.set(firmId, n);
  window.total += delta;
}
