// npm run bench:matching [-- --jobs N --scales 10000,50000]
// Times the pure matching library (suggestGroups) on synthetic firms at federation scale and
// prints a table plus one JSON line per scale.
import { parseArgs } from "node:util";
import { suggestGroups } from "@/lib/matching";
import { syntheticFirms, syntheticJobs } from "./support/synthetic-matching";

const { values } = parseArgs({ options: { jobs: { type: "string", default: "200" }, scales: { type: "string", default: "10000,50000" } } });
const jobCount = Number(values.jobs);
const scales = values.scales.split(",").map(Number);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const rows: string[] = [];
for (const firmCount of scales) {
  const firms = syntheticFirms(firmCount, 7);
  const jobs = syntheticJobs(jobCount, 11);
  for (const job of jobs.slice(0, 5)) suggestGroups(job, firms); // warm up the JIT
  const times: number[] = [];
  let maxGap = 0;
  let feasible = 0;
  let exhaustive = 0;
  for (const job of jobs) {
    const started = performance.now();
    const result = suggestGroups(job, firms, { k: 3 });
    times.push(performance.now() - started);
    if (result.groups.length > 0) feasible++;
    if (result.certificate?.method === "exhaustive") exhaustive++;
    if (result.certificate && Number.isFinite(result.certificate.gap)) maxGap = Math.max(maxGap, result.certificate.gap);
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  rows.push(`| ${firmCount.toLocaleString("en")} | ${jobCount} | ${feasible} | ${exhaustive} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${times.at(-1)!.toFixed(1)} | ${(maxGap * 100).toFixed(2)}% |`);
  console.log(JSON.stringify({ bench: "matching", firms: firmCount, jobs: jobCount, p50_ms: Number(p50.toFixed(2)), p95_ms: Number(p95.toFixed(2)), max_gap: Number(maxGap.toFixed(4)) }));
}
console.error(["| firms | jobs | with groups | exhaustive | p50 ms | p95 ms | max ms | max gap |", "|---:|---:|---:|---:|---:|---:|---:|---:|", ...rows].join("\n"));
