// Everything the KPI dashboard shows for one period and scope, from the aggregate queries of this
// folder. The page, the printable report, the CSV downloads and the benchmark all load it here.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Database } from "@/lib/db/client";
import type { SqlConnection } from "@/lib/db/sql-connection";
import type { KpiIndicator } from "@/lib/generated/prisma/enums";
import type { TtlCache } from "@/lib/cache/ttl-cache";
import { tokyoToday } from "@/lib/capacity/weeks";
import { assertBreakdownAllowed, kpiBreakdown, type BreakdownDimension, type BreakdownRow } from "./breakdown";
import { eventsHeldByMonth } from "./events";
import { activeFirmsByMonth, participatingFirmsByMonth } from "./firms";
import { jobFunnel, type FunnelStep } from "./funnel";
import { capabilityGaps, type CapabilityGap } from "./gaps";
import { groupsFormedByMonth, matchesMadeByMonth } from "./groups";
import { INDICATORS, targetForPeriod, type IndicatorInfo } from "./indicators";
import { offerInsights, type OfferInsights } from "./offers";
import { contractorInsights, type ContractorRow } from "./contracts";
import { orderValueByMonth } from "./orders";
import { averageOrderValueChange, newCustomerRate, type RateValue } from "./outcomes";
import { periodRange, type Period, type PeriodRange } from "./period";
import { federationScopeOf, resolveKpiScope, type KpiScope } from "./scope";
import type { MonthValue } from "./series";
import { targetsFor } from "./targets";
import { clock } from "@/lib/clock";

export interface SeriesPoint {
  /** "YYYY-MM" for monthly series, "FY2026" for yearly ones. */
  label: string;
  value: number | null;
  target: number | null;
}

export interface IndicatorSummary {
  code: KpiIndicator;
  kind: IndicatorInfo["kind"];
  unit: IndicatorInfo["unit"];
  /** The period's figure; null when there is nothing to compute it from (e.g. no comparable firms). */
  value: number | null;
  /** The period's target (a flow target pro-rated; an association's share of the federation's). */
  target: number;
  /** value / target in percent, null when either is missing or the target is zero. */
  progressPct: number | null;
  /** Rates only: how many firms the rate is over. */
  firms: number | null;
  /** Association scope only: the federation's figure per association (rates: the federation's rate). */
  federationAverage: number | null;
  /** Flow: cumulative within the fiscal year against a pro-rated target; stock: monthly; rate: yearly. */
  series: SeriesPoint[];
}

export interface KpiDashboard {
  range: PeriodRange;
  scope: KpiScope;
  indicators: IndicatorSummary[];
  funnel: FunnelStep[];
  offers: OfferInsights;
  /** Orders by the real contractor's association, overdue invoices and days to payment. */
  contractors: ContractorRow[];
  gaps: CapabilityGap[];
  breakdown: { dimension: BreakdownDimension; rows: BreakdownRow[] } | null;
  /** Indicators whose target federation staff set for the fiscal year (others: the paper's). */
  targetsSetByStaff: KpiIndicator[];
}

export interface DashboardRequest {
  period: Period;
  /** Federation staff: one association instead of the whole federation. */
  associationId?: string | null;
  breakdown?: BreakdownDimension | null;
  today?: Date;
}

type Raw = Record<KpiIndicator, { months?: MonthValue[]; rates?: RateValue[] }>;

/** The yearly windows shown for rate indicators: the selected fiscal year and the two before it. */
const rateYears = (fiscalYear: number): Period[] => [fiscalYear - 2, fiscalYear - 1, fiscalYear].map((fy) => ({ kind: "fy", fiscalYear: fy }));

async function loadRaw(sql: SqlConnection, scope: KpiScope, range: PeriodRange, today: Date): Promise<Raw> {
  const fy = range.fiscalYear;
  const ratePeriods = [...rateYears(fy), ...(range.period.kind === "fy" ? [] : [range.period])];
  const [orders, participating, groups, active, matches, events, aov, newCustomers] = await Promise.all([
    orderValueByMonth(sql, scope, fy, today),
    participatingFirmsByMonth(sql, scope, fy, today),
    groupsFormedByMonth(sql, scope, fy, today),
    activeFirmsByMonth(sql, scope, fy, today),
    matchesMadeByMonth(sql, scope, fy, today),
    eventsHeldByMonth(sql, scope, fy, today),
    averageOrderValueChange(sql, scope, ratePeriods, today),
    newCustomerRate(sql, scope, ratePeriods),
  ]);
  return {
    ORDER_VALUE_YEN: { months: orders },
    PARTICIPATING_FIRMS: { months: participating },
    GROUPS_FORMED: { months: groups },
    MONTHLY_ACTIVE_FIRMS: { months: active },
    MATCHES_MADE: { months: matches },
    EVENTS_HELD: { months: events },
    AVERAGE_ORDER_VALUE_CHANGE_PCT: { rates: aov },
    NEW_CUSTOMER_RATE_PCT: { rates: newCustomers },
  };
}

const inPeriod = (range: PeriodRange) => (m: MonthValue) => m.month >= range.start.slice(0, 7) && m.month < range.end.slice(0, 7) && m.value !== null;

/** The period's figure from the monthly buckets: flows add up; participating firms at the last
 *  month so far; monthly active firms averaged over the months so far. */
function periodValue(info: IndicatorInfo, raw: Raw[KpiIndicator], range: PeriodRange): { value: number | null; firms: number | null } {
  if (raw.rates) {
    const rate = raw.rates.find((r) => r.label === range.code);
    return { value: rate?.value ?? null, firms: rate?.firms ?? 0 };
  }
  const months = (raw.months ?? []).filter(inPeriod(range)).map((m) => m.value as number);
  if (!months.length) return { value: null, firms: null };
  if (info.kind === "flow") return { value: months.reduce((a, b) => a + b, 0), firms: null };
  if (info.code === "PARTICIPATING_FIRMS") return { value: months.at(-1) ?? null, firms: null };
  return { value: Math.round(months.reduce((a, b) => a + b, 0) / months.length), firms: null };
}

function series(info: IndicatorInfo, raw: Raw[KpiIndicator], yearlyTarget: number): SeriesPoint[] {
  if (raw.rates) return raw.rates.filter((r) => r.label.startsWith("FY") && !r.label.includes("-")).map((r) => ({ label: r.label, value: r.value, target: yearlyTarget }));
  let running = 0;
  return (raw.months ?? []).map((m, i) => {
    if (info.kind !== "flow") return { label: m.month, value: m.value, target: yearlyTarget };
    running += m.value ?? 0;
    return { label: m.month, value: m.value === null ? null : running, target: Math.round((yearlyTarget * (i + 1)) / 12) };
  });
}

/** For association staff: the federation's figure per association, or its rate. */
function federationAverage(info: IndicatorInfo, value: number | null, associations: number): number | null {
  if (value === null) return null;
  if (info.kind === "rate") return value;
  return Math.round(value / Math.max(associations, 1));
}

/** figuresCache: where the page keeps the figures shared by every staff member asking for the same
 *  scope, period and breakdown (lib/kpi/figures-cache.ts); without it, as in tests, they are read
 *  fresh. Who may see the scope is checked first, on every request. */
export async function loadKpiDashboard(db: Database, viewer: Viewer, request: DashboardRequest, figuresCache?: TtlCache): Promise<KpiDashboard> {
  const scope = await resolveKpiScope(db.sql, viewer, request.associationId);
  const today = request.today ?? clock.now();
  const range = periodRange(request.period);
  if (request.breakdown) assertBreakdownAllowed(viewer, scope, request.breakdown);
  if (!figuresCache) return dashboardFigures(db, viewer, scope, range, request.breakdown ?? null, today);
  // The figures depend on the scope, the period, the breakdown and the day (not on who asks, once
  // allowed); the role is in the key all the same, so no viewer ever gets what another role made.
  const key = JSON.stringify({ scope, range: range.code, breakdown: request.breakdown ?? null, day: tokyoToday(today), role: viewer.role });
  return figuresCache.getOrLoad(key, () => dashboardFigures(db, viewer, scope, range, request.breakdown ?? null, today));
}

async function dashboardFigures(db: Database, viewer: Viewer, scope: KpiScope, range: PeriodRange, breakdown: BreakdownDimension | null, today: Date): Promise<KpiDashboard> {
  const { targets, setByStaff } = await targetsFor(db.sql, scope.federationId, range.fiscalYear);
  const federation = scope.associationId ? await federationScopeOf(db.sql, scope) : null;
  const [raw, federationRaw, funnel, offers, gaps, breakdownRows, contractors] = await Promise.all([
    loadRaw(db.sql, scope, range, today),
    federation ? loadRaw(db.sql, federation, range, today) : Promise.resolve(null),
    jobFunnel(db.sql, scope, range),
    offerInsights(db.sql, scope, range),
    capabilityGaps(db.sql, scope, range),
    breakdown ? kpiBreakdown(db.sql, viewer, scope, range, breakdown, today) : Promise.resolve(null),
    contractorInsights(db.sql, scope, range, today),
  ]);
  // An association's target is its share of the federation's (rates: the same percentage).
  const share = (info: IndicatorInfo) => (scope.associationId && info.kind !== "rate" ? 1 / Math.max(scope.federationAssociationCount, 1) : 1);
  const indicators = INDICATORS.map((info): IndicatorSummary => {
    const yearlyTarget = targets[info.code] * share(info);
    const { value, firms } = periodValue(info, raw[info.code], range);
    const target = targetForPeriod(info, yearlyTarget, range.months);
    const fed = federationRaw ? periodValue(info, federationRaw[info.code], range).value : null;
    return {
      code: info.code,
      kind: info.kind,
      unit: info.unit,
      value,
      target: Math.round(target * 10) / 10,
      progressPct: value === null || target === 0 ? null : Math.round((value / target) * 1000) / 10,
      firms,
      federationAverage: federationRaw ? federationAverage(info, fed, scope.federationAssociationCount) : null,
      series: series(info, raw[info.code], Math.round(yearlyTarget * 10) / 10),
    };
  });
  return {
    range,
    scope,
    indicators,
    funnel,
    offers,
    contractors,
    gaps,
    breakdown: breakdown && breakdownRows ? { dimension: breakdown, rows: breakdownRows } : null,
    targetsSetByStaff: setByStaff,
  };
}
