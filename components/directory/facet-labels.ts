// Names of facet values (codes and ids in the URL) in the viewer's language.
import type { FacetName } from "@/lib/directory/types";
import { CERTIFICATIONS } from "@/lib/taxonomy/certifications";
import { MATERIALS } from "@/lib/taxonomy/materials";
import { MUNICIPALITY_BY_CODE } from "@/lib/taxonomy/municipalities";
import { PROCESS_BY_CODE } from "@/lib/taxonomy/processes";

export type Translate = (key: string, values?: Record<string, string | number>) => string;
export type FacetLabeler = (facet: FacetName, value: string) => string;

const MATERIAL_BY_CODE = new Map(MATERIALS.map((m) => [m.code, m]));
const CERTIFICATION_BY_CODE = new Map(CERTIFICATIONS.map((c) => [c.code, c]));

/** `t` is scoped to the "directory" namespace. */
export function facetLabeler(locale: string, t: Translate, associations: ReadonlyMap<string, { ja: string; en: string }>): FacetLabeler {
  const en = locale === "en";
  const named = (item: { nameJa: string; nameEn: string } | undefined, fallback: string) => (item ? (en ? item.nameEn : item.nameJa) : fallback);
  return (facet, value) => {
    switch (facet) {
      case "process":
        return named(PROCESS_BY_CODE.get(value), value);
      case "material":
        return named(MATERIAL_BY_CODE.get(value), value);
      case "cert":
        return named(CERTIFICATION_BY_CODE.get(value), value);
      case "area":
        return named(MUNICIPALITY_BY_CODE.get(value), value);
      case "association": {
        const a = associations.get(value);
        return a ? (en ? a.en : a.ja) : value;
      }
      case "employees":
        return t(`employeeBands.${value}`);
      case "equipment":
        return t(`equipmentKind.${value}`);
    }
  };
}
