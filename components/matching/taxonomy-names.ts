// Codes in reasons and routes (process, material, certification) shown by their names.
import { CERTIFICATIONS } from "@/lib/taxonomy/certifications";
import { MATERIALS } from "@/lib/taxonomy/materials";
import { PROCESSES } from "@/lib/taxonomy/processes";
import type { Reason } from "@/lib/matching";

type Named = { code: string; nameJa: string; nameEn: string };
const index = (items: readonly Named[]) => new Map(items.map((i) => [i.code, i]));
const processes = index(PROCESSES);
const materials = index(MATERIALS);
const certifications = index(CERTIFICATIONS);

const nameIn = (map: Map<string, Named>, code: string, locale: string) => {
  const item = map.get(code);
  return item ? (locale === "en" ? item.nameEn : item.nameJa) : code;
};

export const processName = (code: string, locale: string) => nameIn(processes, code, locale);
export const materialName = (code: string, locale: string) => nameIn(materials, code, locale);
export const certificationName = (code: string, locale: string) => nameIn(certifications, code, locale);

/** The reason's parameters with codes replaced by names in the viewer's language. */
export function reasonParams(reason: Reason, locale: string): Record<string, string | number> {
  const params = { ...reason.params };
  if (typeof params.process === "string") params.process = nameIn(processes, params.process, locale);
  if (typeof params.material === "string") params.material = nameIn(materials, params.material, locale);
  if (typeof params.certification === "string") params.certification = nameIn(certifications, params.certification, locale);
  return params;
}
