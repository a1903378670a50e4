// npm run bench:suggest [-- --jobs N] [--declare-all]   (DATABASE_URL: a PostgreSQL seeded with --firms 10000)
// Times the whole "suggest groups for this job" request as the job page makes it: load the job
// and its candidates from the database, run the composer, record the suggestions. Prints p50/p95
// and one JSON line.
import { parseArgs } from "node:util";
import { loadViewer } from "@/lib/auth/load-viewer";
import { openDatabaseForScript } from "@/lib/db/client";
import { suggestGroupsForJob } from "@/lib/matching-service/suggest-for-job";
import { clock } from "@/lib/clock";
import { declareForEveryFirm } from "./support/declare-all";

const { values } = parseArgs({ options: { jobs: { type: "string", default: "100" }, "declare-all": { type: "boolean", default: false } } });
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const db = await openDatabaseForScript();
try {
  const [{ firms }] = (await db.sql.query<{ firms: number }>(`SELECT count(*)::int AS firms FROM "Firm" WHERE status = 'VERIFIED'`)) as [{ firms: number }];
  if (values["declare-all"]) console.error(`declarations written: ${await declareForEveryFirm(db.sql, clock.now())}`);
  const jobs = await db.sql.query<{ id: string }>(`SELECT id FROM "Job" WHERE status IN ('OPEN', 'GROUPS_INVITED') ORDER BY id LIMIT $1`, [Number(values.jobs)]);
  const staff = await db.prisma.user.findFirstOrThrow({ where: { role: "FEDERATION_STAFF", status: "ACTIVE" }, select: { id: true, sessionVersion: true } });
  const now = Math.floor(Date.now() / 1000);
  const { viewer } = await loadViewer(db.prisma, { userId: staff.id, sessionVersion: staff.sessionVersion, authAt: now, seenAt: now }, { idleSeconds: 3600, maxSeconds: 86_400 });
  if (!viewer) throw new Error("no federation staff user to run as");
  const asStaff = { ...viewer, twoFactorPending: false };
  for (const job of jobs.slice(0, 3)) await suggestGroupsForJob(db, asStaff, job.id); // warm up
  const times: number[] = [];
  let withGroups = 0;
  for (const job of jobs) {
    const started = performance.now();
    const run = await suggestGroupsForJob(db, asStaff, job.id, { refresh: true });
    times.push(performance.now() - started);
    if (run.result.groups.length > 0) withGroups++;
  }
  times.sort((a, b) => a - b);
  const [p50, p95] = [percentile(times, 50), percentile(times, 95)];
  console.error(`| verified firms | jobs | with groups | p50 ms | p95 ms | max ms |\n|---:|---:|---:|---:|---:|---:|\n| ${firms} | ${jobs.length} | ${withGroups} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${times.at(-1)!.toFixed(1)} |`);
  console.log(JSON.stringify({ bench: "suggest-request", database: db.kind, verified_firms: firms, jobs: jobs.length, p50_ms: Number(p50.toFixed(1)), p95_ms: Number(p95.toFixed(1)) }));
} finally {
  await db.close();
}
