// Synthetic but plausible firms and jobs for the matching benchmark: processes, tolerances and
// lead times from the taxonomy, firms spread over Tokyo's wards and cities, realistic routes.
// Deterministic from a seed.
import type { CandidateFirm, JobInput } from "@/lib/matching";
import { MATERIALS_BY_PROCESS } from "@/lib/taxonomy/materials";
import { MUNICIPALITIES } from "@/lib/taxonomy/municipalities";
import { PROCESSES } from "@/lib/taxonomy/processes";

export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROUTES = [
  ["turning", "grinding", "heat_treatment", "plating", "inspection"],
  ["laser_cutting", "sheet_metal", "welding", "painting"],
  ["machining_center", "heat_treatment", "grinding", "inspection"],
  ["press", "welding", "plating", "assembly"],
  ["casting", "machining_center", "painting", "assembly", "inspection"],
  ["turning", "milling", "edm", "polishing"],
  ["forging", "heat_treatment", "turning", "grinding", "plating", "inspection"],
];

const CERTIFICATIONS = ["iso9001", "iso14001", "jisq9100", "iatf16949", "iso13485"];

export function syntheticFirms(count: number, seed = 1): CandidateFirm[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const known = new Set(PROCESSES.map((p) => p.code));
  const firms: CandidateFirm[] = [];
  for (let i = 0; i < count; i++) {
    const place = pick(MUNICIPALITIES);
    const processCount = 1 + Math.floor(random() * 3);
    const processes = new Set<string>();
    while (processes.size < processCount) processes.add(pick(PROCESSES).code);
    const deliveries = Math.floor(random() * 20);
    firms.push({
      id: `f${String(i).padStart(6, "0")}`,
      name: `Firm ${i}`,
      location: { latitude: place.latitude + (random() - 0.5) * 0.04, longitude: place.longitude + (random() - 0.5) * 0.05 },
      capabilities: [...processes].filter((code) => known.has(code)).map((code) => {
        const info = PROCESSES.find((p) => p.code === code)!;
        const [tight, loose] = info.typicalToleranceUm;
        const materials = MATERIALS_BY_PROCESS[code] ?? [];
        return {
          processCode: code,
          materialCodes: materials.filter(() => random() < 0.6),
          bestToleranceUm: Math.round(tight + random() * (loose - tight)),
          maxWorkpieceMm: 100 + Math.floor(random() * 900),
          monthlyCapacity: 200 + Math.floor(random() * 3000),
          leadTimeDays: Math.max(2, Math.round(info.usualLeadDays * (0.6 + random() * 0.9))),
          committedPerMonth: Math.floor(random() * 600),
        };
      }),
      certifications: CERTIFICATIONS.filter(() => random() < 0.25),
      record: { deliveries, onTime: Math.round(deliveries * (0.7 + random() * 0.3)), scorecard: deliveries ? { meanScore: 0.5 + random() * 0.5, gradedMonths: 1 + Math.floor(random() * 12) } : null },
      recentExposure: Math.floor(random() * 8),
      handRaisedStepIds: [],
      partners: {},
    });
  }
  // Some firms have worked together before.
  for (let i = 0; i < count / 2; i++) {
    const a = pick(firms);
    const b = pick(firms);
    if (a === b) continue;
    const record = { jobsTogether: 1 + Math.floor(random() * 4), averageRating: 3 + random() * 2 };
    (a.partners as Record<string, typeof record>)[b.id] = record;
    (b.partners as Record<string, typeof record>)[a.id] = record;
  }
  return firms;
}

export function syntheticJobs(count: number, seed = 2): JobInput[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, j) => {
    const route = pick(ROUTES).filter((code) => PROCESSES.some((p) => p.code === code));
    const quantity = pick([50, 200, 500, 1000, 3000]);
    const place = pick(MUNICIPALITIES);
    return {
      id: `job${j}`,
      daysToDeadline: 45 + Math.floor(random() * 100),
      leadCertificationCode: random() < 0.3 ? "iso9001" : null,
      deliveryPoint: { latitude: place.latitude, longitude: place.longitude },
      steps: route.map((processCode, position) => {
        const info = PROCESSES.find((p) => p.code === processCode)!;
        const [tight, loose] = info.typicalToleranceUm;
        return {
          id: `job${j}-s${position}`,
          position: position + 1,
          processCode,
          materialCode: null,
          toleranceUm: random() < 0.6 ? Math.round(tight + (loose - tight) * (0.3 + random() * 0.7)) : null,
          sizeMm: random() < 0.5 ? 50 + Math.floor(random() * 400) : null,
          quantity,
        };
      }),
    };
  });
}
