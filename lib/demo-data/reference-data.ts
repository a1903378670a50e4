// Federation, associations and the taxonomies: the fixed part of every seed.
import { ASSOCIATIONS, FEDERATION } from "@/lib/taxonomy/associations";
import { CERTIFICATIONS } from "@/lib/taxonomy/certifications";
import { MATERIALS } from "@/lib/taxonomy/materials";
import { MUNICIPALITIES } from "@/lib/taxonomy/municipalities";
import { PROCESSES } from "@/lib/taxonomy/processes";
import type { Random } from "./random";
import type { TableRows } from "./table-rows";

export interface ReferenceIds {
  federationId: string;
  associationIdByCode: Map<string, string>;
  /** Associations serving each municipality (some wards have two). */
  associationsByMunicipality: Map<string, string[]>;
}

export function addReferenceData(random: Random, rows: TableRows): ReferenceIds {
  const federationId = random.uuid();
  rows.add("Federation", [federationId, FEDERATION.code, FEDERATION.nameJa, FEDERATION.nameEn]);
  for (const m of MUNICIPALITIES) rows.add("Municipality", [m.code, m.prefecture, m.kind, m.nameJa, m.nameEn, m.latitude, m.longitude]);
  PROCESSES.forEach((p, i) => rows.add("Process", [p.code, p.nameJa, p.nameEn, p.category, i]));
  MATERIALS.forEach((m, i) => rows.add("Material", [m.code, m.nameJa, m.nameEn, m.category, i]));
  for (const c of CERTIFICATIONS) rows.add("CertificationType", [c.code, c.nameJa, c.nameEn]);

  const associationIdByCode = new Map<string, string>();
  const associationsByMunicipality = new Map<string, string[]>();
  for (const association of ASSOCIATIONS) {
    const id = random.uuid();
    associationIdByCode.set(association.code, id);
    rows.add("Association", [id, federationId, association.code, association.nameJa, association.nameEn, association.isCooperative]);
    for (const code of association.municipalityCodes) {
      rows.add("AssociationArea", [id, code]);
      associationsByMunicipality.set(code, [...(associationsByMunicipality.get(code) ?? []), id]);
    }
  }
  return { federationId, associationIdByCode, associationsByMunicipality };
}
