// Member firms with what they can do: capabilities, equipment, certifications, and their users.
import { corporateNumberCheckDigit } from "@/lib/money/registration-number";
import { EQUIPMENT_FOR_PROCESS, MAKERS } from "@/lib/taxonomy/equipment";
import { MATERIALS_BY_PROCESS } from "@/lib/taxonomy/materials";
import { MUNICIPALITY_BY_CODE, PREFECTURE_NAMES } from "@/lib/taxonomy/municipalities";
import { PROCESS_BY_CODE } from "@/lib/taxonomy/processes";
import type { EquipmentKind, FirmStatus } from "@/lib/generated/prisma/enums";
import { addDays, isoDate } from "./dates";
import { firmName, personName } from "./names";
import type { Random } from "./random";
import type { ReferenceIds } from "./reference-data";
import { REGIONAL_PROFILES } from "./regional-profiles";
import type { TableRows } from "./table-rows";

export interface SeedCapability {
  processCode: string;
  bestToleranceUm: number;
  maxWorkpieceMm: number;
  monthlyCapacity: number;
  leadTimeDays: number;
  materials: string[];
}

export interface SeedFirm {
  id: string;
  nameJa: string;
  associationId: string;
  municipalityCode: string;
  status: FirmStatus;
  capabilities: SeedCapability[];
  certifications: string[];
  adminUserId: string;
  memberUserIds: string[];
}

const AREA_WEIGHTS = Object.entries(REGIONAL_PROFILES).map(([code, profile]) => [code, profile.weight] as const);

function capabilityFor(random: Random, processCode: string, employees: number): SeedCapability {
  const info = PROCESS_BY_CODE.get(processCode);
  const [tight, loose] = info?.typicalToleranceUm ?? [10, 100];
  const materials = random.sample(MATERIALS_BY_PROCESS[processCode] ?? ["ss400"], random.int(2, 5));
  const scale = Math.max(1, Math.round(employees / 5));
  return {
    processCode,
    bestToleranceUm: random.int(tight, loose),
    maxWorkpieceMm: random.pick([50, 100, 150, 200, 300, 500, 800, 1200, 2000]),
    monthlyCapacity: scale * random.pick([200, 300, 500, 800, 1000, 2000]),
    leadTimeDays: Math.max(2, Math.round((info?.usualLeadDays ?? 7) * (0.6 + random.next() * 0.9))),
    materials,
  };
}

function description(processNames: string[], area: string, founded: number): { ja: string; en: string; strengthsJa: string; strengthsEn: string } {
  return {
    ja: `${founded}年創業、${area}の町工場です。${processNames.join("・")}を中心に、試作から小ロット量産まで対応します。`,
    en: `A small factory in ${area}, founded in ${founded}. We handle ${processNames.join(", ").toLowerCase()}, from prototypes to small-lot production.`,
    strengthsJa: "短納期対応、難削材の加工、品質記録の徹底",
    strengthsEn: "Short lead times, hard-to-cut materials, thorough quality records",
  };
}

export function addFirms(random: Random, rows: TableRows, ref: ReferenceIds, count: number, today: Date): SeedFirm[] {
  const firms: SeedFirm[] = [];
  for (let index = 0; index < count; index++) {
    const municipalityCode = random.weighted(AREA_WEIGHTS);
    const municipality = MUNICIPALITY_BY_CODE.get(municipalityCode);
    const profile = REGIONAL_PROFILES[municipalityCode];
    const associationId = random.pick(ref.associationsByMunicipality.get(municipalityCode) ?? []);
    if (!municipality || !profile) throw new Error(`no profile for ${municipalityCode}`);

    const employees = Math.max(2, Math.min(300, Math.round(Math.exp(random.normal(2.4, 0.8)))));
    const processCount = random.weighted([[1, 4], [2, 4], [3, 2]] as const);
    const processCodes: string[] = [];
    while (processCodes.length < processCount) {
      const code = random.weighted(profile.processes);
      if (!processCodes.includes(code)) processCodes.push(code);
    }
    const capabilities = processCodes.map((code) => capabilityFor(random, code, employees));
    const name = firmName(random, processCodes[0] ?? "machining_center");
    const status: FirmStatus = random.weighted([["VERIFIED", 92], ["PENDING", 6], ["SUSPENDED", 1], ["REJECTED", 1]] as const);
    const founded = random.int(1946, 2019);
    const createdAt = addDays(today, -random.int(30, 1400));
    const updatedAt = addDays(today, -random.int(0, 400));
    const id = random.uuid();
    const town = profile.towns.length ? random.pick(profile.towns) : "";
    const area = `${PREFECTURE_NAMES[municipality.prefecture].ja}${municipality.nameJa}`;
    const text = description(processCodes.map((c) => PROCESS_BY_CODE.get(c)?.nameJa ?? c), municipality.nameJa, founded);
    const textEn = description(processCodes.map((c) => PROCESS_BY_CODE.get(c)?.nameEn ?? c), municipality.nameEn, founded);
    rows.add("Firm", [
      id, associationId, name.nameJa, name.nameKana, name.nameEn, status,
      status === "VERIFIED" ? addDays(createdAt, random.int(1, 20)).toISOString() : null,
      `${random.int(100, 199)}-${String(random.int(0, 9999)).padStart(4, "0")}`, municipality.prefecture, municipalityCode,
      `${area}${town}${random.int(1, 6)}-${random.int(1, 30)}-${random.int(1, 20)}`,
      municipality.latitude + random.normal(0, 0.008), municipality.longitude + random.normal(0, 0.01),
      employees, founded, String(random.pick([3, 5, 10, 20, 30, 50, 100]) * 1_000_000),
      text.ja, textEn.en, text.strengthsJa, text.strengthsEn, updatedAt.toISOString(), createdAt.toISOString(), updatedAt.toISOString(),
      status === "VERIFIED" ? registrationNumberFor(id) : null,
    ]);

    for (const capability of capabilities) {
      const capabilityId = random.uuid();
      rows.add("Capability", [capabilityId, id, capability.processCode, capability.bestToleranceUm, capability.maxWorkpieceMm, capability.monthlyCapacity, capability.leadTimeDays, updatedAt.toISOString()]);
      for (const material of capability.materials) rows.add("CapabilityMaterial", [capabilityId, material]);
      for (const kind of random.sample<EquipmentKind>(EQUIPMENT_FOR_PROCESS[capability.processCode] ?? ["OTHER"], random.int(1, 2))) {
        const maker = random.pick(MAKERS[kind]);
        const travel = capability.maxWorkpieceMm;
        rows.add("Equipment", [
          random.uuid(), id, kind, maker.maker, random.pick(maker.models), random.int(1995, 2025), random.int(1, 4),
          ["MACHINING_CENTER", "MILLING_MACHINE", "MULTI_TASKING", "WIRE_EDM", "EDM", "CMM"].includes(kind) ? travel : null,
          ["MACHINING_CENTER", "MILLING_MACHINE", "MULTI_TASKING", "WIRE_EDM", "EDM", "CMM"].includes(kind) ? Math.round(travel * 0.6) : null,
          ["MACHINING_CENTER", "MULTI_TASKING", "CMM"].includes(kind) ? Math.round(travel * 0.5) : null,
          ["CNC_LATHE", "LATHE", "MULTI_TASKING", "GRINDER"].includes(kind) ? Math.min(travel, 600) : null,
          ["PRESS", "PRESS_BRAKE"].includes(kind) ? random.pick([35, 60, 80, 110, 200, 300]) : null,
          capability.bestToleranceUm <= 10 ? capability.bestToleranceUm : null,
          JSON.stringify({ controller: random.pick(["FANUC", "OSP", "MAZATROL", "—"]) }), updatedAt.toISOString(),
        ]);
      }
    }

    const certifications: string[] = [];
    const certChances: [string, number][] = [["iso9001", 0.35], ["iso14001", 0.15], ["eco_action21", 0.06], ["iatf16949", 0.04], ["jisq9100", municipality.prefecture !== "TOKYO" || municipalityCode.startsWith("132") || municipalityCode === "13111" ? 0.06 : 0.015], ["iso13485", 0.02]];
    for (const [code, chance] of certChances) {
      if (!random.chance(chance)) continue;
      certifications.push(code);
      const issued = addDays(today, -random.int(100, 1500));
      const expires = addDays(issued, 3 * 365);
      rows.add("FirmCertification", [random.uuid(), id, code, `JQA-${random.int(1000, 9999)}`, random.pick(["JQA", "JACO", "BV", "LRQA", "TÜV SÜD"]), isoDate(issued), isoDate(expires)]);
    }

    const adminUserId = random.uuid();
    rows.add("User", [adminUserId, `admin${index + 1}@firms.kyodo.example`, personName(random), null, "FIRM_ADMIN", "ACTIVE", "ja", id, null, null, null, createdAt.toISOString(), createdAt.toISOString()]);
    const memberUserIds: string[] = [];
    if (random.chance(0.3)) {
      const memberId = random.uuid();
      memberUserIds.push(memberId);
      rows.add("User", [memberId, `member${index + 1}@firms.kyodo.example`, personName(random), null, "FIRM_MEMBER", "ACTIVE", "ja", id, null, null, null, createdAt.toISOString(), createdAt.toISOString()]);
    }
    firms.push({ id, nameJa: name.nameJa, associationId, municipalityCode, status, capabilities, certifications, adminUserId, memberUserIds });
  }
  return firms;
}

/** A registration number with a valid check digit, derived from the firm's id (no random draw, so the rest of the seed stays as it was). */
function registrationNumberFor(id: string): string {
  const body = BigInt(`0x${id.replaceAll("-", "").slice(0, 15)}`).toString().padStart(12, "0").slice(-12);
  return `T${corporateNumberCheckDigit(body)}${body}`;
}
