// npm run bench:load -- [--duration 30] [--connections 20] [--only directory,job,…] [--port N]
// Throughput of a production server on the 10,000-firm seed: starts `next start` (building first
// when the build is missing or older than the last commit) on DATABASE_URL, signs in a buyer and
// a federation staff member, and drives each page with autocannon for --duration seconds at
// --connections connections: the signed-in directory, a job page, the job's suggestions, the KPI
// dashboard and /api/health. Prints requests/s, p50/p95/p99 latency, errors and the server's peak
// memory (RSS of the server's process tree) for each, then one JSON line.
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { seal } from "@/lib/auth/secret-box";
import { issueRecoveryCodes } from "@/lib/auth/totp";
import { clock } from "@/lib/clock";
import { openDatabaseForScript } from "@/lib/db/client";
import { ensureProductionBuild, startInstance } from "./support/app-instance";
import { buyerOpenJobs } from "./support/bench-job";
import { statFields } from "./support/proc-stat";
import { signInForBenchmark } from "./support/sign-in";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "30" },
    connections: { type: "string", default: "20" },
    only: { type: "string" },
    port: { type: "string" },
    // A directory for V8 CPU profiles of the server (node --cpu-prof), written when it stops;
    // summarise one with `npx tsx benchmarks/support/profile-summary.ts FILE`.
    "cpu-prof": { type: "string" },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const SECRET = process.env.NEXTAUTH_SECRET ?? "bench-load-secret-0123456789abcdef0123456789";
process.env.NEXTAUTH_SECRET = SECRET; // the staff member's second factor is sealed with it

/** RSS in bytes of a process and all its descendants (next start may run workers). */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(statFields(`/proc/${entry}/stat`)[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* gone */
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      total += Number(rss ?? 0) * 1024;
    } catch {
      /* gone */
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** The federation account must use a second factor: enrol one and sign in with a recovery code. */
async function staffCode(email: string): Promise<string> {
  const db = await openDatabaseForScript();
  try {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    await db.prisma.user.update({ where: { id: user.id }, data: { totpSecret: seal("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"), totpEnabledAt: clock.now() } });
    const [code] = await issueRecoveryCodes(db.prisma, user.id);
    return code!;
  } finally {
    await db.close();
  }
}

interface Figure {
  page: string;
  path: string;
  requests: number;
  rps: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  errors: number;
  peak_rss_mb: number;
  /** The machine's 1-minute load average at the end of the page's run (other work on it skews the figures). */
  load_avg: number;
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("set DATABASE_URL to the 10,000-firm seed (npm run db:seed -- --firms 10000)");
  ensureProductionBuild();
  const [jobs, code] = await Promise.all([buyerOpenJobs(1), staffCode("federation@demo.kyodo.example")]);
  const jobId = jobs[0]!;
  const server = await startInstance({ NEXTAUTH_SECRET: SECRET, QUEUE_WORKERS: "false", LOG_LEVEL: "warn", NEXTAUTH_URL: "http://127.0.0.1" }, {
    timeoutMs: 300_000,
    cpuProfileDir: values["cpu-prof"], ...(values.port ? { port: Number(values.port) } : {}) });
  try {
    const buyer = await signInForBenchmark(server.url, "buyer@demo.kyodo.example");
    const staff = await signInForBenchmark(server.url, "federation@demo.kyodo.example", code);
    const targets = [
      { page: "directory", path: "/directory", cookie: buyer, expect: 'data-testid="directory-count"' },
      { page: "job", path: `/jobs/${jobId}`, cookie: buyer },
      { page: "suggestions", path: `/jobs/${jobId}/suggestions`, cookie: buyer },
      { page: "kpi", path: "/kpi", cookie: staff },
      { page: "health", path: "/api/health", cookie: "" },
    ].filter((t) => !values.only || values.only.split(",").includes(t.page));
    const figures: Figure[] = [];
    for (const target of targets) {
      const first = await fetch(`${server.url}${target.path}`, { headers: { cookie: target.cookie }, redirect: "manual" });
      const html = await first.text();
      if (first.status !== 200 || (target.expect && !html.includes(target.expect))) throw new Error(`${target.path} answered ${first.status} before the run`);
      let peak = treeRss(server.process.pid!);
      const sampler = setInterval(() => (peak = Math.max(peak, treeRss(server.process.pid!))), 500);
      const latencies: number[] = [];
      const result = await new Promise<autocannon.Result>((resolve, reject) => {
        const run = autocannon({ url: `${server.url}${target.path}`, connections, duration, headers: { cookie: target.cookie }, timeout: 30 }, (error, done) =>
          error ? reject(error) : resolve(done),
        );
        run.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
      });
      clearInterval(sampler);
      latencies.sort((x, y) => x - y);
      const at = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? 0);
      figures.push({
        page: target.page,
        path: target.path.replace(jobId, "[id]"),
        requests: result.requests.total,
        rps: Number(result.requests.average.toFixed(1)),
        p50_ms: at(50),
        p95_ms: at(95),
        p99_ms: at(99),
        errors: result.errors + result.timeouts + result.non2xx,
        peak_rss_mb: Math.round(peak / 1024 / 1024),
        load_avg: Number(loadavg()[0]!.toFixed(2)),
      });
      const f = figures.at(-1)!;
      console.log(`${f.page.padEnd(12)} ${String(f.rps).padStart(7)} req/s  p50 ${f.p50_ms} ms  p95 ${f.p95_ms} ms  p99 ${f.p99_ms} ms  errors ${f.errors}  peak RSS ${f.peak_rss_mb} MB  load ${f.load_avg}`);
    }
    console.log(
      ["", `| page | req/s | p50 ms | p95 ms | p99 ms | errors | peak RSS MB | load avg |`, "|---|---:|---:|---:|---:|---:|---:|---:|", ...figures.map((f) => `| ${f.page} | ${f.rps} | ${f.p50_ms} | ${f.p95_ms} | ${f.p99_ms} | ${f.errors} | ${f.peak_rss_mb} | ${f.load_avg} |`)].join("\n"),
    );
    console.log(JSON.stringify({ bench: "load", connections, duration_s: duration, pages: figures }));
  } finally {
    await server.stop();
  }
}

await main();
