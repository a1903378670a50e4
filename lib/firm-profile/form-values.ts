// The editor's values: everything as the strings the inputs hold, lists as arrays of rows. The
// page turns the stored profile into these; the editor sends them back as FormData (lists as JSON)
// for firmProfileSchema to parse, exactly as a failed save left them.
import type { OwnProfile } from "./profile-data";
import { specsNotes } from "./specs-notes";

export interface CapabilityValues {
  processCode: string;
  materialCodes: string[];
  bestToleranceUm: string;
  maxWorkpieceMm: string;
  monthlyCapacity: string;
  leadTimeDays: string;
  notes: string;
}

export interface EquipmentValues {
  /** Stored machines keep their id; new rows have "". */
  id: string;
  kind: string;
  maker: string;
  model: string;
  year: string;
  count: string;
  travelXMm: string;
  travelYMm: string;
  travelZMm: string;
  maxDiameterMm: string;
  tonnage: string;
  accuracyUm: string;
  notes: string;
}

export interface CertificationValues {
  certificationCode: string;
  certificateNumber: string;
  issuer: string;
  issuedOn: string;
  expiresOn: string;
}

export interface ProfileFormValues {
  nameJa: string;
  nameKana: string;
  nameEn: string;
  postalCode: string;
  municipalityCode: string;
  address: string;
  employees: string;
  foundedYear: string;
  website: string;
  invoiceRegistrationNumber: string;
  descriptionJa: string;
  descriptionEn: string;
  strengthsJa: string;
  strengthsEn: string;
  capabilities: CapabilityValues[];
  equipment: EquipmentValues[];
  certifications: CertificationValues[];
}

export const BASIC_FIELDS = ["nameJa", "nameKana", "nameEn", "postalCode", "municipalityCode", "address", "employees", "foundedYear", "website", "invoiceRegistrationNumber", "descriptionJa", "descriptionEn", "strengthsJa", "strengthsEn"] as const;

const str = (v: number | string | null | undefined) => (v === null || v === undefined ? "" : String(v));
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export const emptyCapability = (): CapabilityValues => ({ processCode: "", materialCodes: [], bestToleranceUm: "", maxWorkpieceMm: "", monthlyCapacity: "", leadTimeDays: "", notes: "" });
export const emptyEquipment = (): EquipmentValues => ({ id: "", kind: "", maker: "", model: "", year: "", count: "1", travelXMm: "", travelYMm: "", travelZMm: "", maxDiameterMm: "", tonnage: "", accuracyUm: "", notes: "" });
export const emptyCertification = (): CertificationValues => ({ certificationCode: "", certificateNumber: "", issuer: "", issuedOn: "", expiresOn: "" });

export function profileFormValues(profile: OwnProfile): ProfileFormValues {
  return {
    nameJa: profile.nameJa, nameKana: str(profile.nameKana), nameEn: str(profile.nameEn), postalCode: str(profile.postalCode),
    municipalityCode: profile.municipalityCode, address: profile.address, employees: str(profile.employees), foundedYear: str(profile.foundedYear),
    website: str(profile.website), invoiceRegistrationNumber: str(profile.invoiceRegistrationNumber), descriptionJa: profile.descriptionJa, descriptionEn: profile.descriptionEn, strengthsJa: profile.strengthsJa, strengthsEn: profile.strengthsEn,
    capabilities: profile.capabilities.map((c) => ({
      processCode: c.processCode, materialCodes: c.materials.map((m) => m.materialCode).sort(), bestToleranceUm: str(c.bestToleranceUm),
      maxWorkpieceMm: str(c.maxWorkpieceMm), monthlyCapacity: str(c.monthlyCapacity), leadTimeDays: str(c.leadTimeDays), notes: c.notes,
    })),
    equipment: profile.equipment.map((e) => ({
      id: e.id, kind: e.kind, maker: e.maker, model: e.model, year: str(e.year), count: str(e.count), travelXMm: str(e.travelXMm), travelYMm: str(e.travelYMm),
      travelZMm: str(e.travelZMm), maxDiameterMm: str(e.maxDiameterMm), tonnage: str(e.tonnage), accuracyUm: str(e.accuracyUm), notes: specsNotes(e.specs),
    })),
    certifications: profile.certifications.map((c) => ({
      certificationCode: c.certificationCode, certificateNumber: str(c.certificateNumber), issuer: str(c.issuer), issuedOn: day(c.issuedOn), expiresOn: day(c.expiresOn),
    })),
  };
}

/** The values as the save action receives them. */
export function profileFormData(values: ProfileFormValues): FormData {
  const data = new FormData();
  for (const key of BASIC_FIELDS) data.set(key, values[key]);
  data.set("capabilities", JSON.stringify(values.capabilities));
  data.set("equipment", JSON.stringify(values.equipment));
  data.set("certifications", JSON.stringify(values.certifications));
  return data;
}
