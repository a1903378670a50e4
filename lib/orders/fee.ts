// The cooperative's fee (手数料) under 共同受注: a rate on the order before tax, taken from what each
// member would receive in proportion to its share, so the members' amounts plus the fee equal the
// order's amount before tax to the yen. Pure; amounts are bigint yen.
import { apportion, sumYen, type Yen } from "@/lib/money/yen";

/** 0–20 % in 1/100 % (basis points); a cooperative's rules set it, its staff record it. */
export const MAX_FEE_RATE_BASIS_POINTS = 2_000;

export interface MemberShare {
  memberId: string;
  shareYen: Yen;
}

export interface FeeSplit {
  feeYen: Yen;
  members: { memberId: string; shareYen: Yen; feeYen: Yen; amountYen: Yen }[];
}

/** The fee on `shares` (the order before tax, per member) at `rateBasisPoints`, floored once for the
 *  whole order and split over the members by largest remainder. */
export function splitFee(shares: readonly MemberShare[], rateBasisPoints: number): FeeSplit {
  if (!Number.isInteger(rateBasisPoints) || rateBasisPoints < 0 || rateBasisPoints > MAX_FEE_RATE_BASIS_POINTS) throw new RangeError(`fee rate ${rateBasisPoints} is outside 0–${MAX_FEE_RATE_BASIS_POINTS}`);
  const total = sumYen(shares.map((s) => s.shareYen));
  const feeYen = (total * BigInt(rateBasisPoints)) / 10_000n;
  const fees = apportion(feeYen, shares.map((s) => s.shareYen));
  return { feeYen, members: shares.map((s, i) => ({ memberId: s.memberId, shareYen: s.shareYen, feeYen: fees[i]!, amountYen: s.shareYen - fees[i]! })) };
}

/** "3.5 %" from 350 basis points. */
export const formatFeeRate = (basisPoints: number) => `${(basisPoints / 100).toFixed(basisPoints % 100 === 0 ? 0 : basisPoints % 10 === 0 ? 1 : 2)} %`;
