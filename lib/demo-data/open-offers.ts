// Jobs of the main demo buyer with offers to compare today: two approved groups each, priced by
// their members and sent by their leads — on the first job one group revised its offer after the
// buyer asked (its first version superseded), on the second the buyer already declined one for its
// price and another group has a fresh offer. The demo buyer compares and awards as in real use.
import { MUNICIPALITY_BY_CODE } from "@/lib/taxonomy/municipalities";
import { scheduleRoute } from "@/lib/quotes/schedule";
import { addDays, isoDate } from "./dates";
import type { SeedBuyer } from "./buyers-and-open-jobs";
import type { SeedFirm } from "./firms";
import type { SeedStep } from "./job-route";
import { addJobSteps } from "./job-route";
import { addOfferRows, DECLINE_COMMENTS, priceRoute, scaleRoute, sharesOf } from "./offers";
import type { Random } from "./random";
import { ROUTES } from "./routes";
import type { TableRows } from "./table-rows";

export const OFFER_JOB_TITLES = ["【デモ】精密ブラケットの切削と表面処理（見積比較）", "【デモ】医療機器用ピンの旋削と研削（見積比較）"] as const;

const placeOf = (firm: SeedFirm) => MUNICIPALITY_BY_CODE.get(firm.municipalityCode) ?? { latitude: 35.68, longitude: 139.76 };

export function addOpenOffers(random: Random, rows: TableRows, today: Date, buyer: SeedBuyer, firms: SeedFirm[], staffUserByAssociation: Map<string, string>): void {
  const verified = firms.filter((f) => f.status === "VERIFIED");
  const routes = [ROUTES.find((r) => r.partEn === "Precision bracket")!, ROUTES.find((r) => r.partEn === "Medical device pin")!];
  routes.forEach((route, jobIndex) => {
    const jobId = random.uuid();
    const quantity = jobIndex === 0 ? 300 : 1000;
    const published = addDays(today, -12);
    const deadline = addDays(today, 70);
    rows.add("Job", [
      jobId, buyer.id, buyer.userId, OFFER_JOB_TITLES[jobIndex]!, `[Demo] ${route.partEn}: offers to compare`, `${route.partJa}の量産。見積を比較して発注先を決めます。`, `Production of the ${route.partEn.toLowerCase()}; offers are compared before the order.`,
      route.partJa, quantity, isoDate(deadline), isoDate(addDays(today, 25)), "本社工場", "13111", String(quantity * 4_000), String(quantity * 9_000), null, "ALL_VERIFIED", "GROUPS_INVITED",
      published.toISOString(), null, null, addDays(published, -1).toISOString(), today.toISOString(),
    ]);
    const steps = addJobSteps(random, rows, jobId, route, quantity);
    rows.add("JobStatusChange", [random.uuid(), jobId, null, "DRAFT", buyer.userId, addDays(published, -1).toISOString()]);
    rows.add("JobStatusChange", [random.uuid(), jobId, "DRAFT", "OPEN", buyer.userId, published.toISOString()]);
    rows.add("JobStatusChange", [random.uuid(), jobId, "OPEN", "GROUPS_INVITED", buyer.userId, addDays(published, 2).toISOString()]);
    for (let g = 0; g < 2; g++) {
      const byStep = steps.map((step) => {
        const able = verified.filter((f) => f.capabilities.some((c) => c.processCode === step.processCode));
        return able.length ? able[(jobIndex * 7 + g * 3 + step.position) % able.length]! : null;
      });
      if (byStep.some((f) => f === null)) return;
      const { common, priced } = addApprovedGroup(random, rows, { jobId, steps, byStep: byStep as SeedFirm[], quantity, published, today, deadline, staffUserByAssociation, contractModel: "MEDIATION", budget: quantity * (jobIndex === 0 ? 5_500 : 3_800) * (g === 0 ? 1 : 1.12), sentAt: addDays(today, -(6 - g)) });
      const sentAt = addDays(today, -(6 - g));
      if (jobIndex === 0 && g === 0) {
        // Revised at the buyer's request: the first version was dearer.
        const first = addOfferRows(random, rows, { ...common, version: 1, replacesId: null, route: scaleRoute(priced, 1.09), sentAt: addDays(sentAt, -4), moves: [["REVISION_REQUESTED", addDays(sentAt, -2), buyer.userId, null, "段取り費を含めてもう少し下げられないでしょうか。"], ["SUPERSEDED", sentAt, common.sentById, null, null]] });
        addOfferRows(random, rows, { ...common, version: 2, replacesId: first.id, route: priced, sentAt, moves: [] });
      } else if (jobIndex === 1 && g === 1) {
        addOfferRows(random, rows, { ...common, version: 1, replacesId: null, route: scaleRoute(priced, 1.25), sentAt, moves: [["DECLINED", addDays(sentAt, 2), buyer.userId, "PRICE", DECLINE_COMMENTS.PRICE!]] });
      } else addOfferRows(random, rows, { ...common, version: 1, replacesId: null, route: priced, sentAt, moves: [] });
    }
  });
}

export interface ApprovedGroupInput {
  jobId: string;
  steps: SeedStep[];
  byStep: SeedFirm[];
  quantity: number;
  published: Date;
  today: Date;
  deadline: Date;
  staffUserByAssociation: Map<string, string>;
  contractModel: "MEDIATION" | "JOINT_ORDER";
  budget: number;
  sentAt: Date;
  /** The lead firm (default: the first step's). */
  leadFirmId?: string;
}

/** An approved group whose members priced their steps, ready for its lead's offer (`common` feeds addOfferRows). */
export function addApprovedGroup(random: Random, rows: TableRows, input: ApprovedGroupInput) {
  const { jobId, steps, byStep, quantity, published, today, deadline, staffUserByAssociation, sentAt } = input;
  const members = [...new Map(byStep.map((f) => [f.id, f])).values()];
  const lead = members.find((f) => f.id === input.leadFirmId) ?? members[0]!;
  const groupId = random.uuid();
  const invited = addDays(published, 2);
  const approvedAt = addDays(published, 5);
  rows.add("JointOrderGroup", [groupId, "JOB", jobId, `${lead.nameJa}グループ`, input.contractModel, null, lead.id, "APPROVED", null, approvedAt.toISOString(), invited.toISOString(), approvedAt.toISOString()]);
  const priced = priceRoute(random, steps.map((s, i) => ({ position: s.position, processCode: s.processCode, materialCode: s.materialCode, quantity, firmId: byStep[i]!.id })), input.budget);
  // Until the award the shares are the proposal's, in proportion to each member's priced lines.
  const shares = sharesOf(priced, lead.id);
  const memberIds = new Map(members.map((f) => [f.id, random.uuid()]));
  for (const firm of members) rows.add("GroupMember", [memberIds.get(firm.id)!, groupId, firm.id, firm.id === lead.id, "ACCEPTED", shares.get(firm.id)?.basisPoints ?? 0, null, invited.toISOString(), addDays(invited, 2).toISOString(), addDays(invited, 1).toISOString(), null]);
  for (const [to, at, from] of [["INVITING", invited, null], ["PENDING_APPROVAL", addDays(invited, 1), "INVITING"], ["APPROVED", approvedAt, "PENDING_APPROVAL"]] as const) rows.add("GroupStatusChange", [random.uuid(), groupId, from, to, null, null, at.toISOString()]);
  for (const associationId of new Set(members.map((f) => f.associationId))) rows.add("GroupApproval", [random.uuid(), groupId, associationId, "APPROVED", staffUserByAssociation.get(associationId) ?? null, approvedAt.toISOString(), null, addDays(invited, 1).toISOString()]);
  const plan = scheduleRoute({ from: isoDate(sentAt), steps: steps.map((s, i) => ({ position: s.position, parts: [{ id: s.id, firmId: byStep[i]!.id, place: placeOf(byStep[i]!), leadTimeDays: priced.steps[i]!.leadTimeDays, earliestStart: isoDate(sentAt) }] })), deliveryPlace: MUNICIPALITY_BY_CODE.get("13111"), deadline: isoDate(deadline) });
  const parts = new Map(steps.map((s, i) => {
    const assignmentId = random.uuid();
    const memberId = memberIds.get(byStep[i]!.id)!;
    const scheduled = plan.parts.get(s.id)!;
    rows.add("GroupStepAssignment", [assignmentId, groupId, memberId, s.id, s.processCode, quantity, memberId, "PLANNED", 0, null, null, null, null]);
    const line = priced.steps[i]!;
    rows.add("QuoteLine", [random.uuid(), assignmentId, groupId, memberId, byStep[i]!.id, String(line.unitPriceYen), String(line.setupYen), String(line.toolingYen), line.materialSupply, String(line.materialYen), line.leadTimeDays, isoDate(sentAt), isoDate(addDays(today, 40)), "", sentAt.toISOString(), sentAt.toISOString()]);
    return [s.position, { assignmentId, memberId, plannedStart: new Date(`${scheduled.start}T00:00:00Z`), plannedEnd: new Date(`${scheduled.end}T00:00:00Z`) }] as const;
  }));
  const common = { groupId, jobId, parts, leadFirmId: lead.id, leadMemberId: memberIds.get(lead.id)!, sentById: lead.adminUserId, committedDelivery: new Date(`${plan.delivery}T00:00:00Z`), showBreakdown: true, validUntil: addDays(today, 20) };
  return { groupId, common, priced, lead, memberIds };
}
