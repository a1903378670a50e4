// The choices of the job form and the board filters, named in the viewer's language.
import { CERTIFICATIONS } from "@/lib/taxonomy/certifications";
import { MATERIALS } from "@/lib/taxonomy/materials";
import { MUNICIPALITIES } from "@/lib/taxonomy/municipalities";
import { PROCESSES } from "@/lib/taxonomy/processes";
import type { Option } from "./job-form";

const named = (items: readonly { code: string; nameJa: string; nameEn: string }[], locale: string): Option[] =>
  items.map((i) => ({ value: i.code, label: locale === "en" ? i.nameEn : i.nameJa }));

export function jobFormOptions(locale: string) {
  return {
    processes: named(PROCESSES, locale),
    materials: named(MATERIALS, locale),
    municipalities: named(MUNICIPALITIES, locale),
    certifications: named(CERTIFICATIONS, locale),
  };
}
