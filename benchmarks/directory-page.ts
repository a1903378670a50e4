// npm run bench:directory-page -- --base http://localhost:3000 [--runs N]
// Times the whole directory page over HTTP, as a signed-in buyer's browser gets it (server
// rendering with the search, facets, map and standing groups; the HTML fully received), for the
// same searches as bench:directory. Run it against `npm run start` on the 10,000-firm seed, with
// DATABASE_URL naming the same database (the searches pick their words from it). Prints a table
// and one JSON line.
import { parseArgs } from "node:util";
import { openDatabaseForScript } from "@/lib/db/client";
import { SCENARIOS, vocabulary } from "./directory-scenarios";
import { signInForBenchmark } from "./support/sign-in";

const { values } = parseArgs({ options: { base: { type: "string", default: "http://localhost:3000" }, runs: { type: "string", default: "20" }, email: { type: "string", default: "buyer@demo.kyodo.example" } } });
const runs = Math.max(1, Number(values.runs));
const base = values.base!.replace(/\/$/, "");
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main() {
  const db = await openDatabaseForScript();
  const words = await vocabulary(db.sql).finally(() => db.close());
  const cookie = await signInForBenchmark(base, values.email!);
  const get = async (params: Record<string, string>) => {
    const started = performance.now();
    const res = await fetch(`${base}/directory?${new URLSearchParams(params)}`, { headers: { cookie } });
    const html = await res.text();
    if (res.status !== 200 || !html.includes('data-testid="directory-count"')) throw new Error(`GET /directory answered ${res.status} without results`);
    return performance.now() - started;
  };
  for (const s of SCENARIOS) await get(s.params(words, 0)); // warm up: compiled routes, connections, plans
  const all: number[] = [];
  const rows: string[] = [];
  for (const scenario of SCENARIOS) {
    const times: number[] = [];
    for (let i = 1; i <= runs; i++) times.push(await get(scenario.params(words, i)));
    all.push(...times);
    times.sort((a, b) => a - b);
    rows.push(`| ${scenario.name} | ${runs} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${times.at(-1)!.toFixed(1)} |`);
  }
  all.sort((a, b) => a - b);
  console.log([`directory page over HTTP (${base}), ${runs} runs per query`, "| query | runs | p50 ms | p95 ms | max ms |", "|---|---:|---:|---:|---:|", ...rows].join("\n"));
  console.log(JSON.stringify({ bench: "directory-page", requests: all.length, p50_ms: Number(percentile(all, 50).toFixed(1)), p95_ms: Number(percentile(all, 95).toFixed(1)), max_ms: Number(all.at(-1)!.toFixed(1)) }));
}

await main();
