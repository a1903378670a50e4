// npm run bench:suggest-concurrent -- [--duration 30] [--connections 20] [--suggests 10] [--rounds 3] [--port 3121] [--threads N|0] [--cpu-prof DIR]
// Does a page wait behind matching? On a production `next start` (building first when needed) over
// DATABASE_URL (the 10,000-firm seed), 20 connections load a buyer's job page without a pause, while
// 10 "suggest groups" requests (each the refresh form of a job's suggestions page, which computes
// them afresh) loop in some stretches and are stopped in others: --rounds times --duration/--rounds
// seconds alone, then as long beside them. The two conditions take turns because this machine's
// speed drifts by a quarter from one minute to the next: measured one after the other, the ratio
// mostly measured the drift (decision 039). A page request counts for a condition when it started
// and ended within one of its stretches (not while the suggests start or drain). Prints the job
// page's p95 both ways, their ratio (target ≤ 1.5), the suggests' p50/p95 (target p95 ≤ 600 ms), CPU
// per request on the request thread and the composer's threads (counted work: it holds on a busy
// machine), the load average, and one JSON line. --threads 0 runs the composer on the request
// thread (MATCHING_WORKERS=0) to compare.
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
    rounds: { type: "string", default: "3" },
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
const rounds = Math.max(1, Number(values.rounds));
const SECRET = process.env.NEXTAUTH_SECRET ?? "bench-load-secret-0123456789abcdef0123456789";

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);
};

/** A stretch of time in which one condition held throughout. */
interface Stretch {
  from: number;
  to: number;
}

const within = (stretches: readonly Stretch[], from: number, to: number) => stretches.some((s) => s.from <= from && to <= s.to);

/** Loads `url` at `connections` connections until `stop` is called; each response's start, end and error. */
function loadPage(url: string, cookie: string) {
  const responses: { from: number; to: number }[] = [];
  let errors = 0;
  let finished: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finished = resolve));
  const run = autocannon({ url, connections, duration: 3_600, headers: { cookie }, timeout: 30 }, () => finished());
  run.on("response", (_client, status, _bytes, responseTime) => {
    const to = performance.now();
    if (status !== 200) errors++;
    else responses.push({ from: to - responseTime, to });
  });
  run.on("reqError", () => errors++);
  return {
    responses,
    errors: () => errors,
    stop: async () => {
      run.stop();
      await done;
    },
  };
}

/** Suggest loops that run while `running`: each request's latency and whether it erred. */
class SuggestLoops {
  running = false;
  inFlight = 0;
  readonly latencies: number[] = [];
  errors = 0;
  private wake: (() => void) | null = null;
  private stopped = false;
  private readonly loops: Promise<void>[];

  constructor(private readonly base: string, private readonly cookie: string, jobs: readonly string[]) {
    this.loops = Array.from({ length: suggestLoops }, (_, i) => this.loop(jobs[i % jobs.length]!));
  }

  private async loop(jobId: string) {
    while (!this.stopped) {
      if (!this.running) {
        await new Promise<void>((resolve) => {
          const previous = this.wake;
          this.wake = () => (previous?.(), resolve());
        });
        continue;
      }
      this.inFlight++;
      const started = performance.now();
      const ok = await refresh(this.base, this.cookie, jobId);
      this.inFlight--;
      if (ok) this.latencies.push(performance.now() - started);
      else this.errors++;
    }
  }

  start() {
    this.running = true;
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /** Stops issuing requests and waits for those in flight. */
  async pause() {
    this.running = false;
    while (this.inFlight > 0) await sleep(20);
  }

  async end() {
    this.stopped = true;
    this.start();
    await Promise.all(this.loops);
  }
}

/** The page's refresh form: computes afresh, records the run and answers 303 to the page (not followed). */
async function refresh(base: string, cookie: string, jobId: string): Promise<boolean> {
  const body = new URLSearchParams({ submissionKey: randomBytes(16).toString("hex") });
  const response = await fetch(`${base}/api/jobs/${jobId}/suggestions/refresh`, { method: "POST", body, headers: { cookie, origin: base }, redirect: "manual" });
  await response.arrayBuffer();
  return response.status === 303;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
    for (const jobId of jobs) await refresh(server.url, cookie, jobId);

    const pid = server.process.pid!;
    const stretch = (duration * 1000) / rounds;
    const alone: Stretch[] = [];
    const beside: Stretch[] = [];
    let cpuAlone = { main: 0, composer: 0, other: 0 };
    let cpuBeside = { ...cpuAlone };
    const add = (sum: typeof cpuAlone, part: typeof cpuAlone) => ({ main: sum.main + part.main, composer: sum.composer + part.composer, other: sum.other + part.other });
    /** One stretch of a condition: its span, and the server's CPU in it. */
    const hold = async (into: Stretch[]) => {
      const from = performance.now();
      const before = threadCpu(pid);
      await sleep(stretch);
      into.push({ from, to: performance.now() });
      return cpuSince(before, threadCpu(pid));
    };
    const suggests = new SuggestLoops(server.url, cookie, jobs);
    const page = loadPage(jobPage, cookie);
    await sleep(2_000); // the page's connections open and warm up
    let suggestsBeside = 0;
    for (let round = 0; round < rounds; round++) {
      cpuAlone = add(cpuAlone, await hold(alone));
      suggests.start();
      await sleep(2_000); // the suggests get going before the page is measured beside them
      const before = suggests.latencies.length;
      cpuBeside = add(cpuBeside, await hold(beside));
      await suggests.pause();
      suggestsBeside += suggests.latencies.length - before;
    }
    await Promise.all([page.stop(), suggests.end()]);
    const aloneLatencies = page.responses.filter((r) => within(alone, r.from, r.to)).map((r) => r.to - r.from);
    const besideLatencies = page.responses.filter((r) => within(beside, r.from, r.to)).map((r) => r.to - r.from);
    const suggestLatencies = suggests.latencies;
    // The request thread's time per job page alone, and what each suggest added to it beside
    // (pages counted by when they ended, as their CPU was).
    const endedIn = (stretches: Stretch[]) => page.responses.filter((r) => within(stretches, r.to, r.to)).length;
    const mainPerJob = (cpuAlone.main * 1000) / Math.max(1, endedIn(alone));
    const mainPerSuggest = ((cpuBeside.main * 1000) - mainPerJob * endedIn(beside)) / Math.max(1, suggestsBeside);
    const composerPerSuggest = (cpuBeside.composer * 1000) / Math.max(1, suggestsBeside);

    const figures = {
      bench: "suggest-concurrent",
      composer_threads: values.threads ?? "cores",
      composer_threads_seen: composerThreads(server.process.pid!),
      connections,
      suggest_loops: suggestLoops,
      jobs: jobs.length,
      duration_s: duration,
      rounds,
      job_p50_alone_ms: percentile(aloneLatencies, 50),
      job_p95_alone_ms: percentile(aloneLatencies, 95),
      job_p50_with_suggests_ms: percentile(besideLatencies, 50),
      job_p95_with_suggests_ms: percentile(besideLatencies, 95),
      job_p95_ratio: Number((percentile(besideLatencies, 95) / Math.max(1, percentile(aloneLatencies, 95))).toFixed(2)),
      job_requests: [aloneLatencies.length, besideLatencies.length],
      job_errors: page.errors(),
      suggests: suggestLatencies.length,
      suggest_p50_ms: percentile(suggestLatencies, 50),
      suggest_p95_ms: percentile(suggestLatencies, 95),
      suggest_errors: suggests.errors,
      cpu_ms_request_thread_per_job_page: Math.round(mainPerJob),
      cpu_ms_request_thread_per_suggest: Math.round(mainPerSuggest),
      cpu_ms_composer_per_suggest: Math.round(composerPerSuggest),
      request_thread_busy: [Number((cpuAlone.main / duration).toFixed(2)), Number((cpuBeside.main / duration).toFixed(2))],
      load_average_1m: Number(loadavg()[0]!.toFixed(2)),
    };
    console.log(`job page alone          p50 ${figures.job_p50_alone_ms} ms  p95 ${figures.job_p95_alone_ms} ms  (${aloneLatencies.length} requests)`);
    console.log(`job page with suggests  p50 ${figures.job_p50_with_suggests_ms} ms  p95 ${figures.job_p95_with_suggests_ms} ms  (${besideLatencies.length} requests)  ratio ${figures.job_p95_ratio} (target ≤ 1.5)`);
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
