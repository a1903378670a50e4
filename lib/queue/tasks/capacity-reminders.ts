// Daily: the admins and members of verified firms that offer a process and have not updated any
// capacity declaration for 14 days (or never declared) are asked to, each at most once in 14 days
// (an earlier reminder row says so). Whether it comes in the app, by e-mail or not at all is each
// user's notification setting for "capacity.reminder".
import "server-only";
import type { Database } from "@/lib/db/client";
import { REMIND_AFTER_DAYS } from "@/lib/capacity/free-capacity";
import { notify } from "@/lib/notifications/notify";
import { DAY_MS } from "./dates";
import { clock } from "@/lib/clock";

const KIND = "capacity.reminder" as const;

export async function remindCapacityDeclarations(db: Pick<Database, "prisma">, now = clock.now()): Promise<{ reminded: number }> {
  const since = new Date(now.getTime() - REMIND_AFTER_DAYS * DAY_MS);
  const users = await db.prisma.user.findMany({
    where: {
      role: { in: ["FIRM_ADMIN", "FIRM_MEMBER"] },
      status: "ACTIVE",
      firm: { status: "VERIFIED", capabilities: { some: {} }, capacityDeclarations: { none: { declaredAt: { gt: since } } } },
      notifications: { none: { kind: KIND, createdAt: { gt: since } } },
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  if (users.length === 0) return { reminded: 0 };
  const result = await notify(db.prisma, { userIds: users.map((u) => u.id), kind: KIND, params: {}, linkPath: "/firm/capacity", at: now });
  return { reminded: result.stored };
}
