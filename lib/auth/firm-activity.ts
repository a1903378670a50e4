// "Monthly active firms" KPI: one FirmActivity row per firm per day (in Japan, where KPI months are
// kept) with authenticated activity.
// A per-process memo avoids a write on every request.
import "server-only";
import { getPrisma } from "@/lib/db/client";
import { tokyoDate } from "@/lib/queue/tasks/dates";
import { clock } from "@/lib/clock";

const seen = new Set<string>();

export async function recordFirmActivity(firmId: string, now = clock.now()): Promise<void> {
  const day = tokyoDate(now);
  const memo = `${firmId}:${day}`;
  if (seen.has(memo)) return;
  try {
    const prisma = await getPrisma();
    const date = new Date(`${day}T00:00:00.000Z`);
    // ON CONFLICT DO NOTHING: a firm's users signing in at the same moment must not collide (an
    // upsert with nothing to update reads first, then inserts, and two requests both insert).
    await prisma.firmActivity.createMany({ data: [{ firmId, day: date }], skipDuplicates: true });
    if (seen.size > 50_000) seen.clear();
    seen.add(memo);
  } catch (error) {
    console.warn(`[auth] firm activity not recorded: ${error instanceof Error ? error.message : String(error)}`);
  }
}
