// The demo buyer's open jobs on a seeded database, newest first, for benchmarks of the job pages.
import { openDatabaseForScript } from "@/lib/db/client";

export const BENCH_BUYER = "buyer@demo.kyodo.example";

export async function buyerOpenJobs(limit = 1): Promise<string[]> {
  const db = await openDatabaseForScript();
  try {
    const jobs = await db.prisma.job.findMany({
      where: { status: "OPEN", buyerOrg: { users: { some: { email: BENCH_BUYER } } } },
      orderBy: { publishedAt: "desc" },
      select: { id: true },
      take: limit,
    });
    if (jobs.length === 0) throw new Error(`${BENCH_BUYER} has no open job: seed the database first (npm run db:seed -- --firms 10000)`);
    return jobs.map((j) => j.id);
  } finally {
    await db.close();
  }
}
