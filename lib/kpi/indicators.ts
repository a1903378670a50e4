// The policy paper's indicators (支援策①): how each one behaves over time and its default target.
// What each counts is written for people in messages/*/kpi.json (kpi.indicators.<code>.definition)
// and for developers in docs/decisions/005-kpi-queries.md.
import type { KpiIndicator } from "@/lib/generated/prisma/enums";

/**
 * flow: events in the period add up (a quarter's target is a quarter of the year's);
 * stock: a level at a point in time (the target applies to any period as is);
 * rate: a percentage over the period (the target applies as is).
 */
export type IndicatorKind = "flow" | "stock" | "rate";
export type IndicatorUnit = "yen" | "count" | "percent";

export interface IndicatorInfo {
  code: KpiIndicator;
  kind: IndicatorKind;
  unit: IndicatorUnit;
  /** The paper's target, used when federation staff have not set one for the fiscal year. */
  defaultTarget: number;
}

export const INDICATORS: readonly IndicatorInfo[] = [
  { code: "ORDER_VALUE_YEN", kind: "flow", unit: "yen", defaultTarget: 10_000_000_000 },
  { code: "PARTICIPATING_FIRMS", kind: "stock", unit: "count", defaultTarget: 500 },
  { code: "GROUPS_FORMED", kind: "flow", unit: "count", defaultTarget: 50 },
  { code: "MONTHLY_ACTIVE_FIRMS", kind: "stock", unit: "count", defaultTarget: 1_500 },
  { code: "MATCHES_MADE", kind: "flow", unit: "count", defaultTarget: 1_200 },
  { code: "AVERAGE_ORDER_VALUE_CHANGE_PCT", kind: "rate", unit: "percent", defaultTarget: 30 },
  { code: "NEW_CUSTOMER_RATE_PCT", kind: "rate", unit: "percent", defaultTarget: 20 },
  { code: "EVENTS_HELD", kind: "flow", unit: "count", defaultTarget: 24 },
];

export const INDICATOR_CODES = INDICATORS.map((i) => i.code) as [KpiIndicator, ...KpiIndicator[]];
export const INDICATOR_BY_CODE: ReadonlyMap<KpiIndicator, IndicatorInfo> = new Map(INDICATORS.map((i) => [i.code, i]));

/** The target for a period: a flow indicator's yearly target is pro-rated by months. */
export function targetForPeriod(info: IndicatorInfo, yearlyTarget: number, months: number): number {
  return info.kind === "flow" ? (yearlyTarget * months) / 12 : yearlyTarget;
}
