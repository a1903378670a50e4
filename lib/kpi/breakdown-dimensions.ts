// The ways the dashboard can break its figures down (shared by the page's schema and the queries).
export const BREAKDOWN_DIMENSIONS = ["association", "municipality", "process", "industry"] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];
