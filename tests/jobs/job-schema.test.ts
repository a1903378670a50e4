// The job form's schema, shared by the form and the server, against hostile and careless input.
import { describe, expect, it } from "vitest";
import { jobFormSchema, LIMITS } from "@/lib/jobs/job-schema";

const valid = {
  titleJa: "シャフト加工",
  quantity: "500",
  deadline: "2027-03-31",
  steps: JSON.stringify([{ processCode: "turning", toleranceUm: "10", notes: "" }]),
};
const issues = (input: Record<string, unknown>) => {
  const result = jobFormSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
};

describe("job form schema", () => {
  it("accepts a minimal job and reads full-width digits and thousands separators", () => {
    const parsed = jobFormSchema.parse({ ...valid, quantity: "１，２００", budgetMinYen: "¥1,000,000", budgetMaxYen: "２００万".replace("万", "0000") });
    expect(parsed.quantity).toBe(1200);
    expect(parsed.budgetMinYen).toBe(1_000_000);
    expect(parsed.budgetMaxYen).toBe(2_000_000);
  });

  it("keeps HTML and script as plain text (React escapes it on output)", () => {
    expect(jobFormSchema.parse({ ...valid, titleJa: "<script>alert(1)</script>" }).titleJa).toBe("<script>alert(1)</script>");
  });

  it("leaves empty optional numbers (budget, tolerance) empty instead of refusing them", () => {
    const parsed = jobFormSchema.parse({ ...valid, budgetMinYen: "", budgetMaxYen: " ", steps: JSON.stringify([{ processCode: "turning", toleranceUm: "", sizeMm: "", quantity: "", notes: "" }]) });
    expect(parsed.budgetMinYen).toBeUndefined();
    expect(parsed.budgetMaxYen).toBeUndefined();
    expect(parsed.steps[0]!.toleranceUm).toBeUndefined();
  });

  it("refuses very long text, negative, decimal and huge numbers, and a budget range upside down", () => {
    expect(issues({ ...valid, titleJa: "あ".repeat(LIMITS.title + 1) })).toContain("titleJa:validation.tooLong");
    expect(issues({ ...valid, quantity: "-5" })).toContain("quantity:jobs.validation.positive");
    expect(issues({ ...valid, quantity: "1.5" })).toContain("quantity:validation.number");
    expect(issues({ ...valid, quantity: "1e9" })).toContain("quantity:validation.number");
    expect(issues({ ...valid, budgetMinYen: "9999999999999999" })).toContain("budgetMinYen:validation.tooBig");
    expect(issues({ ...valid, budgetMinYen: "500", budgetMaxYen: "100" })).toContain("budgetMaxYen:jobs.validation.budgetOrder");
  });

  it("needs at least one step with a known-looking process code, and at most 30", () => {
    expect(issues({ ...valid, steps: "[]" })).toContain("steps:jobs.validation.stepsRequired");
    expect(issues({ ...valid, steps: "not json" })).toContain("steps:jobs.validation.steps");
    expect(issues({ ...valid, steps: JSON.stringify([{ processCode: "'; DROP TABLE", notes: "" }]) })).toContain("steps.0.processCode:validation.invalid");
    expect(issues({ ...valid, steps: JSON.stringify(Array.from({ length: 31 }, () => ({ processCode: "turning", notes: "" }))) })).toContain("steps:jobs.validation.tooManySteps");
  });

  it("refuses malformed dates and an answer date after the deadline", () => {
    expect(issues({ ...valid, deadline: "31/03/2027" })).toContain("deadline:jobs.validation.date");
    expect(issues({ ...valid, answerBy: "2027-04-30" })).toContain("answerBy:jobs.validation.answerAfterDeadline");
  });
});
