// npm run bench:directory [-- --runs N] [--declare-all]
// Times directory searches at the data layer (searchDirectory: one page of results plus every
// facet's counts) against the database in DATABASE_URL, seeded with
// `npm run db:seed -- --firms 10000`. The query mix follows the common searches — text
// only; process + ward; process + tolerance + material; three facets and text — plus distance
// sort and a deep page. Queries vary per run (different words, wards, processes) so no single
// cached plan or page flatters the figures. Prints a table and ends with one JSON line.
import { parseArgs } from "node:util";
import type { Viewer } from "@/lib/auth/viewer-types";
import { openDatabaseForScript } from "@/lib/db/client";
import type { SqlConnection } from "@/lib/db/sql-connection";
import { searchDirectory } from "@/lib/directory/search";
import { parseDirectoryQuery } from "@/lib/directory/search-params";
import { SCENARIOS, vocabulary } from "./directory-scenarios";
import { declareForEveryFirm } from "./support/declare-all";
import { clock } from "@/lib/clock";

const { values } = parseArgs({ options: { runs: { type: "string", default: "30" }, "declare-all": { type: "boolean", default: false } } });
const runs = Math.max(1, Number(values.runs));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function buyerViewer(sql: SqlConnection): Promise<Viewer> {
  const [user] = await sql.query<{ id: string; name: string; email: string; buyer_org_id: string }>(
    `SELECT id, name, email, "buyerOrgId" AS buyer_org_id FROM "User" WHERE role = 'BUYER' AND status = 'ACTIVE' AND "buyerOrgId" IS NOT NULL ORDER BY email LIMIT 1`,
  );
  if (!user) throw new Error("no buyer user: seed the database first");
  return { userId: user.id, name: user.name, email: user.email, role: "BUYER", locale: "ja", firmId: null, firmStatus: null, associationId: null, buyerOrgId: user.buyer_org_id, federationId: null };
}

async function main() {
  const db = await openDatabaseForScript();
  try {
    const [{ n: firms } = { n: 0 }] = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Firm"`);
    if (values["declare-all"]) console.error(`declarations written: ${await declareForEveryFirm(db.sql, clock.now())}`);
    const viewer = await buyerViewer(db.sql);
    const words = await vocabulary(db.sql);
    // Warm up: the first query of each kind pays for connections and plans.
    for (const s of SCENARIOS) await searchDirectory(db.sql, viewer, parseDirectoryQuery(new URLSearchParams(s.params(words, 0))));

    const all: number[] = [];
    const rows: string[] = [];
    for (const scenario of SCENARIOS) {
      const times: number[] = [];
      let hits = 0;
      for (let i = 1; i <= runs; i++) {
        const query = parseDirectoryQuery(new URLSearchParams(scenario.params(words, i)));
        const started = performance.now();
        const result = await searchDirectory(db.sql, viewer, query);
        times.push(performance.now() - started);
        hits += result.total;
      }
      all.push(...times);
      times.sort((a, b) => a - b);
      rows.push(`| ${scenario.name} | ${runs} | ${Math.round(hits / runs)} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${times.at(-1)!.toFixed(1)} |`);
    }
    all.sort((a, b) => a - b);
    console.log([`directory search on ${db.kind}, ${firms} firms, ${runs} runs per query`, "| query | runs | avg hits | p50 ms | p95 ms | max ms |", "|---|---:|---:|---:|---:|---:|", ...rows].join("\n"));
    console.log(JSON.stringify({ bench: "directory", firms, database: db.kind, queries: all.length, p50_ms: Number(percentile(all, 50).toFixed(2)), p95_ms: Number(percentile(all, 95).toFixed(2)), max_ms: Number(all.at(-1)!.toFixed(2)) }));
  } finally {
    await db.close();
  }
}

await main();
