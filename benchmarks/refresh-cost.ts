// npm run bench:refresh-cost -- [--refreshes 300] [--rounds 2] [--cpu-prof DIR]
// What one "suggest groups" refresh costs the machine, counted rather than timed: on a production
// `next start` (building first when needed) over DATABASE_URL (a copy of the 10,000-firm seed on
// this machine's PostgreSQL), refreshes one at a time over ten of the buyer's jobs, and per refresh
// the wall time and the CPU of the request thread, the composer's threads, the server's other
// threads (GC, libuv) and the database backends serving it. Two builds are compared by running
// this for each in turn (decision 037). Rounds follow one another on the same database, so a cost
// that grows with recorded runs shows from one round to the next. Prints one line per round and a JSON line.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { ensureProductionBuild, startInstance } from "./support/app-instance";
import { BENCH_BUYER, buyerOpenJobs } from "./support/bench-job";
import { cpuSince, databaseCpuMeter, threadCpu } from "./support/server-threads";
import { signInForBenchmark } from "./support/sign-in";

const { values } = parseArgs({
  options: {
    refreshes: { type: "string", default: "300" },
    rounds: { type: "string", default: "2" },
    // A directory for V8 CPU profiles of the server's threads (node --cpu-prof), written when it stops.
    "cpu-prof": { type: "string" },
  },
});
const refreshes = Number(values.refreshes);

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("set DATABASE_URL to a copy of the 10,000-firm seed (npm run db:seed -- --firms 10000)");
  const database = new URL(url).pathname.slice(1);
  ensureProductionBuild();
  const jobs = await buyerOpenJobs(10);
  const server = await startInstance({ NEXTAUTH_SECRET: "bench-refresh-secret-0123456789abcdef0123456789", QUEUE_WORKERS: "false", LOG_LEVEL: "warn", NEXTAUTH_URL: "http://127.0.0.1" }, { timeoutMs: 300_000, cpuProfileDir: values["cpu-prof"] });
  const rounds: { round: number; wall_ms: number; request_thread_ms: number; composer_ms: number; other_threads_ms: number; database_ms: number }[] = [];
  try {
    const cookie = await signInForBenchmark(server.url, BENCH_BUYER);
    // The page's refresh form: computes afresh, records the run and answers 303 (not followed).
    const refresh = async (jobId: string) => {
      const body = new URLSearchParams({ submissionKey: randomBytes(16).toString("hex") });
      const response = await fetch(`${server.url}/api/jobs/${jobId}/suggestions/refresh`, { method: "POST", body, headers: { cookie, origin: server.url }, redirect: "manual" });
      await response.arrayBuffer();
      if (response.status !== 303) throw new Error(`a refresh answered ${response.status}`);
    };
    // Warm up: code loaded, and each job's candidates kept (candidate-cache.ts) before counting.
    for (const jobId of [...jobs, ...jobs]) await refresh(jobId);
    const pid = server.process.pid!;
    for (let round = 1; round <= Number(values.rounds); round++) {
      const threads = threadCpu(pid);
      const backends = databaseCpuMeter(database);
      const started = performance.now();
      for (let i = 0; i < refreshes; i++) await refresh(jobs[i % jobs.length]!);
      const wall = performance.now() - started;
      const used = cpuSince(threads, threadCpu(pid));
      const per = (seconds: number) => Number(((seconds * 1000) / refreshes).toFixed(1));
      const figures = { round, wall_ms: per(wall / 1000), request_thread_ms: per(used.main), composer_ms: per(used.composer), other_threads_ms: per(used.other), database_ms: per(backends.stop()) };
      rounds.push(figures);
      console.log(`round ${round}: per refresh ${figures.wall_ms} ms wall; CPU ${figures.request_thread_ms} ms request thread, ${figures.composer_ms} ms composer, ${figures.other_threads_ms} ms other threads, ${figures.database_ms} ms database`);
    }
    console.log(JSON.stringify({ bench: "refresh-cost", refreshes, jobs: jobs.length, rounds }));
  } finally {
    await server.stop();
  }
}

await main();
