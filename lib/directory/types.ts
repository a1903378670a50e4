// What the directory returns. FirmSummary is the reusable card-sized view of a firm (the job board
// and matching screens can show the same). Public (signed-out) summaries carry names, area and
// processes only: the other fields are absent, not empty.
export interface FirmSummary {
  id: string;
  nameJa: string;
  nameEn: string | null;
  municipalityCode: string;
  processCodes: string[];
  /** Absent in the public view. */
  employees?: number;
  descriptionJa?: string;
  descriptionEn?: string;
  updatedAt?: string;
  profileConfirmedAt?: string;
  distanceKm?: number;
}

export type FacetName = "process" | "material" | "cert" | "association" | "area" | "employees" | "equipment";

export interface FacetCount {
  value: string;
  count: number;
}

export interface DirectoryResult {
  total: number;
  page: number;
  pageSize: number;
  firms: FirmSummary[];
  /** Firms of the current result having each value (absent in the public view except area/process). */
  facets: Record<FacetName, FacetCount[]>;
  publicView: boolean;
}
