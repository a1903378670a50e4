// fast-check generators of small matching instances: few steps and firms, so every assignment can
// be enumerated by the reference. Capacity is plentiful, so no step needs splitting.
import fc from "fast-check";
import type { CandidateFirm, JobInput } from "@/lib/matching";

const PROCESSES = ["turning", "grinding", "plating"] as const;
const MATERIALS = ["s45c", "sus304"] as const;

const capability = (processCode: string) =>
  fc.record({
    processCode: fc.constant(processCode),
    materialCodes: fc.subarray([...MATERIALS], { minLength: 1 }),
    bestToleranceUm: fc.integer({ min: 1, max: 20 }),
    maxWorkpieceMm: fc.integer({ min: 50, max: 500 }),
    monthlyCapacity: fc.constant(100_000),
    leadTimeDays: fc.integer({ min: 1, max: 12 }),
    committedPerMonth: fc.integer({ min: 0, max: 1_000 }),
  });

const firm = (index: number) =>
  fc
    .record({
      processes: fc.subarray([...PROCESSES], { minLength: 1, maxLength: 2 }),
      latitude: fc.double({ min: 35.5, max: 35.8, noNaN: true }),
      longitude: fc.double({ min: 139.4, max: 139.9, noNaN: true }),
      iso: fc.boolean(),
      deliveries: fc.integer({ min: 0, max: 10 }),
      onTimeShare: fc.double({ min: 0, max: 1, noNaN: true }),
      score: fc.double({ min: 0, max: 1, noNaN: true }),
      gradedMonths: fc.integer({ min: 0, max: 12 }),
      exposure: fc.integer({ min: 0, max: 6 }),
    })
    .chain((base) =>
      fc.tuple(...base.processes.map(capability)).map(
        (capabilities): CandidateFirm => ({
          id: `firm-${index}`,
          name: `工場${index}`,
          location: { latitude: base.latitude, longitude: base.longitude },
          capabilities,
          certifications: base.iso ? ["iso9001"] : [],
          record: { deliveries: base.deliveries, onTime: Math.round(base.deliveries * base.onTimeShare), scorecard: base.gradedMonths ? { meanScore: base.score, gradedMonths: base.gradedMonths } : null },
          recentExposure: base.exposure,
          handRaisedStepIds: [],
          partners: {},
        }),
      ),
    );

export const firmsArbitrary = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => firm(i))));

export const jobArbitrary = fc
  .record({
    route: fc.array(fc.constantFrom(...PROCESSES), { minLength: 1, maxLength: 3 }),
    daysToDeadline: fc.integer({ min: 10, max: 90 }),
    needsIso: fc.boolean(),
    tolerance: fc.option(fc.integer({ min: 3, max: 20 }), { nil: null }),
    material: fc.option(fc.constantFrom(...MATERIALS), { nil: null }),
  })
  .map(
    (j): JobInput => ({
      id: "job",
      daysToDeadline: j.daysToDeadline,
      leadCertificationCode: j.needsIso ? "iso9001" : null,
      deliveryPoint: { latitude: 35.6, longitude: 139.7 },
      steps: j.route.map((processCode, i) => ({ id: `s${i + 1}`, position: i + 1, processCode, materialCode: j.material, toleranceUm: j.tolerance, sizeMm: 40, quantity: 100 })),
    }),
  );

/** Adds partnerships between some pairs (symmetric), so the pairwise term matters. */
export function withPartners(firms: CandidateFirm[], pairs: readonly [number, number][]): CandidateFirm[] {
  const partners = firms.map(() => ({}) as Record<string, { jobsTogether: number; averageRating: number | null }>);
  for (const [a, b] of pairs) {
    if (a === b || !firms[a] || !firms[b]) continue;
    partners[a]![firms[b].id] = { jobsTogether: 2, averageRating: 5 };
    partners[b]![firms[a].id] = { jobsTogether: 2, averageRating: 5 };
  }
  return firms.map((f, i) => ({ ...f, partners: partners[i]! }));
}
