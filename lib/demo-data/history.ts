// Past work through the platform: jobs that became joint-order groups and orders (with approvals,
// progress, hand-offs, quality records and ratings), and jobs that expired or were cancelled.
// Orders spread over the last three fiscal years with growth, so the KPIs show a real trend.
import { ROUTES } from "./routes";
import { addDemoNonConformance } from "./quality";
import { addDays, isoDate } from "./dates";
import type { SeedBuyer } from "./buyers-and-open-jobs";
import type { SeedFirm } from "./firms";
import { addJobSteps, jobQuantity, type SeedStep } from "./job-route";
import type { Random } from "./random";
import { TABLE_COLUMNS, type TableRows } from "./table-rows";
import type { Cell } from "./bulk-insert";
import { addOfferRows, DECLINE_COMMENTS, priceRoute, scaleRoute, sharesOf, type PricedRoute } from "./offers";
import { addDemoRatings } from "./ratings";

export interface HistoryContext {
  random: Random;
  today: Date;
  firms: SeedFirm[];
  buyers: SeedBuyer[];
  staffUserByAssociation: Map<string, string>;
  templateId: string;
  /** Firms the demo accounts belong to: they take part in some groups. */
  featuredFirmIds: string[];
  /** Prices, revisions and competing offers draw from their own stream, so adding them left the rest of the seed as it was. */
  prices: Random;
}

interface Index {
  firmsByProcess: Map<string, SeedFirm[]>;
  /** The featured firms among each process's firms, in the same order (filtering ~2,000 firms for
   *  them on every step took a quarter of the history's generation time at 10,000 firms). */
  featuredByProcess: Map<string, SeedFirm[]>;
}

export function buildIndex(firms: SeedFirm[], featuredFirmIds: readonly string[]): Index {
  const firmsByProcess = new Map<string, SeedFirm[]>();
  for (const firm of firms) {
    if (firm.status !== "VERIFIED") continue;
    for (const c of firm.capabilities) {
      const list = firmsByProcess.get(c.processCode);
      if (list) list.push(firm);
      else firmsByProcess.set(c.processCode, [firm]);
    }
  }
  const featuredByProcess = new Map([...firmsByProcess].map(([process, able]) => [process, able.filter((f) => featuredFirmIds.includes(f.id))]));
  return { firmsByProcess, featuredByProcess };
}

const HISTORY_DAYS = 3 * 365;
const YEARLY_GROWTH = 0.3;

/** A day in the last three years, later days likelier (the platform grows). */
function contractDay(random: Random, today: Date): Date {
  for (;;) {
    const back = random.int(5, HISTORY_DAYS);
    const weight = Math.pow(1 + YEARLY_GROWTH, (HISTORY_DAYS - back) / 365) / Math.pow(1 + YEARLY_GROWTH, 3);
    if (random.next() < weight) return addDays(today, -back);
  }
}

function orderValueYen(random: Random, quantity: number, stepCount: number): number {
  const base = Math.exp(random.normal(Math.log(12_000_000), 0.7)) * (0.6 + stepCount * 0.15) * (quantity > 100 ? 1.3 : 0.8);
  return Math.round(Math.min(Math.max(base, 1_500_000), 450_000_000) / 1000) * 1000;
}

function pickMembers(ctx: HistoryContext, index: Index, steps: SeedStep[]): Map<string, SeedFirm> | null {
  const byStep = new Map<string, SeedFirm>();
  for (const step of steps) {
    const previous = [...byStep.values()].find((f) => f.capabilities.some((c) => c.processCode === step.processCode));
    if (previous && ctx.random.chance(0.7)) {
      byStep.set(step.id, previous);
      continue;
    }
    const able = index.firmsByProcess.get(step.processCode) ?? [];
    const featured = index.featuredByProcess.get(step.processCode) ?? [];
    const firm = featured.length && ctx.random.chance(0.08) ? ctx.random.pick(featured) : able.length ? ctx.random.pick(able) : null;
    if (!firm) return null;
    byStep.set(step.id, firm);
  }
  return byStep;
}

function addJob(ctx: HistoryContext, rows: TableRows, buyer: SeedBuyer, createdAt: Date, status: string, deadline: Date) {
  const { random } = ctx;
  const route = random.pick(ROUTES);
  const quantity = jobQuantity(random, route);
  const id = random.uuid();
  const budget = quantity * random.pick([3_000, 8_000, 20_000]);
  const row: Cell[] = [
    id, buyer.id, buyer.userId, `${route.partJa}の製作（${quantity}個）`, `${route.partEn} (${quantity} pcs)`,
    `${route.partJa}の一貫製作。`, `End-to-end production of the ${route.partEn.toLowerCase()}.`, route.partJa, quantity,
    isoDate(deadline), isoDate(addDays(createdAt, 30)), "発注者工場", null, String(budget), String(budget * 2), null, "ALL_VERIFIED", status,
    addDays(createdAt, 1).toISOString(), null, null, createdAt.toISOString(), createdAt.toISOString(),
  ];
  rows.add("Job", row);
  const steps = addJobSteps(random, rows, id, route, quantity);
  return { id, row, route, quantity, steps };
}

const JOB_AWARDED_AT = TABLE_COLUMNS.Job.findIndex(([name]) => name === "awardedAt");
const JOB_CLOSED_AT = TABLE_COLUMNS.Job.findIndex(([name]) => name === "closedAt");
const JOB_STATUS = TABLE_COLUMNS.Job.findIndex(([name]) => name === "status");
const CLOSING = new Set(["CLOSED", "CANCELLED", "EXPIRED"]);

/** The job's status changes; its date columns stamped from them as
 *  lib/demo-data/job-dates.ts would (awarded at the first award, closed at the last closing move of
 *  a job that ended closed), here rather than by an UPDATE of every job after the history, whose
 *  triggers refreshed each job's summaries once more (~2 minutes at 100,000 orders). */
function jobHistory(ctx: HistoryContext, rows: TableRows, job: { id: string; row: Cell[] }, actor: string, chain: [string, Date][]) {
  let from: string | null = null;
  for (const [to, at] of chain) {
    rows.add("JobStatusChange", [ctx.random.uuid(), job.id, from, to, actor, at.toISOString()]);
    if (to === "AWARDED" && job.row[JOB_AWARDED_AT] === null) job.row[JOB_AWARDED_AT] = at.toISOString();
    from = to;
  }
  const closing = chain.filter(([to]) => CLOSING.has(to)).map(([, at]) => at.getTime());
  if (CLOSING.has(String(job.row[JOB_STATUS])) && closing.length) job.row[JOB_CLOSED_AT] = new Date(Math.max(...closing)).toISOString();
}

function groupHistory(ctx: HistoryContext, rows: TableRows, groupId: string, chain: [string, Date, string | null][]) {
  let from: string | null = null;
  for (const [to, at, actor] of chain) {
    rows.add("GroupStatusChange", [ctx.random.uuid(), groupId, from, to, actor, null, at.toISOString()]);
    from = to;
  }
}

function addMatchRun(ctx: HistoryContext, rows: TableRows, jobId: string, at: Date, members: SeedFirm[], lead: SeedFirm): string {
  const { random } = ctx;
  const runId = random.uuid();
  rows.add("MatchRun", [runId, jobId, JSON.stringify({ preset: "default" }), random.int(20, 400), random.int(8, 60), at.toISOString()]);
  const suggestionId = random.uuid();
  rows.add("MatchSuggestion", [suggestionId, runId, 1, 0.7 + random.next() * 0.25, JSON.stringify({}), JSON.stringify([]), JSON.stringify({}), lead.id, at.toISOString()]);
  for (const firm of members) rows.add("MatchSuggestionMember", [suggestionId, firm.id, at.toISOString()]);
  const alternative = random.uuid();
  rows.add("MatchSuggestion", [alternative, runId, 2, 0.5 + random.next() * 0.2, JSON.stringify({}), JSON.stringify([]), JSON.stringify({}), lead.id, at.toISOString()]);
  rows.add("MatchSuggestionMember", [alternative, lead.id, at.toISOString()]);
  return suggestionId;
}

/** One job that became an order; returns false when no verified firms can do its route. */
export function addOrder(ctx: HistoryContext, rows: TableRows, index: Index, withAgreement: boolean): boolean {
  const { random, today } = ctx;
  const buyer = random.chance(0.1) ? ctx.buyers[0] : random.pick(ctx.buyers);
  if (!buyer) return false;
  const contractedOn = contractDay(random, today);
  const createdAt = addDays(contractedOn, -random.int(20, 50));
  const dueOn = addDays(contractedOn, random.int(30, 90));
  const delivered = dueOn.getTime() < today.getTime() - 5 * 86_400_000;
  const lateDays = random.chance(0.15) ? random.int(1, 12) : -random.int(0, 5);
  const deliveredOn = delivered ? addDays(dueOn, lateDays) : null;
  const job = addJob(ctx, rows, buyer, createdAt, delivered ? "CLOSED" : "IN_PRODUCTION", dueOn);
  const byStep = pickMembers(ctx, index, job.steps);
  if (!byStep) return false;
  const members = [...new Map([...byStep.values()].map((f) => [f.id, f])).values()];
  const lead = members.reduce((best, f) => ([...byStep.values()].filter((x) => x.id === f.id).length > [...byStep.values()].filter((x) => x.id === best.id).length ? f : best));

  const published = addDays(createdAt, 1);
  const invited = addDays(published, random.int(3, 10));
  const approvedAt = addDays(contractedOn, -random.int(1, 5));
  const suggestionId = addMatchRun(ctx, rows, job.id, addDays(published, 1), members, lead);
  jobHistory(ctx, rows, job, buyer.userId, [
    ["DRAFT", createdAt], ["OPEN", published], ["GROUPS_INVITED", invited], ["AWARDED", contractedOn], ["IN_PRODUCTION", addDays(contractedOn, 1)],
    ...(delivered && deliveredOn ? ([["DELIVERED", deliveredOn], ["CLOSED", addDays(deliveredOn, random.int(1, 7))]] as [string, Date][]) : []),
  ]);

  const groupId = random.uuid();
  const groupStatus = delivered ? "CLOSED" : "IN_PRODUCTION";
  const model = random.chance(0.3) ? "JOINT_ORDER" : "MEDIATION";
  rows.add("JointOrderGroup", [groupId, "JOB", job.id, `${lead.nameJa}グループ`, model, model === "JOINT_ORDER" ? lead.associationId : null, lead.id, groupStatus, suggestionId, approvedAt.toISOString(), invited.toISOString(), (deliveredOn ?? contractedOn).toISOString()]);
  // Under 共同受注 the lead firm's association contracted: its staff accepted before the award. The
  // nomination's id is derived from the group's, so the history's random stream stays as it was.
  if (model === "JOINT_ORDER") rows.add("ContractorNomination", [`${groupId.slice(0, 24)}${"c".repeat(12)}`, groupId, lead.associationId, "ACCEPTED", 0, lead.adminUserId, approvedAt.toISOString(), approvedAt.toISOString()]);
  // The accepted offer decides the order's value and each member's share (lib/demo-data/offers.ts).
  const priced = priceRoute(ctx.prices, job.steps.map((s) => ({ position: s.position, processCode: s.processCode, materialCode: s.materialCode, quantity: s.quantity, firmId: byStep.get(s.id)!.id })), orderValueYen(ctx.prices, job.quantity, job.steps.length) / 1.1);
  const shares = sharesOf(priced, lead.id);
  const memberIds = new Map<string, string>();
  members.forEach((firm) => {
    const memberId = random.uuid();
    memberIds.set(firm.id, memberId);
    const share = shares.get(firm.id);
    rows.add("GroupMember", [memberId, groupId, firm.id, firm.id === lead.id, "ACCEPTED", share?.basisPoints ?? 0, String(share?.yen ?? 0n), invited.toISOString(), addDays(invited, 2).toISOString(), addDays(invited, random.int(0, 1)).toISOString(), null]);
  });
  const parts = new Map<number, { assignmentId: string; memberId: string; plannedStart: Date | null; plannedEnd: Date | null }>();
  const assignmentIds: string[] = [];
  const span = Math.max(1, Math.floor((dueOn.getTime() - contractedOn.getTime()) / 86_400_000 / job.steps.length));
  job.steps.forEach((step, i) => {
    const firm = byStep.get(step.id);
    const memberId = firm ? memberIds.get(firm.id) : undefined;
    if (!memberId) return;
    const plannedStart = addDays(contractedOn, i * span);
    const plannedEnd = addDays(plannedStart, span);
    const done = delivered || plannedEnd.getTime() < today.getTime();
    const started = plannedStart.getTime() <= today.getTime();
    const id = random.uuid();
    assignmentIds.push(id);
    parts.set(step.position, { assignmentId: id, memberId, plannedStart, plannedEnd });
    rows.add("GroupStepAssignment", [id, groupId, memberId, step.id, step.processCode, step.quantity, memberId, done ? "DONE" : started ? "IN_PROGRESS" : "PLANNED", done ? 100 : started ? random.int(10, 90) : 0, isoDate(plannedStart), isoDate(plannedEnd), started ? isoDate(plannedStart) : null, done ? isoDate(addDays(plannedEnd, random.int(-1, 3))) : null]);
    if (!delivered && started && firm) rows.add("ProgressUpdate", [random.uuid(), id, firm.adminUserId, done ? 100 : 50, "予定どおり進行中です。", addDays(plannedStart, 1).toISOString()]);
  });
  for (let i = 1; i < assignmentIds.length; i++) {
    const from = assignmentIds[i - 1];
    const to = assignmentIds[i];
    if (!from || !to || !delivered) continue;
    rows.add("Handoff", [random.uuid(), groupId, from, to, job.quantity, contractedOn.toISOString(), null, contractedOn.toISOString(), null]);
  }
  groupHistory(ctx, rows, groupId, [
    ["INVITING", invited, buyer.userId], ["PENDING_APPROVAL", addDays(invited, 2), null], ["APPROVED", approvedAt, null], ["AWARDED", contractedOn, buyer.userId],
    ["IN_PRODUCTION", addDays(contractedOn, 1), null], ...(delivered && deliveredOn ? ([["DELIVERED", deliveredOn, null], ["CLOSED", addDays(deliveredOn, 3), buyer.userId]] as [string, Date, string | null][]) : []),
  ]);
  for (const associationId of new Set(members.map((f) => f.associationId))) {
    rows.add("GroupApproval", [random.uuid(), groupId, associationId, "APPROVED", ctx.staffUserByAssociation.get(associationId) ?? null, approvedAt.toISOString(), null, addDays(invited, 2).toISOString()]);
  }
  if (withAgreement) {
    const agreementId = random.uuid();
    rows.add("Agreement", [agreementId, groupId, ctx.templateId, `共同受注契約書（${job.route.partJa}）`, `Joint-order agreement (${job.route.partEn})`, approvedAt.toISOString()]);
    for (const memberId of memberIds.values()) rows.add("AgreementConfirmation", [agreementId, memberId, null, addDays(approvedAt, 1).toISOString()]);
  }

  const offerId = addOfferHistory(ctx, rows, { job, groupId, priced, parts, lead, leadMemberId: memberIds.get(lead.id)!, buyerUserId: buyer.userId, published, contractedOn, dueOn, index });
  const orderId = random.uuid();
  // The main stream's draw of the value it once used, kept so the rest of the seed stays as it was.
  orderValueYen(random, job.quantity, job.steps.length);
  rows.add("Order", [orderId, job.id, groupId, buyer.id, offerId.id, String(offerId.totalYen), isoDate(contractedOn), isoDate(dueOn), deliveredOn ? isoDate(deliveredOn) : null, deliveredOn ? isoDate(addDays(deliveredOn, 3)) : null, delivered ? "ACCEPTED" : "IN_PRODUCTION", contractedOn.toISOString()]);
  if (delivered && deliveredOn) {
    const late = lateDays > 0;
    const groupRating = { delivery: late ? random.int(2, 3) : random.int(4, 5), quality: random.int(3, 5), communication: random.int(3, 5) };
    rows.add("OrderRating", [orderId, groupRating.delivery, groupRating.quality, groupRating.communication, late ? "納期が遅れたが品質は良好" : "", addDays(deliveredOn, 3).toISOString()]);
    addDemoRatings(rows, { orderId, memberIds: [...memberIds.values()], groupRating, ratedAt: addDays(deliveredOn, 3), today });
    const last = assignmentIds[assignmentIds.length - 1] ?? null;
    rows.add("QualityRecord", [random.uuid(), groupId, last, "INSPECTION", "PASS", "最終検査：寸法・外観とも合格", memberIds.get(lead.id) ?? null, null, deliveredOn.toISOString(), deliveredOn.toISOString()]);
  }
  if (random.chance(0.08) && assignmentIds.length) {
    const culprit = random.pick(members);
    addDemoNonConformance(rows, { id: random.uuid(), groupId, assignmentId: random.pick(assignmentIds), responsibleMemberId: memberIds.get(culprit.id)!, raisedById: buyer.userId, raisedByBuyerOrgId: buyer.id, raisedOn: addDays(contractedOn, 15), closed: delivered });
  }
  return true;
}

/** A job that found no order: it expired or the buyer cancelled it (the KPI funnel needs these). */
export function addLostJob(ctx: HistoryContext, rows: TableRows, index: Index): void {
  const { random, today } = ctx;
  const buyer = random.pick(ctx.buyers);
  const createdAt = contractDay(random, today);
  const status = random.chance(0.6) ? "EXPIRED" : "CANCELLED";
  const job = addJob(ctx, rows, buyer, createdAt, status, addDays(createdAt, 60));
  const published = addDays(createdAt, 1);
  const byStep = pickMembers(ctx, index, job.steps);
  const members = byStep ? [...new Map([...byStep.values()].map((f) => [f.id, f])).values()] : [];
  const lead = members[0];
  const invitedGroup = lead && random.chance(0.5);
  if (lead) addMatchRun(ctx, rows, job.id, addDays(published, 1), members, lead);
  jobHistory(ctx, rows, job, buyer.userId, [["DRAFT", createdAt], ["OPEN", published], ...(invitedGroup ? ([["GROUPS_INVITED", addDays(published, 4)]] as [string, Date][]) : []), [status, addDays(createdAt, 35)]]);
  if (invitedGroup && lead) {
    const groupId = random.uuid();
    rows.add("JointOrderGroup", [groupId, "JOB", job.id, `${lead.nameJa}グループ`, "MEDIATION", null, lead.id, "CANCELLED", null, null, addDays(published, 4).toISOString(), addDays(createdAt, 35).toISOString()]);
    members.forEach((firm, i) => rows.add("GroupMember", [random.uuid(), groupId, firm.id, firm.id === lead.id, i === members.length - 1 && members.length > 1 ? "DECLINED" : "ACCEPTED", Math.floor(10_000 / members.length), null, addDays(published, 4).toISOString(), addDays(published, 6).toISOString(), addDays(published, 5).toISOString(), i === members.length - 1 && members.length > 1 ? "生産能力が不足しているため" : null]));
    groupHistory(ctx, rows, groupId, [["INVITING", addDays(published, 4), buyer.userId], ["CANCELLED", addDays(createdAt, 35), buyer.userId]]);
  }
}

/**
 * The offers behind an order: the accepted one (in one order of five, after a revision the buyer
 * asked for, so a superseded first version precedes it), and in one of three a competing group
 * whose offer lost — declined by the buyer with a reason, or declined when this one was awarded.
 */
function addOfferHistory(
  ctx: HistoryContext,
  rows: TableRows,
  o: { job: { id: string; steps: SeedStep[] }; groupId: string; priced: PricedRoute; parts: Map<number, { assignmentId: string; memberId: string; plannedStart: Date | null; plannedEnd: Date | null }>; lead: SeedFirm; leadMemberId: string; buyerUserId: string; published: Date; contractedOn: Date; dueOn: Date; index: Index },
): { id: string; totalYen: bigint } {
  const r = ctx.prices;
  const common = { groupId: o.groupId, jobId: o.job.id, parts: o.parts, leadFirmId: o.lead.id, leadMemberId: o.leadMemberId, sentById: o.lead.adminUserId, committedDelivery: o.dueOn, showBreakdown: r.chance(0.8) };
  let replacesId: string | null = null;
  let version = 1;
  const revised = r.chance(0.2);
  if (revised) {
    const sentAt = addDays(o.contractedOn, -r.int(8, 14));
    const first = addOfferRows(r, rows, { ...common, version, replacesId, route: scaleRoute(o.priced, 1.06 + r.next() * 0.08), sentAt, validUntil: addDays(sentAt, 30), moves: [["REVISION_REQUESTED", addDays(sentAt, 2), o.buyerUserId, null, "数量を見直したので単価の再検討をお願いします。"], ["SUPERSEDED", addDays(o.contractedOn, -4), o.lead.adminUserId, null, null]] });
    replacesId = first.id;
    version = 2;
  }
  const sentAt = addDays(o.contractedOn, -r.int(2, 4));
  const accepted = addOfferRows(r, rows, { ...common, version, replacesId, route: o.priced, sentAt, validUntil: addDays(sentAt, 30), moves: [["ACCEPTED", o.contractedOn, o.buyerUserId, null, null]] });
  if (r.chance(0.35)) {
    const first = o.job.steps[0]!;
    const rivals = (o.index.firmsByProcess.get(first.processCode) ?? []).filter((f) => f.id !== o.lead.id);
    const rival = rivals.length ? r.pick(rivals) : null;
    if (rival) {
      const groupId = r.uuid();
      const invited = addDays(o.published, r.int(2, 6));
      const reason = r.weighted([["PRICE", 45], ["DATE", 20], ["QUALITY", 10], ["OTHER", 5], ["AWARDED_ELSEWHERE", 20]] as const);
      rows.add("JointOrderGroup", [groupId, "JOB", o.job.id, `${rival.nameJa}グループ`, "MEDIATION", null, rival.id, "CANCELLED", null, null, invited.toISOString(), o.contractedOn.toISOString()]);
      rows.add("GroupMember", [r.uuid(), groupId, rival.id, true, "ACCEPTED", 10_000, null, invited.toISOString(), addDays(invited, 2).toISOString(), addDays(invited, 1).toISOString(), null]);
      rows.add("GroupStatusChange", [r.uuid(), groupId, null, "INVITING", o.buyerUserId, null, invited.toISOString()]);
      rows.add("GroupStatusChange", [r.uuid(), groupId, "INVITING", "CANCELLED", o.buyerUserId, "system:awardedElsewhere", o.contractedOn.toISOString()]);
      const rivalRoute = scaleRoute({ ...o.priced, steps: o.priced.steps.map((s) => ({ ...s, firmId: rival.id })) }, reason === "PRICE" ? 1.15 + r.next() * 0.3 : 0.9 + r.next() * 0.25);
      const rivalSent = addDays(invited, r.int(3, 8));
      const decidedAt = reason === "AWARDED_ELSEWHERE" ? o.contractedOn : addDays(rivalSent, r.int(1, 5));
      addOfferRows(r, rows, { groupId, jobId: o.job.id, version: 1, replacesId: null, route: rivalRoute, parts: new Map(), leadFirmId: rival.id, leadMemberId: null, sentById: rival.adminUserId, sentAt: rivalSent, validUntil: addDays(rivalSent, 30), committedDelivery: addDays(o.dueOn, reason === "DATE" ? r.int(5, 20) : 0), showBreakdown: true, moves: [["DECLINED", decidedAt, reason === "AWARDED_ELSEWHERE" ? null : o.buyerUserId, reason, DECLINE_COMMENTS[reason] ?? null]] });
    }
  }
  return { id: accepted.id, totalYen: accepted.figures.totalYen };
}
