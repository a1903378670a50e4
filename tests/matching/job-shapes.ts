// Generated jobs of several shapes for the composer-versus-oracle test: wide (few steps, many
// firms), long (many steps, few firms), split steps, tight capacity, partnerships, a required
// lead certification, hand-raises. Deterministic from a seed.
import type { CandidateFirm, JobInput } from "@/lib/matching";
import { mulberry32 as prng } from "../../benchmarks/support/synthetic-matching";

const PROCESSES = ["turning", "milling", "grinding", "heat_treatment", "plating", "inspection"];
const MATERIALS = ["s45c", "sus304", "a5052"];

interface Shape {
  name: string;
  steps: [number, number];
  days: [number, number];
  firms: [number, number];
  processesPerFirm: [number, number];
  /** Monthly capacity range: low values force split steps. */
  capacity: [number, number];
  committedShare: number;
  partnerDensity: number;
  leadShare: number;
  certifiedShare: number;
  handRaiseShare: number;
}

export const SHAPES: Shape[] = [
  { name: "wide", steps: [1, 3], days: [20, 120], firms: [20, 40], processesPerFirm: [1, 2], capacity: [800, 4000], committedShare: 0.3, partnerDensity: 0.05, leadShare: 0.3, certifiedShare: 0.4, handRaiseShare: 0.1 },
  { name: "long", steps: [6, 8], days: [100, 240], firms: [5, 9], processesPerFirm: [2, 4], capacity: [800, 4000], committedShare: 0.3, partnerDensity: 0.1, leadShare: 0.3, certifiedShare: 0.4, handRaiseShare: 0.1 },
  { name: "medium", steps: [3, 5], days: [40, 160], firms: [8, 16], processesPerFirm: [1, 3], capacity: [800, 4000], committedShare: 0.3, partnerDensity: 0.08, leadShare: 0.3, certifiedShare: 0.4, handRaiseShare: 0.1 },
  { name: "split", steps: [1, 4], days: [30, 120], firms: [6, 14], processesPerFirm: [1, 3], capacity: [150, 700], committedShare: 0.2, partnerDensity: 0.08, leadShare: 0.2, certifiedShare: 0.5, handRaiseShare: 0.1 },
  { name: "tight", steps: [2, 5], days: [30, 120], firms: [6, 14], processesPerFirm: [1, 3], capacity: [200, 1500], committedShare: 0.8, partnerDensity: 0.05, leadShare: 0.3, certifiedShare: 0.4, handRaiseShare: 0.05 },
  { name: "partners", steps: [3, 6], days: [60, 180], firms: [6, 12], processesPerFirm: [1, 3], capacity: [800, 4000], committedShare: 0.3, partnerDensity: 0.5, leadShare: 0.2, certifiedShare: 0.4, handRaiseShare: 0.1 },
  { name: "lead", steps: [2, 5], days: [40, 160], firms: [8, 16], processesPerFirm: [1, 3], capacity: [800, 4000], committedShare: 0.3, partnerDensity: 0.08, leadShare: 1, certifiedShare: 0.15, handRaiseShare: 0.1 },
  { name: "hands", steps: [2, 5], days: [40, 160], firms: [8, 16], processesPerFirm: [1, 3], capacity: [800, 4000], committedShare: 0.3, partnerDensity: 0.08, leadShare: 0.2, certifiedShare: 0.4, handRaiseShare: 0.5 },
];

export function generateJob(shape: Shape, seed: number): { job: JobInput; firms: CandidateFirm[] } {
  const r = prng(seed);
  const int = ([lo, hi]: [number, number]) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(r() * items.length)]!;
  const stepCount = int(shape.steps);
  const material = r() < 0.5 ? pick(MATERIALS) : null;
  const quantity = pick([100, 300, 600, 1000]);
  const job: JobInput = {
    id: `job-${seed}`,
    daysToDeadline: int(shape.days),
    leadCertificationCode: r() < shape.leadShare ? "iso9001" : null,
    deliveryPoint: r() < 0.8 ? { latitude: 35.55 + r() * 0.2, longitude: 139.5 + r() * 0.4 } : null,
    steps: Array.from({ length: stepCount }, (_, i) => ({
      id: `s${i + 1}`,
      position: i + 1,
      processCode: pick(PROCESSES),
      materialCode: material,
      toleranceUm: r() < 0.5 ? int([3, 30]) : null,
      sizeMm: r() < 0.5 ? int([20, 400]) : null,
      quantity,
    })),
  };
  const firmCount = int(shape.firms);
  const firms: CandidateFirm[] = Array.from({ length: firmCount }, (_, i) => {
    const processes = new Set<string>();
    // Most firms offer a process of the job; the rest are noise.
    const wanted = int(shape.processesPerFirm);
    while (processes.size < wanted) processes.add(r() < 0.8 ? pick(job.steps).processCode : pick(PROCESSES));
    const deliveries = Math.floor(r() * 15);
    const monthlyCapacity = int(shape.capacity);
    return {
      id: `f${String(i).padStart(2, "0")}`,
      name: `工場${i}`,
      location: { latitude: 35.5 + r() * 0.3, longitude: 139.4 + r() * 0.5 },
      capabilities: [...processes].map((processCode) => ({
        processCode,
        materialCodes: MATERIALS.filter(() => r() < 0.7),
        bestToleranceUm: int([2, 30]),
        maxWorkpieceMm: int([100, 600]),
        monthlyCapacity,
        leadTimeDays: int([2, 20]),
        committedPerMonth: Math.floor(r() * shape.committedShare * monthlyCapacity),
      })),
      certifications: r() < shape.certifiedShare ? ["iso9001"] : [],
      record: { deliveries, onTime: Math.round(deliveries * (0.6 + 0.4 * r())), scorecard: deliveries ? { meanScore: 0.3 + 0.7 * r(), gradedMonths: 1 + Math.floor(11 * r()) } : null },
      recentExposure: Math.floor(r() * 10),
      handRaisedStepIds: job.steps.filter(() => r() < shape.handRaiseShare).map((s) => s.id),
      partners: {},
    };
  });
  for (let a = 0; a < firmCount; a++)
    for (let b = a + 1; b < firmCount; b++) {
      if (r() >= shape.partnerDensity) continue;
      const rec = { jobsTogether: int([1, 4]), averageRating: r() < 0.2 ? null : 1 + 4 * r() };
      (firms[a]!.partners as Record<string, typeof rec>)[firms[b]!.id] = rec;
      (firms[b]!.partners as Record<string, typeof rec>)[firms[a]!.id] = rec;
    }
  return { job, firms };
}
