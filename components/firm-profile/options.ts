// The editor's choices, named in the viewer's language (built on the server, passed to the client).
import { EquipmentKind } from "@/lib/generated/prisma/enums";
import { CERTIFICATIONS } from "@/lib/taxonomy/certifications";
import { MATERIALS, MATERIALS_BY_PROCESS } from "@/lib/taxonomy/materials";
import { MUNICIPALITIES } from "@/lib/taxonomy/municipalities";
import { PROCESSES } from "@/lib/taxonomy/processes";

export interface Option {
  value: string;
  label: string;
}

export interface ProfileOptions {
  processes: Option[];
  materials: Option[];
  /** Materials usual for each process, offered first; the rest stay reachable. */
  materialsByProcess: Record<string, readonly string[]>;
  municipalities: Option[];
  certifications: Option[];
  equipmentKinds: Option[];
}

const named = (items: readonly { code: string; nameJa: string; nameEn: string }[], locale: string): Option[] =>
  items.map((i) => ({ value: i.code, label: locale === "en" ? i.nameEn : i.nameJa }));

/** `kindName` translates an equipment kind (directory.equipmentKind.*). */
export function profileOptions(locale: string, kindName: (kind: string) => string): ProfileOptions {
  return {
    processes: named(PROCESSES, locale),
    materials: named(MATERIALS, locale),
    materialsByProcess: MATERIALS_BY_PROCESS,
    municipalities: named(MUNICIPALITIES, locale),
    certifications: named(CERTIFICATIONS, locale),
    equipmentKinds: Object.values(EquipmentKind).map((kind) => ({ value: kind, label: kindName(kind) })),
  };
}
