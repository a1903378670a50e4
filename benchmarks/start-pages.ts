// npm run bench:start-pages [-- --runs N]
// Times each role's start page at the data layer (lib/start/start-page.ts: every provider's
// queries and, for staff, the KPI headline) against the database in DATABASE_URL (seed it first:
// `npm run db:seed -- --firms 10000`), signed in as the demo accounts. Staff and the admin are
// timed as enrolled in two-factor sign-in (before enrolment their page reads nothing). Prints
// p50/p95 per role and ends with one JSON line. Target: p95 < 200 ms.
import { parseArgs } from "node:util";
import { loadViewer } from "@/lib/auth/load-viewer";
import { openDatabaseForScript } from "@/lib/db/client";
import { loadStartPage } from "@/lib/start/start-page";

const { values } = parseArgs({ options: { runs: { type: "string", default: "40" } } });
const runs = Math.max(1, Number(values.runs));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const ROLES = [
  ["firm admin", "firm-admin@demo.kyodo.example"],
  ["firm member", "firm-member@demo.kyodo.example"],
  ["buyer", "buyer@demo.kyodo.example"],
  ["association staff", "ota-staff@demo.kyodo.example"],
  ["federation staff", "federation@demo.kyodo.example"],
  ["system admin", "admin@demo.kyodo.example"],
] as const;

async function main() {
  const db = await openDatabaseForScript();
  try {
    const [size] = await db.sql.query<{ firms: number; jobs: number; groups: number }>(`SELECT (SELECT count(*)::int FROM "Firm") AS firms, (SELECT count(*)::int FROM "Job") AS jobs, (SELECT count(*)::int FROM "JointOrderGroup") AS groups`);
    const now = new Date();
    const results = [];
    for (const [label, email] of ROLES) {
      const user = await db.prisma.user.findUnique({ where: { email }, select: { id: true, sessionVersion: true } });
      if (!user) throw new Error(`no ${email}: seed the database first`);
      const at = Math.floor(now.getTime() / 1000);
      const lookup = await loadViewer(db.prisma, { userId: user.id, sessionVersion: user.sessionVersion, authAt: at, seenAt: at }, { idleSeconds: 3600, maxSeconds: 86_400 });
      if (!lookup.viewer) throw new Error(`${email} cannot sign in: ${lookup.end}`);
      const viewer = { ...lookup.viewer, twoFactorPending: false };
      const first = await loadStartPage(db, viewer, now); // warm-up, and what the page would show
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await loadStartPage(db, viewer, now);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const result = { role: label, items: first.items.length, p50: Math.round(percentile(times, 50) * 10) / 10, p95: Math.round(percentile(times, 95) * 10) / 10 };
      console.log(`${label.padEnd(18)} ${String(result.items).padStart(3)} items   p50 ${String(result.p50).padStart(7)} ms   p95 ${String(result.p95).padStart(7)} ms`);
      results.push(result);
    }
    console.log(JSON.stringify({ bench: "start-pages", runs, ...size, results }));
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
