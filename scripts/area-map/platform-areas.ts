// Which national boundary feature is which of the platform's wards and cities. The boundary data
// (国土数値情報 N03) names each ward, city, town and village by its local-government code in
// N03_007; designated cities such as 相模原市 come as their wards (14151 緑区 …) with the city's
// name in N03_003, while the platform lists the city as one area (14150), so those wards join it.
import type { MunicipalityInfo } from "@/lib/taxonomy/municipalities";

export interface BoundaryProperties {
  N03_001: string | null; // prefecture
  N03_003: string | null; // county, designated city or island office (支庁)
  N03_004: string | null; // ward, city, town or village
  N03_007: string | null; // local-government code
}

export type BoundaryRole =
  | { kind: "area"; code: string } // a platform area, drawn and clickable
  | { kind: "context" } // land the platform does not list: drawn grey for orientation
  | { kind: "omitted" }; // the islands and land of undecided belonging: not drawn

/** Tokyo's islands are governed through island offices (大島支庁 … 小笠原支庁). */
const isIsland = (p: BoundaryProperties) => p.N03_003?.endsWith("支庁") ?? false;

export function boundaryRole(p: BoundaryProperties, known: readonly MunicipalityInfo[]): BoundaryRole {
  const code = p.N03_007;
  if (!code || isIsland(p)) return { kind: "omitted" };
  const byCode = known.find((m) => m.code === code);
  if (byCode) return { kind: "area", code: byCode.code };
  const designatedCity = known.find((m) => m.nameJa === p.N03_003 && prefectureCode(m.code) === prefectureCode(code));
  if (designatedCity) return { kind: "area", code: designatedCity.code };
  return { kind: "context" };
}

/** The first two digits of a local-government code name the prefecture (13 Tokyo). */
export const prefectureCode = (code: string) => code.slice(0, 2);
