// npm run bench:suggest-concurrent -- [--duration 30] [--connections 20] [--suggests 10] [--port 3121] [--threads N|0] [--cpu-prof DIR]
// Does a page wait behind matching? On a production `next start` (building first when needed) over
// DATABASE_URL (the 10,000-firm seed), 20 connections load a buyer's job page for --duration
// seconds, first alone, then while 10 "suggest groups" requests run in a loop (each the refresh form
// of a job's suggestions page, which computes them afresh). Prints the job page's p95 both ways, their
// ratio (target ≤ 1.5), the suggests' p50/p95 (target p95 ≤ 600 ms), CPU per request on the request thread
// and the composer's threads (counted work: it holds on a busy machine), the load average, and one
// JSON line. --threads 0 runs the composer on the request thread (MATCHING_WORKERS=0) to compare.
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { ensureProductionBuild, startInstance } from "./support/app-instance";
import { BENCH_BUYER, buyerOpenJobs } from "./support/bench-job";
import { composerThreads, cpuSince, threadCpu } from "./support/server-threads";
import { signInForBenchmark } from "./support/sign-in";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "30" },
    connections: { type: "string", default: "20" },
    suggests: { type: "string", default: "10" },
    port: { type: "string" },
    threads: { type: "string" },
    // A directory for V8 CPU profiles of the server and its composer threads (node --cpu-prof),
    // written when it stops; summarise one with `npx tsx benchmarks/support/profile-summary.ts FILE`.
    "cpu-prof": { type: "string" },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const suggestLoops = Number(values.suggests);
const SECRET = process.env.NEXTAUTH_SECRET ?? "bench-load-secret-0123456789abcdef0123456789";

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);
};

/** Loads `url` at `connections` connections for the duration; the latency of every response. */
async function loadPage(url: string, cookie: string): Promise<{ latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon({ url, connections, duration, headers: { cookie }, timeout: 30 }, (error, done) => (error ? reject(error) : resolve(done)));
    run.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return { latencies, errors: result.errors + result.timeouts + result.non2xx };
}

/** One loop asking for fresh suggestions again and again until `stop`; each request's latency. */
async function suggestLoop(base: string, cookie: string, jobId: string, until: () => boolean, into: number[], errors: { n: number }) {
  while (!until()) {
    const started = performance.now();
    // The page's refresh form: computes afresh, records the run and answers 303 to the page (not followed).
    const body = new URLSearchParams({ submissionKey: randomBytes(16).toString("hex") });
    const response = await fetch(`${base}/api/jobs/${jobId}/suggestions/refresh`, { method: "POST", body, headers: { cookie, origin: base }, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 303) errors.n++;
    else into.push(performance.now() - started);
  }
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("set DATABASE_URL to a copy of the 10,000-firm seed (npm run db:seed -- --firms 10000)");
  ensureProductionBuild();
  const jobs = await buyerOpenJobs(suggestLoops);
  const env: Record<string, string> = { NEXTAUTH_SECRET: SECRET, QUEUE_WORKERS: "false", LOG_LEVEL: "warn", NEXTAUTH_URL: "http://127.0.0.1" };
  if (values.threads !== undefined) env.MATCHING_WORKERS = values.threads;
  const server = await startInstance(env, {
    timeoutMs: 300_000,
    port: values.port ? Number(values.port) : undefined,
    cpuProfileDir: values["cpu-prof"],
  });
  try {
    const cookie = await signInForBenchmark(server.url, BENCH_BUYER);
    const jobPage = `${server.url}/jobs/${jobs[0]}`;
    // Warm up: the page, and one fresh computation per job (the first loads code and caches).
    const first = await fetch(jobPage, { headers: { cookie }, redirect: "manual" });
    if (first.status !== 200) throw new Error(`the job page answered ${first.status}`);
    for (const jobId of jobs) await suggestLoop(server.url, cookie, jobId, ((n) => () => n-- <= 0)(1), [], { n: 0 });

    const pid = server.process.pid!;
    let cpu = threadCpu(pid);
    const alone = await loadPage(jobPage, cookie);
    const cpuAlone = cpuSince(cpu, (cpu = threadCpu(pid)));
    const suggestLatencies: number[] = [];
    const suggestErrors = { n: 0 };
    let stop = false;
    const loops = Array.from({ length: suggestLoops }, (_, i) => suggestLoop(server.url, cookie, jobs[i % jobs.length]!, () => stop, suggestLatencies, suggestErrors));
    // Let the suggests get going before measuring the page beside them.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const suggestsBefore = suggestLatencies.length;
    cpu = threadCpu(pid);
    const beside = await loadPage(jobPage, cookie);
    const cpuBeside = cpuSince(cpu, threadCpu(pid));
    const suggestsBeside = suggestLatencies.length - suggestsBefore;
    stop = true;
    await Promise.all(loops);
    // The request thread's time per job page alone, and what each suggest added to it beside.
    const mainPerJob = (cpuAlone.main * 1000) / Math.max(1, alone.latencies.length);
    const mainPerSuggest = ((cpuBeside.main * 1000) - mainPerJob * beside.latencies.length) / Math.max(1, suggestsBeside);
    const composerPerSuggest = (cpuBeside.composer * 1000) / Math.max(1, suggestsBeside);

    const figures = {
      bench: "suggest-concurrent",
      composer_threads: values.threads ?? "cores",
      composer_threads_seen: composerThreads(server.process.pid!),
      connections,
      suggest_loops: suggestLoops,
      jobs: jobs.length,
      duration_s: duration,
      job_p50_alone_ms: percentile(alone.latencies, 50),
      job_p95_alone_ms: percentile(alone.latencies, 95),
      job_p50_with_suggests_ms: percentile(beside.latencies, 50),
      job_p95_with_suggests_ms: percentile(beside.latencies, 95),
      job_p95_ratio: Number((percentile(beside.latencies, 95) / Math.max(1, percentile(alone.latencies, 95))).toFixed(2)),
      job_requests: [alone.latencies.length, beside.latencies.length],
      job_errors: alone.errors + beside.errors,
      suggests: suggestLatencies.length,
      suggest_p50_ms: percentile(suggestLatencies, 50),
      suggest_p95_ms: percentile(suggestLatencies, 95),
      suggest_errors: suggestErrors.n,
      cpu_ms_request_thread_per_job_page: Math.round(mainPerJob),
      cpu_ms_request_thread_per_suggest: Math.round(mainPerSuggest),
      cpu_ms_composer_per_suggest: Math.round(composerPerSuggest),
      request_thread_busy: [Number((cpuAlone.main / duration).toFixed(2)), Number((cpuBeside.main / duration).toFixed(2))],
      load_average_1m: Number(loadavg()[0]!.toFixed(2)),
    };
    console.log(`job page alone          p50 ${figures.job_p50_alone_ms} ms  p95 ${figures.job_p95_alone_ms} ms  (${alone.latencies.length} requests)`);
    console.log(`job page with suggests  p50 ${figures.job_p50_with_suggests_ms} ms  p95 ${figures.job_p95_with_suggests_ms} ms  (${beside.latencies.length} requests)  ratio ${figures.job_p95_ratio} (target ≤ 1.5)`);
    console.log(`suggest groups          p50 ${figures.suggest_p50_ms} ms  p95 ${figures.suggest_p95_ms} ms  (${figures.suggests} requests, ${suggestLoops} at once; target p95 ≤ 600 ms)`);
    console.log(`composer worker threads seen in the server: ${figures.composer_threads_seen}`);
    console.log(`CPU per request: job page ${figures.cpu_ms_request_thread_per_job_page} ms on the request thread; suggest ${figures.cpu_ms_request_thread_per_suggest} ms there + ${figures.cpu_ms_composer_per_suggest} ms on the composer's threads; request thread busy ${figures.request_thread_busy.join(" / ")} of a core`);
    console.log(`errors: job page ${figures.job_errors}, suggest ${figures.suggest_errors}; load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
    console.log(JSON.stringify(figures));
  } finally {
    await server.stop();
  }
}

await main();
