// "Monthly active firms" KPI: one FirmActivity row per firm per UTC day with authenticated activity.
// A per-process memo avoids a write on every request.
import "server-only";
import { getPrisma } from "@/lib/db/client";

const seen = new Set<string>();

export async function recordFirmActivity(firmId: string, now = new Date()): Promise<void> {
  const day = now.toISOString().slice(0, 10);
  const memo = `${firmId}:${day}`;
  if (seen.has(memo)) return;
  try {
    const prisma = await getPrisma();
    const date = new Date(`${day}T00:00:00.000Z`);
    await prisma.firmActivity.upsert({ where: { firmId_day: { firmId, day: date } }, create: { firmId, day: date }, update: {} });
    if (seen.size > 50_000) seen.clear();
    seen.add(memo);
  } catch (error) {
    console.warn(`[auth] firm activity not recorded: ${error instanceof Error ? error.message : String(error)}`);
  }
}
