// A hand-composed group checked against the job (pure), the compose form's schema, and what the
// form derives (default shares, lead, quality owners).
import { describe, expect, it } from "vitest";
import { defaultPercents, effectiveLead, evenSplit, partsToSend, qualityOwner, totalBasisPoints, type StepValues } from "@/components/groups/compose-values";
import type { CandidateCapability, CandidateFirm, JobInput } from "@/lib/matching";
import { checkComposition, type Composition } from "./composition";
import { composeSchema } from "./schemas";

const capability = (processCode: string, extra: Partial<CandidateCapability> = {}): CandidateCapability => ({
  processCode, materialCodes: ["sus304"], bestToleranceUm: 5, maxWorkpieceMm: 300, monthlyCapacity: 3_000, leadTimeDays: 5, committedPerMonth: 0, ...extra,
});
const firm = (id: string, name: string, capabilities: CandidateCapability[], certifications: string[] = []): CandidateFirm => ({
  id, name, location: { latitude: 35.56, longitude: 139.72 }, capabilities, certifications,
  record: { deliveries: 0, onTime: 0, scorecard: null }, recentExposure: 0, handRaisedStepIds: [], partners: {},
});

// 60 days, two steps → 30 days a step: a firm with 3,000 free a month makes 3,000 in the slot.
const job: JobInput = {
  id: "job",
  daysToDeadline: 60,
  leadCertificationCode: "iso9001",
  steps: [
    { id: "s1", position: 1, processCode: "turning", materialCode: "sus304", toleranceUm: 5, quantity: 1_000 },
    { id: "s2", position: 2, processCode: "plating", quantity: 1_000 },
  ],
};
const A = firm("a", "株式会社A", [capability("turning")], ["iso9001"]);
const B = firm("b", "株式会社B", [capability("plating")]);
const LOOSE = firm("x", "株式会社X", [capability("turning", { bestToleranceUm: 10 })]);
const SMALL = firm("c", "株式会社C", [capability("turning", { monthlyCapacity: 600 })], ["iso9001"]);
const firms = new Map([A, B, LOOSE, SMALL].map((f) => [f.id, f]));
const valid: Composition = {
  leadFirmId: "a",
  steps: [
    { stepId: "s1", parts: [{ firmId: "a", quantity: 1_000 }], qualityFirmId: "a" },
    { stepId: "s2", parts: [{ firmId: "b", quantity: 1_000 }], qualityFirmId: "a" },
  ],
};
const withStep1 = (parts: Composition["steps"][number]["parts"], leadFirmId = "a"): Composition => ({ leadFirmId, steps: [{ stepId: "s1", parts, qualityFirmId: parts[0]!.firmId }, valid.steps[1]!] });

describe("checkComposition", () => {
  it("accepts firms that can do their steps, a certified lead and members answering for quality", () => {
    expect(checkComposition(job, firms, valid)).toEqual([]);
  });

  it("names the firm, the step and the numbers when a firm's tolerance is too loose", () => {
    expect(checkComposition(job, firms, withStep1([{ firmId: "x", quantity: 1_000 }]))[0]).toEqual({
      key: "groups.compose.problems.tolerance",
      params: { firm: "株式会社X", step: 1, yours: 10, needed: 5 },
      field: "steps.0.parts.0.firmId",
    });
  });

  it("refuses a firm without the free capacity for its part, and accepts it sharing the step", () => {
    expect(checkComposition(job, firms, withStep1([{ firmId: "c", quantity: 1_000 }]))[0]).toMatchObject({ key: "groups.compose.problems.capacity", params: { free: 600, needed: 1_000 } });
    expect(checkComposition(job, firms, withStep1([{ firmId: "c", quantity: 500 }, { firmId: "a", quantity: 500 }]))).toEqual([]);
  });

  it("refuses parts that do not add up to the step's quantity", () => {
    expect(checkComposition(job, firms, withStep1([{ firmId: "a", quantity: 400 }, { firmId: "c", quantity: 500 }]))[0]).toMatchObject({ key: "groups.compose.problems.quantity", params: { step: 1, total: 900, needed: 1_000 }, field: "steps.0.parts" });
  });

  it("refuses a firm that is not a candidate, a step left out and a process the firm lacks", () => {
    const names = new Map([["ghost", "幽霊工業"]]);
    expect(checkComposition(job, firms, withStep1([{ firmId: "ghost", quantity: 1_000 }]), names)[0]).toMatchObject({ key: "groups.compose.problems.process", params: { firm: "幽霊工業", step: 1 } });
    // One reason, the one that applies: an unverified firm is told so, not "no process, or not verified".
    expect(checkComposition(job, firms, withStep1([{ firmId: "ghost", quantity: 1_000 }]), names, new Set(["ghost"]))[0]).toMatchObject({ key: "groups.compose.problems.notVerified", params: { firm: "幽霊工業" } });
    expect(checkComposition(job, firms, { ...valid, steps: [valid.steps[0]!] })[0]).toMatchObject({ key: "groups.compose.problems.stepMissing", params: { step: 2 } });
    expect(checkComposition(job, firms, { ...valid, steps: [valid.steps[0]!, { stepId: "s2", parts: [{ firmId: "a", quantity: 1_000 }], qualityFirmId: "a" }] })[0]).toMatchObject({ key: "groups.compose.problems.process", params: { firm: "株式会社A", step: 2 } });
  });

  it("requires the lead to be a member holding the job's lead certification", () => {
    expect(checkComposition(job, firms, { ...valid, leadFirmId: "b" })[0]).toMatchObject({ key: "groups.compose.problems.leadCertification", params: { firm: "株式会社B", certificationJa: "ISO 9001（品質マネジメント）" }, field: "leadFirmId" });
    expect(checkComposition(job, firms, { ...valid, leadFirmId: "c" })[0]).toMatchObject({ key: "groups.compose.problems.leadNotMember" });
  });

  it("requires a member to answer for quality at each hand-off", () => {
    expect(checkComposition(job, firms, { ...valid, steps: [valid.steps[0]!, { ...valid.steps[1]!, qualityFirmId: "x" }] })[0]).toMatchObject({ key: "groups.compose.problems.qualityNotMember", field: "steps.1.qualityFirmId" });
  });
});

describe("composeSchema", () => {
  const ids = { job: "00000000-0000-4000-8000-000000000001", s1: "00000000-0000-4000-8000-000000000011", a: "00000000-0000-4000-8000-0000000000a1", b: "00000000-0000-4000-8000-0000000000b1" };
  const form = (shares: { firmId: string; percent: string }[], extra: Record<string, string> = {}) => ({
    jobId: ids.job,
    contractModel: "MEDIATION",
    leadFirmId: ids.a,
    fromSuggestionId: "",
    steps: JSON.stringify([{ stepId: ids.s1, parts: [{ firmId: ids.a, quantity: "600" }, { firmId: ids.b, quantity: "400" }], qualityFirmId: ids.b }]),
    shares: JSON.stringify(shares),
    ...extra,
  });
  const issues = (input: Record<string, string>) => {
    const parsed = composeSchema.safeParse(input);
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
  };

  it("reads shares typed in percent (full-width too) as basis points", () => {
    const parsed = composeSchema.parse(form([{ firmId: ids.a, percent: "６６.６７％" }, { firmId: ids.b, percent: "33.33" }]));
    expect(parsed.shares).toEqual([{ firmId: ids.a, basisPoints: 6_667 }, { firmId: ids.b, basisPoints: 3_333 }]);
    expect(parsed.steps[0]!.parts[1]).toEqual({ firmId: ids.b, quantity: 400 });
    expect(parsed.fromSuggestionId).toBeUndefined();
  });

  it("refuses shares that do not total exactly 100%, or that leave out a member", () => {
    expect(issues(form([{ firmId: ids.a, percent: "60" }, { firmId: ids.b, percent: "30" }]))).toEqual(["shares:groups.compose.problems.sharesTotal"]);
    expect(issues(form([{ firmId: ids.a, percent: "100" }]))).toEqual(["shares:groups.compose.problems.sharesMembers"]);
    expect(issues(form([{ firmId: ids.a, percent: "60.555" }, { firmId: ids.b, percent: "40" }]))).toEqual(["shares.0.percent:groups.compose.problems.shareFormat"]);
  });

  it("refuses a lead or a quality owner outside the members, and broken JSON without throwing", () => {
    const shares = [{ firmId: ids.a, percent: "60" }, { firmId: ids.b, percent: "40" }];
    expect(issues(form(shares, { leadFirmId: ids.job }))).toEqual(["leadFirmId:groups.compose.problems.leadNotMember"]);
    expect(issues(form(shares, { steps: "{not json" }))).toContain("steps:validation.invalid");
  });
});

describe("what the compose form derives", () => {
  const steps: StepValues[] = [
    { stepId: "s1", quantity: 1_000, parts: [{ firmId: "a", quantity: "1000" }], qualityFirmId: "" },
    { stepId: "s2", quantity: 900, parts: [{ firmId: "b", quantity: "600" }, { firmId: "c", quantity: "300" }], qualityFirmId: "c" },
    { stepId: "s3", quantity: 900, parts: [{ firmId: "", quantity: "900" }], qualityFirmId: "" },
  ];

  it("defaults shares that total exactly 100% over the staffed steps", () => {
    const percents = defaultPercents(steps);
    expect(percents).toEqual({ a: "50", b: "33.33", c: "16.67" });
    expect(totalBasisPoints(Object.values(percents))).toBe(10_000);
  });

  it("lets the firm doing a step answer for quality until the user chooses, and sends a lone firm's whole quantity", () => {
    expect(qualityOwner(steps[0]!, ["a", "b", "c"])).toBe("a");
    expect(qualityOwner(steps[1]!, ["a", "b", "c"])).toBe("c");
    expect(qualityOwner({ ...steps[1]!, qualityFirmId: "gone" }, ["a", "b", "c"])).toBe("b");
    expect(partsToSend({ ...steps[0]!, parts: [{ firmId: "a", quantity: "12" }] })).toEqual([{ firmId: "a", quantity: 1_000 }]);
    expect(evenSplit(1_000, 3)).toEqual(["334", "333", "333"]);
  });

  it("keeps the chosen lead while it may lead, else takes the member doing most steps that may", () => {
    const mayLead = (id: string) => id !== "b";
    expect(effectiveLead("c", steps, mayLead)).toBe("c");
    expect(effectiveLead("b", steps, mayLead)).toBe("a");
    expect(effectiveLead("", steps, () => false)).toBe("");
  });
});
