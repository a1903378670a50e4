// Scheduled: steps of groups in production that will end after their planned date (or already
// did) are announced to the buyer and the lead firm, once per step: a step already announced is
// not announced again, so the daily run does not nag.
import "server-only";
import type { Database } from "@/lib/db/client";
import { tokyoDate } from "@/lib/queue/tasks/dates";
import { announceLateStep } from "./announce";
import { buildTimeline } from "./timeline";
import { clock } from "@/lib/clock";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export async function announceLateSteps(db: Database, now = clock.now()): Promise<{ announced: string[] }> {
  const today = tokyoDate(now);
  const groups = await db.prisma.jointOrderGroup.findMany({
    where: { status: { in: ["AWARDED", "IN_PRODUCTION"] } },
    select: {
      id: true, leadFirmId: true,
      assignments: { select: { id: true, status: true, percentComplete: true, plannedStart: true, plannedEnd: true, actualEnd: true, jobStep: { select: { position: true } } } },
    },
  });
  const announced: string[] = [];
  for (const group of groups) {
    const { rows } = buildTimeline(
      group.assignments.map((a) => ({ id: a.id, position: a.jobStep?.position ?? 0, plannedStart: day(a.plannedStart), plannedEnd: day(a.plannedEnd), actualEnd: day(a.actualEnd), percentComplete: a.percentComplete, done: a.status === "DONE" })),
      today,
    );
    for (const row of rows.filter((r) => r.late && !r.done)) {
      const told = await db.sql.query(`SELECT 1 FROM "Notification" WHERE kind = 'group.stepLate' AND params->>'assignmentId' = $1 LIMIT 1`, [row.id]);
      if (told.length > 0) continue;
      await announceLateStep(db, group.id, group.leadFirmId, { assignmentId: row.id, step: row.position, plannedEnd: row.plannedEnd ?? "", forecast: row.forecastEnd ?? "" });
      announced.push(row.id);
    }
  }
  return { announced };
}
