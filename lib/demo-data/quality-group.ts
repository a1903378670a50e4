// A joint order in production for the demo accounts to work its quality on: the Ota machining firm
// (lead) turns shafts, the Sumida press firm presses the flanges. It has an inspection plan per
// step and at delivery, inspected lots (mostly in tolerance, one not), a non-conformance from that
// lot worked to closure, and one still open. The press firm receives the turned shafts, so its
// users enter the turning step's measured values (quality owner: the lead itself).
import type { Database } from "@/lib/db/client";
import { addDays, isoDate } from "./dates";
import type { SeedBuyer } from "./buyers-and-open-jobs";
import type { SeedFirm } from "./firms";
import type { Random } from "./random";

export const QUALITY_JOB_TITLE = "【デモ】油圧バルブ用シャフトとフランジ（量産中）";
const QUANTITY = 1_000;

type Plan = { name: string; kind: "VARIABLE" | "ATTRIBUTE"; unit: string; nominal: string | null; lower: string | null; upper: string | null; method: string }[];
const TURNING: Plan = [
  { name: "外径 φ12 h7", kind: "VARIABLE", unit: "mm", nominal: "12", lower: "11.982", upper: "12", method: "マイクロメータ" },
  { name: "全長", kind: "VARIABLE", unit: "mm", nominal: "50", lower: "49.9", upper: "50.1", method: "ノギス" },
  { name: "面粗さ Ra", kind: "VARIABLE", unit: "µm", nominal: null, lower: null, upper: "1.6", method: "表面粗さ計" },
  { name: "外観（キズ・打痕・バリ）", kind: "ATTRIBUTE", unit: "", nominal: null, lower: null, upper: null, method: "目視" },
];
const PRESS: Plan = [
  { name: "穴径（通り・止まり）", kind: "ATTRIBUTE", unit: "", nominal: null, lower: null, upper: null, method: "限界ゲージ" },
  { name: "外形寸法", kind: "VARIABLE", unit: "mm", nominal: "40", lower: "39.9", upper: "40.1", method: "ノギス" },
];
const FINAL: Plan = [{ name: "外観・員数", kind: "ATTRIBUTE", unit: "", nominal: null, lower: null, upper: null, method: "目視" }];

/** A value near the middle of the limits, sometimes pushed out (for the lot that fails). */
function valueFor(random: Random, c: Plan[number], out: boolean): { value: string | null; conforming: boolean } {
  if (c.kind === "ATTRIBUTE") return { value: null, conforming: !out };
  const lower = c.lower === null ? 0 : Number(c.lower);
  const upper = Number(c.upper);
  const span = upper - lower;
  const v = out ? upper + span * 0.3 : lower + span * (0.3 + random.int(0, 40) / 100);
  return { value: v.toFixed(c.unit === "µm" ? 2 : 3), conforming: !out };
}

export async function addQualityDemoGroup(db: Database, random: Random, now: Date, buyer: SeedBuyer, lead: SeedFirm, partner: SeedFirm): Promise<void> {
  const p = db.prisma;
  const contracted = addDays(now, -20);
  const job = await p.job.create({
    data: {
      buyerOrgId: buyer.id, createdById: buyer.userId, titleJa: QUALITY_JOB_TITLE, titleEn: "[Demo] Shafts and flanges for hydraulic valves (in production)", descriptionJa: "S45C の旋削シャフトと SPCC のプレスフランジ。各工程で検査成績書を添付。", descriptionEn: "Turned S45C shafts and pressed SPCC flanges; an inspection report with every lot.",
      partName: "バルブシャフト組", quantity: QUANTITY, deadline: addDays(now, 25), deliveryPlace: "本社工場", status: "IN_PRODUCTION", publishedAt: addDays(now, -40), awardedAt: contracted, createdAt: addDays(now, -42), updatedAt: contracted,
      steps: { create: [{ position: 1, processCode: "turning", quantity: QUANTITY }, { position: 2, processCode: "press", quantity: QUANTITY }] },
    },
    select: { id: true, steps: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  // Its history, as the lifecycle would have written it (the award day is the job's awardedAt).
  const jobMoves = [[null, "DRAFT", -42], ["DRAFT", "OPEN", -40], ["OPEN", "GROUPS_INVITED", -35], ["GROUPS_INVITED", "AWARDED", -20], ["AWARDED", "IN_PRODUCTION", -18]] as const;
  await p.jobStatusChange.createMany({ data: jobMoves.map(([fromStatus, toStatus, day]) => ({ jobId: job.id, fromStatus, toStatus, actorId: toStatus === "IN_PRODUCTION" ? lead.adminUserId : buyer.userId, createdAt: addDays(now, day) })) });
  const group = await p.jointOrderGroup.create({ data: { kind: "JOB", jobId: job.id, name: `${lead.nameJa}グループ`, leadFirmId: lead.id, status: "IN_PRODUCTION", version: 4, proposedById: buyer.userId, formedAt: addDays(now, -30), createdAt: addDays(now, -35) }, select: { id: true } });
  const [leadMember, partnerMember] = await Promise.all([lead, partner].map((firm, i) =>
    p.groupMember.create({ data: { groupId: group.id, firmId: firm.id, isLead: i === 0, status: "ACCEPTED", shareBasisPoints: i === 0 ? 6_000 : 4_000, shareYen: i === 0 ? 1_440_000n : 960_000n, invitedAt: addDays(now, -35), respondedAt: addDays(now, -34) }, select: { id: true } })));
  const turning = await p.groupStepAssignment.create({ data: { groupId: group.id, memberId: leadMember!.id, jobStepId: job.steps[0]!.id, processCode: "turning", quantity: QUANTITY, qualityOwnerMemberId: leadMember!.id, status: "IN_PROGRESS", percentComplete: 70, plannedStart: addDays(now, -18), plannedEnd: addDays(now, 2), actualStart: addDays(now, -18) }, select: { id: true } });
  const press = await p.groupStepAssignment.create({ data: { groupId: group.id, memberId: partnerMember!.id, jobStepId: job.steps[1]!.id, processCode: "press", quantity: QUANTITY, qualityOwnerMemberId: partnerMember!.id, status: "IN_PROGRESS", percentComplete: 30, plannedStart: addDays(now, -8), plannedEnd: addDays(now, 12), actualStart: addDays(now, -6) }, select: { id: true } });
  // The latest lot of turned shafts is on its way to the press firm, which has not confirmed it yet.
  await p.handoff.create({ data: { groupId: group.id, fromAssignmentId: turning.id, toAssignmentId: press.id, quantity: 250, sentAt: addDays(now, -1), sentById: lead.adminUserId, createdAt: addDays(now, -1) } });
  await p.groupStatusChange.createMany({ data: (["INVITING", "PENDING_APPROVAL", "APPROVED", "AWARDED", "IN_PRODUCTION"] as const).map((to, i, all) => ({ groupId: group.id, fromStatus: i ? all[i - 1]! : null, toStatus: to, actorId: to === "AWARDED" || to === "INVITING" ? buyer.userId : null, createdAt: addDays(now, -35 + i * 4) })) });
  await p.order.create({ data: { jobId: job.id, groupId: group.id, buyerOrgId: buyer.id, contractedValueYen: 2_640_000n, contractedOn: new Date(`${isoDate(contracted)}T00:00:00Z`), dueOn: new Date(`${isoDate(addDays(now, 25))}T00:00:00Z`), status: "IN_PRODUCTION", createdAt: contracted } });

  const plan = async (assignmentId: string | null, items: Plan) => {
    const ids: string[] = [];
    for (const [i, c] of items.entries()) {
      const row = await p.inspectionCharacteristic.create({ data: { groupId: group.id, assignmentId, position: i + 1, name: c.name, kind: c.kind, unit: c.unit, nominal: c.nominal, lowerLimit: c.lower, upperLimit: c.upper, method: c.method, createdById: buyer.userId, createdAt: addDays(now, -19) }, select: { id: true } });
      ids.push(row.id);
    }
    return ids;
  };
  const turningIds = await plan(turning.id, TURNING);
  await plan(press.id, PRESS);
  await plan(null, FINAL);

  // Lots of turned shafts, inspected by the press firm on receipt: three pass, one has two shafts over size.
  const partnerAdmin = partner.adminUserId;
  const lots = [{ no: "T-01", day: -12, bad: 0 }, { no: "T-02", day: -9, bad: 2 }, { no: "T-03", day: -5, bad: 0 }, { no: "T-04", day: -2, bad: 0 }];
  for (const lot of lots) {
    const row = await p.inspectionLot.create({ data: { groupId: group.id, assignmentId: turning.id, lotNumber: lot.no, lotQuantity: 250, sampleSize: 5, nonconformingUnits: lot.bad, inspectedById: partnerAdmin, inspectedByFirmId: partner.id, inspectedAt: addDays(now, lot.day) }, select: { id: true } });
    await p.measurement.createMany({
      data: TURNING.flatMap((c, ci) => Array.from({ length: 5 }, (_, s) => ({ lotId: row.id, characteristicId: turningIds[ci]!, sampleIndex: s + 1, ...valueFor(random, c, ci === 0 && s < lot.bad) }))),
    });
    if (lot.bad) await closedNc(db, { groupId: group.id, assignmentId: turning.id, lotId: row.id, raisedAt: addDays(now, lot.day), raisedById: partnerAdmin, raisedByFirmId: partner.id, responsibleMemberId: leadMember!.id, bad: lot.bad, lot: lot.no });
  }
  // Still open: the buyer found burrs on a sample it took at the lead's shop; assigned, awaiting containment.
  const open = await p.nonConformance.create({
    data: { groupId: group.id, assignmentId: turning.id, source: "MANUAL", status: "ASSIGNED", version: 1, description: "立会い検査でバリ残り（3/20 本）", quantityAffected: 3, raisedById: buyer.userId, raisedByBuyerOrgId: buyer.id, responsibleMemberId: leadMember!.id, agreementClause: "第7条", createdAt: addDays(now, -1), updatedAt: addDays(now, -1) },
    select: { id: true },
  });
  await p.ncCostShare.create({ data: { ncId: open.id, memberId: leadMember!.id, basisPoints: 10_000 } });
  await p.ncEvent.createMany({ data: [{ ncId: open.id, toStatus: "RAISED", actorId: buyer.userId, note: "立会い検査でバリ残り（3/20 本）", createdAt: addDays(now, -1) }, { ncId: open.id, fromStatus: "RAISED", toStatus: "ASSIGNED", actorId: lead.adminUserId, note: "旋削工程の担当として当社で対応します。", createdAt: addDays(now, -1) }] });
}

async function closedNc(db: Database, nc: { groupId: string; assignmentId: string; lotId: string; raisedAt: Date; raisedById: string; raisedByFirmId: string; responsibleMemberId: string; bad: number; lot: string }) {
  const texts = {
    RAISED: `ロット ${nc.lot} の受入検査で規格外：外径 φ12 h7 ${nc.bad}/5 個`,
    ASSIGNED: "",
    CONTAINED: "同ロットの残り 245 個を全数選別し、不良 6 個を隔離。",
    CAUSE_FOUND: "刃具摩耗による寸法の上振れ。交換周期が長すぎた。",
    CORRECTED: "刃具の交換周期を 400 個から 250 個に短縮し、工程内で 20 個ごとに外径を測定。",
    CLOSED: "次ロット T-03 で外径を確認し、全数規格内。",
  } as const;
  const order = ["RAISED", "ASSIGNED", "CONTAINED", "CAUSE_FOUND", "CORRECTED", "CLOSED"] as const;
  const at = (i: number) => addDays(nc.raisedAt, i === 0 ? 0 : Math.min(i, 4));
  const row = await db.prisma.nonConformance.create({
    data: {
      groupId: nc.groupId, assignmentId: nc.assignmentId, lotId: nc.lotId, source: "MEASUREMENT", status: "CLOSED", version: 5, description: texts.RAISED, quantityAffected: nc.bad,
      raisedById: nc.raisedById, raisedByFirmId: nc.raisedByFirmId, responsibleMemberId: nc.responsibleMemberId, agreementClause: "第7条", costYen: 38_000n,
      containment: texts.CONTAINED, cause: "MACHINE", rootCause: texts.CAUSE_FOUND, correctiveAction: texts.CORRECTED, verification: texts.CLOSED, verifiedById: nc.raisedById,
      closedAt: at(5), createdAt: at(0), updatedAt: at(5),
    },
    select: { id: true },
  });
  await db.prisma.ncCostShare.create({ data: { ncId: row.id, memberId: nc.responsibleMemberId, basisPoints: 10_000, acknowledgedAt: at(1) } });
  await db.prisma.ncEvent.createMany({ data: order.map((to, i) => ({ ncId: row.id, fromStatus: i ? order[i - 1]! : null, toStatus: to, note: texts[to], createdAt: at(i) })) });
}
