// npm run bench:directory [-- --runs N]
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

const { values } = parseArgs({ options: { runs: { type: "string", default: "30" } } });
const runs = Math.max(1, Number(values.runs));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function buyerViewer(sql: SqlConnection): Promise<Viewer> {
  const [user] = await sql.query<{ id: string; name: string; email: string; buyer_org_id: string }>(
    `SELECT id, name, email, "buyerOrgId" AS buyer_org_id FROM "User" WHERE role = 'BUYER' AND status = 'ACTIVE' AND "buyerOrgId" IS NOT NULL ORDER BY email LIMIT 1`,
  );
  if (!user) throw new Error("no buyer user: seed the database first");
  return { userId: user.id, name: user.name, email: user.email, role: "BUYER", locale: "ja", firmId: null, firmStatus: null, associationId: null, buyerOrgId: user.buyer_org_id, federationId: null };
}

/** Values that occur in the data, so every query has something to find. */
async function vocabulary(sql: SqlConnection) {
  const pick = async (text: string) => (await sql.query<{ v: string }>(text)).map((r) => r.v);
  const wards = await pick(`SELECT "municipalityCode" AS v FROM "Firm" WHERE status = 'VERIFIED' GROUP BY 1 ORDER BY count(*) DESC LIMIT 12`);
  const processes = await pick(`SELECT "processCode" AS v FROM "Capability" GROUP BY 1 ORDER BY count(*) DESC LIMIT 8`);
  const materials = await pick(`SELECT "materialCode" AS v FROM "CapabilityMaterial" GROUP BY 1 ORDER BY count(*) DESC LIMIT 6`);
  const certs = await pick(`SELECT "certificationCode" AS v FROM "FirmCertification" GROUP BY 1 ORDER BY count(*) DESC LIMIT 3`);
  const kana = await pick(`SELECT DISTINCT left("nameKana", 4) AS v FROM "Firm" WHERE "nameKana" IS NOT NULL ORDER BY 1 LIMIT 20`);
  const names = await pick(`SELECT DISTINCT split_part("nameEn", ' ', 1) AS v FROM "Firm" WHERE "nameEn" IS NOT NULL ORDER BY 1 LIMIT 20`);
  const models = await pick(`SELECT DISTINCT left(model, 5) AS v FROM "Equipment" ORDER BY 1 LIMIT 20`);
  if (!wards.length || !processes.length) throw new Error("the database has no firms: seed it first");
  return { wards, processes, materials, certs, kana, names, models };
}

type Vocabulary = Awaited<ReturnType<typeof vocabulary>>;
const at = <T>(list: readonly T[], i: number) => list[i % list.length]!;
// Hiragana and half-width forms of the same katakana word, as users type them.
const toHiragana = (s: string) => s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

const SCENARIOS: { name: string; params: (v: Vocabulary, i: number) => Record<string, string> }[] = [
  { name: "text (kana name, hiragana)", params: (v, i) => ({ q: toHiragana(at(v.kana, i)) }) },
  { name: "text (English, lower case)", params: (v, i) => ({ q: at(v.names, i).toLowerCase() }) },
  { name: "text (machine model)", params: (v, i) => ({ q: at(v.models, i) }) },
  { name: "text (common word 精密)", params: () => ({ q: "精密" }) },
  { name: "process + ward", params: (v, i) => ({ process: at(v.processes, i), area: at(v.wards, i * 7) }) },
  { name: "process + tolerance + material", params: (v, i) => ({ process: at(v.processes, i), tolMax: String(5 + (i % 4) * 5), material: at(v.materials, i) }) },
  { name: "three facets + text", params: (v, i) => ({ q: at(["精密", "試作", "短納期", "アルミ", "量産"], i), process: at(v.processes, i), area: at(v.wards, i), cert: at(v.certs, i) }) },
  { name: "process, distance sort", params: (v, i) => ({ process: at(v.processes, i), sort: "distance", near: at(v.wards, i) }) },
  { name: "no filter, page 40", params: (_v, i) => ({ page: String(40 + (i % 5)) }) },
];

async function main() {
  const db = await openDatabaseForScript();
  try {
    const [{ n: firms } = { n: 0 }] = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Firm"`);
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
