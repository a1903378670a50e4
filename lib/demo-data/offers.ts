// Priced offers in the demo data, made the way the app makes them: each step priced by its member
// (unit price, setup, tooling, material), the lead's fee and transport, tax once per document
// (lib/quotes/offer-totals.ts). Past orders take their value and shares from their accepted offer,
// so reference ranges and order-value KPIs read true figures. Pure row generation.
import { MATERIALS } from "@/lib/taxonomy/materials";
import { offerNumber } from "@/lib/quotes/drafts";
import { offerTotals, sharesFromAmounts, stepAmount } from "@/lib/quotes/offer-totals";
import { addDays, isoDate } from "./dates";
import type { Random } from "./random";
import type { TableRows } from "./table-rows";

const CATEGORY = new Map(MATERIALS.map((m) => [m.code, m.category]));

export interface PricedStep {
  position: number;
  processCode: string;
  materialCode: string | null;
  quantity: number;
  firmId: string;
  unitPriceYen: bigint;
  setupYen: bigint;
  toolingYen: bigint;
  materialSupply: "BUYER" | "FIRM";
  materialYen: bigint;
  leadTimeDays: number;
}

export interface PricedRoute {
  steps: PricedStep[];
  coordinationFeeYen: bigint;
  transportYen: bigint;
}

const round = (yen: number, to: number) => BigInt(Math.max(0, Math.round(yen / to) * to));

/** Prices a route so its subtotal lands near `targetYen` (before tax): the members' lines, the lead's fee and transport. */
export function priceRoute(random: Random, steps: readonly { position: number; processCode: string; materialCode: string | null; quantity: number; firmId: string }[], targetYen: number): PricedRoute {
  const weights = steps.map(() => 0.6 + random.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const feeShare = 0.04 + random.next() * 0.03;
  const transportShare = steps.length > 1 ? 0.01 + random.next() * 0.02 : 0;
  return {
    steps: steps.map((step, i) => {
      const budget = (targetYen * (1 - feeShare - transportShare) * weights[i]!) / sum;
      const setupYen = round(budget * (0.03 + random.next() * 0.06), 1000);
      const toolingYen = random.chance(0.3) ? round(budget * 0.05, 1000) : 0n;
      const materialSupply = random.chance(0.5) ? ("FIRM" as const) : ("BUYER" as const);
      const materialYen = materialSupply === "FIRM" ? round(budget * 0.15, 100) : 0n;
      const rest = budget - Number(setupYen + toolingYen + materialYen);
      const unitPriceYen = BigInt(Math.max(1, Math.round(rest / step.quantity)));
      return { ...step, unitPriceYen, setupYen, toolingYen, materialSupply, materialYen, leadTimeDays: random.int(3, 15) };
    }),
    coordinationFeeYen: round(targetYen * feeShare, 1000),
    transportYen: round(targetYen * transportShare, 1000),
  };
}

/** The same route at a different price (a revision, a competitor): unit prices and fee scaled. */
export function scaleRoute(route: PricedRoute, factor: number): PricedRoute {
  const scale = (v: bigint) => BigInt(Math.max(0, Math.round(Number(v) * factor)));
  return { steps: route.steps.map((s) => ({ ...s, unitPriceYen: scale(s.unitPriceYen) || 1n, setupYen: scale(s.setupYen) })), coordinationFeeYen: scale(route.coordinationFeeYen), transportYen: route.transportYen };
}

export function figuresOf(route: PricedRoute) {
  return offerTotals({ steps: route.steps, coordinationFeeYen: route.coordinationFeeYen, transportYen: route.transportYen });
}

/** Each member's share (yen and basis points) of a priced route; `memberOf` maps a firm to its member id. */
export function sharesOf(route: PricedRoute, leadFirmId: string): Map<string, { yen: bigint; basisPoints: number }> {
  const yen = new Map<string, bigint>();
  for (const step of route.steps) yen.set(step.firmId, (yen.get(step.firmId) ?? 0n) + stepAmount(step));
  yen.set(leadFirmId, (yen.get(leadFirmId) ?? 0n) + route.coordinationFeeYen + route.transportYen);
  return sharesFromAmounts(yen);
}

export interface OfferRowsInput {
  groupId: string;
  jobId: string;
  version: number;
  replacesId: string | null;
  route: PricedRoute;
  /** Step position → the assignment and member doing it (null for a competitor's summary lines). */
  parts: Map<number, { assignmentId: string; memberId: string; plannedStart: Date | null; plannedEnd: Date | null }>;
  leadFirmId: string;
  leadMemberId: string | null;
  sentAt: Date;
  sentById: string | null;
  validUntil: Date;
  committedDelivery: Date;
  showBreakdown: boolean;
  /** The moves after SENT: [status, when, who, reason, comment]. */
  moves: [status: string, at: Date, actorId: string | null, reason: string | null, comment: string | null][];
}

/** The rows of one sent offer version: the offer, its lines and its history. Returns its id and figures. */
export function addOfferRows(random: Random, rows: TableRows, input: OfferRowsInput) {
  const id = random.uuid();
  const figures = figuresOf(input.route);
  const finalMove = input.moves.at(-1);
  const status = finalMove?.[0] ?? "SENT";
  const decided = finalMove && (status === "ACCEPTED" || status === "DECLINED") ? finalMove : null;
  rows.add("GroupOffer", [
    id, input.groupId, input.jobId, input.version, input.replacesId, offerNumber(input.groupId, input.version), status, input.moves.length,
    String(input.route.coordinationFeeYen), String(input.route.transportYen), input.showBreakdown, isoDate(input.validUntil), "納品月末締め・翌月末日 銀行振込", "発注者工場", "",
    String(figures.subtotalYen), String(figures.taxYen), String(figures.totalYen), isoDate(input.committedDelivery), input.sentAt.toISOString(), input.sentById,
    decided ? decided[1].toISOString() : null, decided?.[3] ?? null, input.sentAt.toISOString(),
  ]);
  input.route.steps.forEach((step, i) => {
    const part = input.parts.get(step.position);
    rows.add("OfferLine", [
      random.uuid(), id, i + 1, "STEP", part?.assignmentId ?? null, part?.memberId ?? null, step.firmId, step.position, step.processCode, step.materialCode, step.materialCode ? (CATEGORY.get(step.materialCode) ?? null) : null,
      step.quantity, String(step.unitPriceYen), String(step.setupYen), String(step.toolingYen), step.materialSupply, String(step.materialYen), String(stepAmount(step)), 10,
      step.leadTimeDays, isoDate(input.sentAt), isoDate(input.validUntil), part?.plannedStart ? isoDate(part.plannedStart) : null, part?.plannedEnd ? isoDate(part.plannedEnd) : null, null, i === input.route.steps.length - 1,
    ]);
  });
  const extra = [["COORDINATION", input.route.coordinationFeeYen], ["TRANSPORT", input.route.transportYen]] as const;
  extra.filter(([, yen]) => yen > 0n).forEach(([kind, yen], i) => {
    rows.add("OfferLine", [random.uuid(), id, input.route.steps.length + i + 1, kind, null, input.leadMemberId, input.leadFirmId, null, null, null, null, 1, String(yen), "0", "0", null, "0", String(yen), 10, null, null, null, null, null, null, false]);
  });
  let from = "DRAFT";
  for (const [to, at, actorId, reason, comment] of [["SENT", input.sentAt, input.sentById, null, null] as const, ...input.moves]) {
    rows.add("OfferStatusChange", [random.uuid(), id, from, to, actorId, reason, comment, at.toISOString()]);
    from = to;
  }
  return { id, figures };
}

export const DECLINE_COMMENTS: Record<string, string> = {
  PRICE: "他社の見積より総額が高いため見送ります。",
  DATE: "希望納期に間に合わないため見送ります。",
  QUALITY: "品質保証体制（検査記録）の確認が取れないため見送ります。",
  OTHER: "社内で仕様の見直しが入ったため見送ります。",
};

export { addDays };
