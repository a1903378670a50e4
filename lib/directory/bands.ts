// Employee-count bands offered as a facet. Small factories dominate, so the bands are narrow at
// the bottom. `max` is inclusive; null means no upper bound.
export const EMPLOYEE_BANDS = [
  { code: "1-9", min: 1, max: 9 },
  { code: "10-29", min: 10, max: 29 },
  { code: "30-99", min: 30, max: 99 },
  { code: "100+", min: 100, max: null },
] as const;

export type EmployeeBandCode = (typeof EMPLOYEE_BANDS)[number]["code"];
export const EMPLOYEE_BAND_CODES = EMPLOYEE_BANDS.map((b) => b.code) as [EmployeeBandCode, ...EmployeeBandCode[]];
