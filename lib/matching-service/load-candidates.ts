// Loads what the matching library needs from the database, in a handful of set-based queries:
// verified firms with at least one of the job's processes, their capabilities and materials, the
// load they already carry, valid certifications, delivery and quality records, recent exposure
// in suggestions and hand raises for this job. Past partnerships are loaded afterwards, only among
// the firms the composer shortlists (withPartners): all pairs of a few thousand candidates are
// hundreds of thousands of rows, and the composer reads none of them but the shortlist's.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql-connection";
import { tokyoToday } from "@/lib/capacity/weeks";
import { declaredCapacity, loadDeclaredTallies } from "./declared-capacity";
import { loadScorecardRecords } from "./scorecard-records";
import { type StandingGroupInput, type CandidateFirm, type CandidateCapability, type JobInput, type MatchingOptions } from "@/lib/matching";
import { packCandidates, type CandidateSet } from "@/lib/matching/tasks";
import { runOnComposer } from "@/lib/matching-pool/pool";
import { turns } from "@/lib/concurrency/turns";

const EXPOSURE_WINDOW_DAYS = 90;

type CapabilityRow = {
  firm_id: string;
  name: string;
  latitude: number;
  longitude: number;
  process_code: string;
  best_tolerance_um: number;
  max_workpiece_mm: number;
  monthly_capacity: number;
  lead_time_days: number;
  materials: string[];
};

/** The firm offers one of the job's processes ($1) and, when a list is given ($2), is in it. */
const OFFERS_A_PROCESS = (firmId: string) =>
  `EXISTS (SELECT 1 FROM "Capability" c WHERE c."firmId" = ${firmId} AND c."processCode" = ANY($1::text[])) AND ($2::uuid[] IS NULL OR ${firmId} = ANY($2::uuid[]))`;

/** Candidate loads running at once in this process; the rest wait their turn. Each holds a few
 *  thousand firms' rows and runs eight queries: twenty suggestion pages at once (bench:load) took
 *  the server past 1.2 GB and queued 160 queries on a pool of 10, and on two cores running them
 *  all together finishes none sooner (issue 23). */
const loads = turns(() => 3);
const inTurn = <T>(work: () => Promise<T>) => loads.run(work);

export async function loadCandidates(sql: SqlConnection, job: JobInput, deadline: Date, today: Date, onlyFirmIds?: readonly string[]): Promise<CandidateFirm[]> {
  return inTurn(async () => (await loadCandidatesNow(sql, job, deadline, today, onlyFirmIds, true)).candidates);
}

/** The candidates without their recent exposure (0 for every firm: it changes with every recorded
 *  run, so lib/matching-service/candidate-cache.ts keeps the rest and reads exposure afresh), and
 *  when they change without a write (a counted declaration stops being fresh; null: never). */
export async function loadCandidatesToKeep(sql: SqlConnection, job: JobInput, deadline: Date, today: Date): Promise<{ candidates: CandidateFirm[]; freshUntil: Date | null }> {
  return inTurn(() => loadCandidatesNow(sql, job, deadline, today, undefined, false));
}

/** The first Tokyo day of the exposure window ending at $n (a timestamp): the day 90 × 24 hours
 *  before (hours, not days: a days interval follows the session's time zone across a clock change,
 *  and exposure-window.ts computes the same day in JavaScript). Exposure is counted per firm and
 *  Tokyo day (raw_match_exposure, migration 20261211010000). */
const exposureFromSql = (at: string) => `raw_match_exposure_day(${at}::timestamptz - make_interval(hours => ${EXPOSURE_WINDOW_DAYS * 24}))`;

/** Suggestions each firm offering one of the job's processes ($1; only firms $2 unless null) was
 *  in within the window ending at $3. */
const RECENT_EXPOSURE = `SELECT e.firm_id, sum(e.n)::int AS n FROM raw_match_exposure e
  WHERE e.day >= ${exposureFromSql("$3")} AND ${OFFERS_A_PROCESS("e.firm_id")} GROUP BY 1`;

/** Suggestions each firm offering one of the job's processes was in within the window (absent: none). */
export async function loadRecentExposure(sql: SqlConnection, job: JobInput, today: Date, onlyFirmIds?: readonly string[]): Promise<Map<string, number>> {
  const rows = await sql.query<{ firm_id: string; n: number }>(RECENT_EXPOSURE, [jobProcesses(job), onlyFirmIds ?? null, today.toISOString()]);
  return new Map(rows.map((r) => [r.firm_id, r.n]));
}

/** The change stamp of what candidates are read from (migration 20261209020000); it only grows. */
export const CANDIDATE_STAMP_SQL = `SELECT coalesce(sum(changes), 0)::text AS stamp FROM raw_match_input_change`;

const jobProcesses = (job: JobInput) => [...new Set(job.steps.map((s) => s.processCode))];

async function loadCandidatesNow(
  sql: SqlConnection, job: JobInput, deadline: Date, today: Date, onlyFirmIds: readonly string[] | undefined, withExposure: boolean,
): Promise<{ candidates: CandidateFirm[]; freshUntil: Date | null }> {
  const processes = jobProcesses(job);
  const pool = [processes, onlyFirmIds ?? null];
  const [capabilityRows, committedRows, certifications, records, scorecards, exposureOf, handRaises, declared, outages] = await Promise.all([
    // Verified firms' capabilities with name, place and materials, kept by triggers
    // (raw_match_capability, migration 20261124170000).
    sql.query<CapabilityRow>(
      `SELECT firm_id, firm_name AS name, latitude, longitude, process_code, best_tolerance_um, max_workpiece_mm,
              monthly_capacity, lead_time_days, materials
       FROM raw_match_capability WHERE process_code = ANY($1::text[]) AND ($2::uuid[] IS NULL OR firm_id = ANY($2::uuid[]))`,
      pool,
    ),
    // Pieces per month already promised: each unfinished assignment of a group at work, spread
    // over the months left until its job's deadline (at least one). raw_match_open_load holds
    // those assignments (migration 20261124160000); every firm with such load is returned,
    // candidates or not, which is cheaper than testing each against the candidate list.
    sql.query<{ firm_id: string; process_code: string; pieces: number }>(
      `SELECT firm_id, process_code, sum(quantity / greatest(1.0, (deadline - $2::date) / 30.0))::int AS pieces
       FROM raw_match_open_load WHERE process_code = ANY($1::text[])
       GROUP BY 1, 2`,
      [processes, isoDate(today)],
    ),
    // Certifications valid on the deadline of firms offering one of the processes. Each query
    // names the firms by that test of its own, so the queries run side by side instead of waiting
    // for a list of ids.
    sql.query<{ firm_id: string; codes: string[] }>(
      `SELECT fc."firmId" AS firm_id, array_agg(fc."certificationCode") AS codes FROM "FirmCertification" fc
       WHERE (fc."expiresOn" IS NULL OR fc."expiresOn" >= $3::date) AND ${OFFERS_A_PROCESS('fc."firmId"')}
       GROUP BY 1`,
      [...pool, isoDate(deadline)],
    ),
    // Records come from materialised views (lib/matching-service/records.ts): orders delivered on
    // time for the on-time reason, and the monthly scorecard for the record term.
    sql.query<{ firm_id: string; deliveries: number; on_time: number }>(
      `SELECT r.firm_id, r.deliveries, r.on_time FROM raw_match_firm_record r WHERE ${OFFERS_A_PROCESS("r.firm_id")}`,
      pool,
    ),
    loadScorecardRecords(sql, OFFERS_A_PROCESS("r.firm_id"), pool, today),
    withExposure ? loadRecentExposure(sql, job, today, onlyFirmIds) : new Map<string, number>(),
    sql.query<{ firm_id: string; step_ids: string[] }>(`SELECT "firmId" AS firm_id, array_agg("stepId"::text) AS step_ids FROM "HandRaise" WHERE "jobId" = $1::uuid GROUP BY 1`, [job.id]),
    // The firms' own word on their room in the job's weeks (lib/capacity; fresh declarations only).
    loadDeclaredTallies(sql, processes, deadline, today, onlyFirmIds),
    // Firms down (an outage declared, lib/outages) on any day of [today, deadline): not invited.
    sql.query<{ firm_id: string }>(
      `SELECT DISTINCT o."firmId" AS firm_id FROM "FirmOutage" o
       WHERE o."startsOn" < $3::date AND (o."endsOn" IS NULL OR o."endsOn" >= $4::date) AND ${OFFERS_A_PROCESS('o."firmId"')}`,
      [...pool, isoDate(deadline), tokyoToday(today)],
    ),
  ]);
  const down = new Set(outages.map((r) => r.firm_id));

  const committedOf = new Map(committedRows.map((r) => [`${r.firm_id}:${r.process_code}`, r.pieces]));
  const firms = new Map<string, { id: string; name: string; latitude: number; longitude: number; capabilities: CandidateCapability[] }>();
  for (const row of capabilityRows) {
    let firm = firms.get(row.firm_id);
    if (!firm) {
      firm = { id: row.firm_id, name: row.name, latitude: row.latitude, longitude: row.longitude, capabilities: [] };
      firms.set(row.firm_id, firm);
    }
    const declaredHere = declaredCapacity(row.monthly_capacity, declared.tallies.get(`${row.firm_id}:${row.process_code}`));
    firm.capabilities.push({
      ...(declaredHere ? { declared: declaredHere } : {}),
      ...(down.has(row.firm_id) ? { outOfService: true } : {}),
      processCode: row.process_code,
      materialCodes: row.materials,
      bestToleranceUm: row.best_tolerance_um,
      maxWorkpieceMm: row.max_workpiece_mm,
      monthlyCapacity: row.monthly_capacity,
      leadTimeDays: row.lead_time_days,
      committedPerMonth: committedOf.get(`${row.firm_id}:${row.process_code}`) ?? 0,
    });
  }
  if (firms.size === 0) return { candidates: [], freshUntil: declared.freshUntil };

  const certsOf = new Map(certifications.map((r) => [r.firm_id, r.codes]));
  const recordOf = new Map(records.map((r) => [r.firm_id, r]));
  const raisedOf = new Map(handRaises.map((r) => [r.firm_id, r.step_ids]));

  const candidates = [...firms.values()].map((f) => {
    const record = recordOf.get(f.id);
    return {
      id: f.id,
      name: f.name,
      location: { latitude: f.latitude, longitude: f.longitude },
      capabilities: f.capabilities,
      certifications: certsOf.get(f.id) ?? [],
      record: { deliveries: record?.deliveries ?? 0, onTime: record?.on_time ?? 0, scorecard: scorecards.get(f.id) ?? null },
      recentExposure: exposureOf.get(f.id) ?? 0,
      handRaisedStepIds: raisedOf.get(f.id) ?? [],
      partners: {},
    };
  });
  return { candidates, freshUntil: declared.freshUntil };
}

/** The candidates with past partnerships filled in among the firms the composer can choose, and
 *  the same as a composer task carries them (the shortlist is itself a composer task). */
export async function withPartners(
  sql: SqlConnection, job: JobInput, loaded: CandidateFirm[], options: MatchingOptions, alsoFirmIds: readonly string[] = [], set = packCandidates(loaded),
): Promise<{ candidates: CandidateFirm[]; set: CandidateSet }> {
  const shortlist = await runOnComposer({ kind: "shortlist", job, candidates: set, options });
  const partnersOf = await partnersAmong(sql, [...shortlist, ...alsoFirmIds]);
  return { candidates: loaded.map((c) => (partnersOf[c.id] ? { ...c, partners: partnersOf[c.id]! } : c)), set: { ...set, partners: partnersOf } };
}

/** Past partnerships among these firms, both directions, by firm id. */
export async function partnersAmong(sql: SqlConnection, firmIds: readonly string[]): Promise<CandidateSet["partners"]> {
  const ids = [...new Set(firmIds)];
  if (ids.length < 2) return {};
  const pairs = await sql.query<{ a: string; b: string; jobs: number; rating: number | null }>(
    // Each pair once (a < b); it is symmetric, so both directions are filled in below. Written as
    // two ANY tests, the index on (a, b) is searched for both ends at once (15× faster than joining
    // an unnested id list twice, which walks every partner of every id).
    `SELECT p.a, p.b, p.jobs, p.rating FROM raw_match_partner p WHERE p.a = ANY($1::uuid[]) AND p.b = ANY($1::uuid[]) AND p.b > p.a`,
    [ids],
  );
  const partnersOf: CandidateSet["partners"] = {};
  for (const p of pairs) {
    for (const [from, to] of [[p.a, p.b], [p.b, p.a]] as const) (partnersOf[from] ??= {})[to] = { jobsTogether: p.jobs, averageRating: p.rating };
  }
  return partnersOf;
}

/** Formed standing groups with their member firms (tens to hundreds of groups). */
export async function loadStandingGroups(sql: SqlConnection): Promise<StandingGroupInput[]> {
  return sql.query<{ id: string; name: string; memberIds: string[] }>(
    `SELECT g.id, g.name, array_agg(m."firmId" ORDER BY m."firmId") AS "memberIds"
     FROM "JointOrderGroup" g JOIN "GroupMember" m ON m."groupId" = g.id AND m.status = 'ACCEPTED'
     WHERE g.kind = 'STANDING' AND g.status = 'APPROVED'
     GROUP BY g.id, g.name`,
  );
}

/** Mean suggestions per verified firm in the window: the fairness term's pool-independent reference. */
export async function exposureReference(sql: SqlConnection, today: Date): Promise<number> {
  const [row] = await sql.query<{ ref: number | null }>(
    `SELECT (SELECT coalesce(sum(n), 0) FROM raw_match_exposure WHERE day >= ${exposureFromSql("$1")})::float
            / greatest(1, (SELECT count(*) FROM "Firm" WHERE status = 'VERIFIED')) AS ref`,
    [today.toISOString()],
  );
  return row?.ref ?? 0;
}

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
