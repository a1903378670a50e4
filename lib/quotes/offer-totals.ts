// What a group offer adds up to: each member's step lines, the lead firm's coordination fee and the
// transport between steps; consumption tax per rate, once for the document (lib/money/tax.ts); and
// each member's share of the order in yen and in basis points. Pure, bigint yen throughout.
import { documentTotals, STANDARD_TAX_RATE_PERCENT, type DocumentTotals } from "@/lib/money/tax";
import { apportion, timesQuantity, type Yen } from "@/lib/money/yen";
import type { MaterialSupply } from "@/lib/generated/prisma/enums";

export interface PricedStep {
  memberId: string;
  quantity: number;
  unitPriceYen: Yen;
  setupYen: Yen;
  toolingYen: Yen;
  materialSupply: MaterialSupply;
  materialYen: Yen;
}

/** unit price × quantity + one-time costs + the firm's material (none when the buyer supplies it, 支給材). */
export function stepAmount(step: Omit<PricedStep, "memberId">): Yen {
  return timesQuantity(step.unitPriceYen, step.quantity) + step.setupYen + step.toolingYen + (step.materialSupply === "FIRM" ? step.materialYen : 0n);
}

export interface OfferFigures extends DocumentTotals {
  stepsYen: Yen;
  coordinationFeeYen: Yen;
  transportYen: Yen;
}

export function offerTotals(input: { steps: readonly Omit<PricedStep, "memberId">[]; coordinationFeeYen: Yen; transportYen: Yen }): OfferFigures {
  const amounts = input.steps.map(stepAmount);
  const lines = [...amounts, input.coordinationFeeYen, input.transportYen].map((amountYen) => ({ amountYen, taxRatePercent: STANDARD_TAX_RATE_PERCENT }));
  const stepsYen = amounts.reduce((a, b) => a + b, 0n);
  return { ...documentTotals(lines), stepsYen, coordinationFeeYen: input.coordinationFeeYen, transportYen: input.transportYen };
}

/**
 * Each member's share of the order before tax: its own step lines, and for the lead firm also the
 * coordination fee and the transport it arranges. Basis points follow from the yen (largest
 * remainder, so they sum to exactly 10,000).
 */
export function memberShares(input: { steps: readonly PricedStep[]; leadMemberId: string; coordinationFeeYen: Yen; transportYen: Yen; memberIds: readonly string[] }): Map<string, { yen: Yen; basisPoints: number }> {
  const yen = new Map(input.memberIds.map((id) => [id, 0n]));
  for (const step of input.steps) yen.set(step.memberId, (yen.get(step.memberId) ?? 0n) + stepAmount(step));
  yen.set(input.leadMemberId, (yen.get(input.leadMemberId) ?? 0n) + input.coordinationFeeYen + input.transportYen);
  return sharesFromAmounts(yen);
}

/** Basis points (1/10,000, summing to exactly 10,000) from each member's amount in yen. */
export function sharesFromAmounts(yenByMember: ReadonlyMap<string, Yen>): Map<string, { yen: Yen; basisPoints: number }> {
  const ids = [...yenByMember.keys()].sort();
  const points = apportion(10_000n, ids.map((id) => yenByMember.get(id)!));
  return new Map(ids.map((id, i) => [id, { yen: yenByMember.get(id)!, basisPoints: Number(points[i]) }]));
}
