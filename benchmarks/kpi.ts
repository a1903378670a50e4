// npm run bench:kpi [-- --runs N]
// Times every KPI dashboard query against the database in DATABASE_URL (seed it first, e.g.
// `npm run db:seed -- --firms 10000 --orders 100000`), for the whole federation and for one
// association, over the current fiscal year. Prints p50/p95 per query and ends with one JSON line.
import { parseArgs } from "node:util";
import type { Viewer } from "@/lib/auth/viewer-types";
import { openDatabaseForScript } from "@/lib/db/client";
import type { SqlConnection } from "@/lib/db/sql-connection";
import { BREAKDOWN_DIMENSIONS, kpiBreakdown } from "@/lib/kpi/breakdown";
import { eventsHeldByMonth } from "@/lib/kpi/events";
import { activeFirmsByMonth, participatingFirmsByMonth } from "@/lib/kpi/firms";
import { jobFunnel } from "@/lib/kpi/funnel";
import { capabilityGaps } from "@/lib/kpi/gaps";
import { groupsFormedByMonth, matchesMadeByMonth } from "@/lib/kpi/groups";
import { orderValueByMonth } from "@/lib/kpi/orders";
import { averageOrderValueChange, newCustomerRate } from "@/lib/kpi/outcomes";
import { fiscalYearOfDate, periodRange, type Period } from "@/lib/kpi/period";
import { resolveKpiScope, type KpiScope } from "@/lib/kpi/scope";

const { values } = parseArgs({ options: { runs: { type: "string", default: "20" } } });
const runs = Math.max(1, Number(values.runs));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function staffViewer(sql: SqlConnection, role: "FEDERATION_STAFF" | "ASSOCIATION_STAFF"): Promise<Viewer> {
  const [user] = await sql.query<{ id: string; name: string; email: string; association_id: string | null; federation_id: string | null }>(
    `SELECT id, name, email, "associationId" AS association_id, "federationId" AS federation_id FROM "User" WHERE role = $1 AND status = 'ACTIVE' ORDER BY email LIMIT 1`,
    [role],
  );
  if (!user) throw new Error(`no ${role} user: seed the database first`);
  return { userId: user.id, name: user.name, email: user.email, role, locale: "ja", firmId: null, firmStatus: null, associationId: user.association_id, buyerOrgId: null, federationId: user.federation_id, twoFactorPending: false };
}

function queriesFor(sql: SqlConnection, viewer: Viewer, scope: KpiScope, today: Date): Record<string, () => Promise<unknown>> {
  const fiscalYear = fiscalYearOfDate(today);
  const year: Period = { kind: "fy", fiscalYear };
  const range = periodRange(year);
  const rateWindows: Period[] = [fiscalYear - 2, fiscalYear - 1, fiscalYear].map((fy) => ({ kind: "fy", fiscalYear: fy }));
  const queries: Record<string, () => Promise<unknown>> = {
    orderValue: () => orderValueByMonth(sql, scope, fiscalYear, today),
    participatingFirms: () => participatingFirmsByMonth(sql, scope, fiscalYear, today),
    activeFirms: () => activeFirmsByMonth(sql, scope, fiscalYear, today),
    groupsFormed: () => groupsFormedByMonth(sql, scope, fiscalYear, today),
    matchesMade: () => matchesMadeByMonth(sql, scope, fiscalYear, today),
    eventsHeld: () => eventsHeldByMonth(sql, scope, fiscalYear, today),
    averageOrderValueChange: () => averageOrderValueChange(sql, scope, rateWindows, today),
    newCustomerRate: () => newCustomerRate(sql, scope, rateWindows),
    funnel: () => jobFunnel(sql, scope, range),
    capabilityGaps: () => capabilityGaps(sql, scope, range),
  };
  for (const dimension of BREAKDOWN_DIMENSIONS) {
    if (dimension === "association" && scope.associationId) continue;
    queries[`breakdown:${dimension}`] = () => kpiBreakdown(sql, viewer, scope, range, dimension, today);
  }
  return queries;
}

async function main() {
  const db = await openDatabaseForScript();
  try {
    const today = new Date();
    const [{ orders } = { orders: 0 }] = await db.sql.query<{ orders: number }>(`SELECT count(*)::int AS orders FROM "Order"`);
    const federationViewer = await staffViewer(db.sql, "FEDERATION_STAFF");
    const associationViewer = await staffViewer(db.sql, "ASSOCIATION_STAFF");
    const scopes = [
      { name: "federation", viewer: federationViewer, scope: await resolveKpiScope(db.sql, federationViewer) },
      { name: "association", viewer: associationViewer, scope: await resolveKpiScope(db.sql, associationViewer) },
    ];
    const lines = ["| scope | query | p50 ms | p95 ms | max ms |", "|---|---|---:|---:|---:|"];
    let worst = 0;
    let worstQuery = "";
    for (const { name, viewer, scope } of scopes) {
      for (const [query, run] of Object.entries(queriesFor(db.sql, viewer, scope, today))) {
        await run(); // warm the cache and the plan
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          const started = performance.now();
          await run();
          times.push(performance.now() - started);
        }
        times.sort((a, b) => a - b);
        const p95 = percentile(times, 95);
        if (p95 > worst) [worst, worstQuery] = [p95, `${name}/${query}`];
        lines.push(`| ${name} | ${query} | ${percentile(times, 50).toFixed(1)} | ${p95.toFixed(1)} | ${times.at(-1)!.toFixed(1)} |`);
      }
    }
    console.error(lines.join("\n"));
    console.log(JSON.stringify({ bench: "kpi", orders, runs, slowest: worstQuery, p95_ms: Number(worst.toFixed(1)) }));
  } finally {
    await db.close();
  }
}

await main();
