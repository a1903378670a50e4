// npm run bench:cpu-per-request -- [--requests 400] [--rounds 2] [--connections 20] [--only job,directory,suggestions]
// CPU time the server spends per request (user + system of the `next start` process, read from
// /proc), for the job page, the directory and the suggestions page of a signed-in buyer on
// DATABASE_URL's 10,000-firm seed. Unlike requests per second, it holds on a busy machine, so two
// builds can be compared by running this for each in turn (decisions 032, 034). Starts the existing
// production build as `npm run start` would (it does not build); prints one line per round and a JSON line.
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { startInstance } from "./support/app-instance";
import { statFields, TICKS_PER_SECOND } from "./support/proc-stat";
import { buyerOpenJobs } from "./support/bench-job";
import { signInForBenchmark } from "./support/sign-in";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "400" },
    rounds: { type: "string", default: "2" },
    connections: { type: "string", default: "20" },
    only: { type: "string" },
  },
});
const requests = Number(values.requests);
const connections = Number(values.connections);

/** User + system CPU of a process so far (all its threads), in milliseconds. */
function cpuMs(pid: number): number {
  const fields = statFields(`/proc/${pid}/stat`);
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("set DATABASE_URL to the 10,000-firm seed (npm run db:seed -- --firms 10000)");
  const [jobId] = await buyerOpenJobs(1);
  const server = await startInstance({ NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-cpu-secret-0123456789abcdef0123456789", QUEUE_WORKERS: "false", LOG_LEVEL: "warn", NEXTAUTH_URL: "http://127.0.0.1" }, { timeoutMs: 300_000 });
  const figures: { page: string; round: number; cpu_ms_per_request: number; rps: number; errors: number }[] = [];
  try {
    const cookie = await signInForBenchmark(server.url, "buyer@demo.kyodo.example");
    const pages = [
      { page: "job", path: `/jobs/${jobId}` },
      { page: "directory", path: "/directory" },
      { page: "suggestions", path: `/jobs/${jobId}/suggestions` },
    ].filter((p) => !values.only || values.only.split(",").includes(p.page));
    for (const { page, path } of pages) {
      const run = (amount: number) =>
        new Promise<autocannon.Result>((resolve, reject) => autocannon({ url: server.url + path, connections, amount, headers: { cookie } }, (e, r) => (e ? reject(e) : resolve(r))));
      await run(Math.max(100, requests / 2)); // compiled, cached and warm before counting
      for (let round = 1; round <= Number(values.rounds); round++) {
        const before = cpuMs(server.process.pid!);
        const result = await run(requests);
        const perRequest = (cpuMs(server.process.pid!) - before) / requests;
        figures.push({ page, round, cpu_ms_per_request: Number(perRequest.toFixed(1)), rps: Number(result.requests.average.toFixed(1)), errors: result.errors + result.timeouts + result.non2xx });
        const f = figures.at(-1)!;
        console.log(`${page.padEnd(12)} round ${round}: ${f.cpu_ms_per_request} ms CPU per request  ${f.rps} req/s  errors ${f.errors}`);
      }
    }
    console.log(JSON.stringify({ bench: "cpu-per-request", requests, connections, pages: figures }));
  } finally {
    await server.stop();
  }
}

await main();
