// Weekly: administrators of verified firms whose profile was last confirmed more than six months
// ago are asked to review it, each at most once in 30 days (an earlier reminder row says so; rows
// are kept even when the admin reads reminders only by e-mail).
import "server-only";
import type { Database } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";
import { DAY_MS, tokyoDate } from "./dates";
import { clock } from "@/lib/clock";

const KIND = "firm.profileStale" as const;

function monthsBefore(date: Date, months: number): Date {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export async function remindStaleProfiles(db: Pick<Database, "prisma">, now = clock.now()): Promise<{ reminded: number }> {
  const { prisma } = db;
  const admins = await prisma.user.findMany({
    where: {
      role: "FIRM_ADMIN",
      status: "ACTIVE",
      firm: { status: "VERIFIED", profileConfirmedAt: { lt: monthsBefore(now, 6) } },
      notifications: { none: { kind: KIND, createdAt: { gt: new Date(now.getTime() - 30 * DAY_MS) } } },
    },
    select: { id: true, firm: { select: { profileConfirmedAt: true } } },
  });
  let reminded = 0;
  for (const admin of admins) {
    if (!admin.firm) continue;
    const result = await notify(prisma, { userIds: [admin.id], kind: KIND, params: { confirmedOn: tokyoDate(admin.firm.profileConfirmedAt) }, linkPath: null, at: now });
    reminded += result.stored;
  }
  return { reminded };
}
