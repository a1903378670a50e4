// What pricing and sending need of a group in one read: its job (deadline, delivery place, budget),
// each active assignment in route order with its firm's place and the member's quote line, and the
// schedule and totals those lines give. Lines without a price yet leave the preview empty.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { offerTotals, type OfferFigures } from "./offer-totals";
import { scheduleRoute, type RouteSchedule, type ScheduleStep } from "./schedule";
import { isoDay } from "./working-days";

const ROUTE_SELECT = {
  id: true, leadFirmId: true, status: true,
  job: { select: { id: true, deadline: true, quantity: true, deliveryPlace: true, budgetMinYen: true, budgetMaxYen: true, deliveryMunicipality: { select: { latitude: true, longitude: true } } } },
  members: { where: { status: { in: ["INVITED", "ACCEPTED"] } }, select: { id: true, firmId: true, isLead: true, status: true, firm: { select: { nameJa: true, nameEn: true, latitude: true, longitude: true } } } },
  assignments: {
    where: { member: { status: { in: ["INVITED", "ACCEPTED"] } } },
    orderBy: [{ jobStep: { position: "asc" } }, { id: "asc" }],
    select: {
      id: true, memberId: true, quantity: true, processCode: true,
      jobStep: { select: { position: true, materialCode: true, material: { select: { category: true } } } },
      quoteLine: { select: { id: true, unitPriceYen: true, setupYen: true, toolingYen: true, materialSupply: true, materialYen: true, leadTimeDays: true, earliestStart: true, validUntil: true, conditions: true, version: true, updatedAt: true } },
    },
  },
} as const satisfies Prisma.JointOrderGroupSelect;

type Client = Pick<Prisma.TransactionClient, "jointOrderGroup">;
export type GroupRoute = NonNullable<Awaited<ReturnType<typeof readRoute>>>;

async function readRoute(db: Client, groupId: string) {
  return db.jointOrderGroup.findUnique({ where: { id: groupId }, select: ROUTE_SELECT });
}

export async function loadRoute(db: Client, groupId: string): Promise<GroupRoute> {
  const route = await readRoute(db, groupId);
  if (!route?.job) throw new Error(`group ${groupId} has no job`);
  return route;
}

/** The schedule and figures of the route as priced now, or null while a step has no price. */
export function priceRoute(route: GroupRoute, input: { from: string; coordinationFeeYen: bigint; transportYen: bigint }): { schedule: RouteSchedule; figures: OfferFigures } | null {
  if (route.assignments.length === 0 || route.assignments.some((a) => !a.quoteLine)) return null;
  const memberById = new Map(route.members.map((m) => [m.id, m]));
  const byPosition = new Map<number, ScheduleStep & { parts: ScheduleStep["parts"][number][] }>();
  for (const a of route.assignments) {
    const position = a.jobStep?.position ?? 0;
    const firm = memberById.get(a.memberId)!;
    const step = byPosition.get(position) ?? { position, parts: [] };
    step.parts.push({ id: a.id, firmId: firm.firmId, place: firm.firm, leadTimeDays: a.quoteLine!.leadTimeDays, earliestStart: isoDay(a.quoteLine!.earliestStart) });
    byPosition.set(position, step);
  }
  const job = route.job!;
  const schedule = scheduleRoute({ steps: [...byPosition.values()], from: input.from, deliveryPlace: job.deliveryMunicipality, deadline: isoDay(job.deadline) });
  const figures = offerTotals({ steps: route.assignments.map((a) => ({ ...a.quoteLine!, quantity: a.quantity })), coordinationFeeYen: input.coordinationFeeYen, transportYen: input.transportYen });
  return { schedule, figures };
}
