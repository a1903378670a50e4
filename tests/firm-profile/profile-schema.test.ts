// The editor's validation: the one zod schema the form and the server share, fed what a form sends
// (strings, IME full-width digits, empty strings, lists as JSON).
import { describe, expect, it } from "vitest";
import { capabilityRowSchema, certificationRowSchema, equipmentRowSchema, firmProfileSchema } from "@/lib/firm-profile/schema";

const basics = { nameJa: "テスト精密", municipalityCode: "13111", address: "大田区1-1", employees: "１２", descriptionJa: "", descriptionEn: "", strengthsJa: "", strengthsEn: "" };
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.map(String).join("."), i.message]));

describe("firm profile schema", () => {
  it("accepts a form as typed: full-width digits, empty optional fields, lists as JSON", () => {
    const parsed = firmProfileSchema.parse({
      ...basics,
      nameKana: "",
      foundedYear: "",
      website: "",
      capabilities: JSON.stringify([{ processCode: "turning", materialCodes: ["sus304", "a5052"], bestToleranceUm: "５", maxWorkpieceMm: "300", monthlyCapacity: "1,200", leadTimeDays: "7", notes: "" }]),
      equipment: JSON.stringify([{ id: "", kind: "cnc_lathe", maker: "オークマ", model: "LB3000", year: "2019", count: "", notes: "" }]),
      certifications: JSON.stringify([{ certificationCode: "iso9001", issuedOn: "2020/04/01", expiresOn: "2026-03-31" }]),
    });
    expect(parsed.employees).toBe(12);
    expect(parsed.nameKana).toBeUndefined();
    expect(parsed.capabilities[0]).toMatchObject({ bestToleranceUm: 5, monthlyCapacity: 1200, materialCodes: ["sus304", "a5052"] });
    expect(parsed.equipment[0]).toMatchObject({ kind: "CNC_LATHE", count: 1, year: 2019, id: undefined });
    expect(parsed.certifications[0]).toMatchObject({ issuedOn: "2020-04-01", expiresOn: "2026-03-31" });
  });

  it("reports each problem at its field, rows included", () => {
    const result = firmProfileSchema.safeParse({
      ...basics,
      nameJa: " ",
      employees: "十二",
      website: "example.com",
      capabilities: JSON.stringify([
        { processCode: "turning", materialCodes: ["unobtainium"], bestToleranceUm: "0", maxWorkpieceMm: "", monthlyCapacity: "10", leadTimeDays: "7" },
        { processCode: "turning", materialCodes: [], bestToleranceUm: "5", maxWorkpieceMm: "10", monthlyCapacity: "10", leadTimeDays: "7" },
      ]),
      equipment: JSON.stringify([{ kind: "SPACESHIP", maker: "", model: "X", year: "2099" }]),
      certifications: JSON.stringify([{ certificationCode: "iso9001", issuedOn: "2024-01-01", expiresOn: "2023-01-01" }]),
    });
    expect(result.success).toBe(false);
    expect(issues(result)).toMatchObject({
      nameJa: "validation.required",
      employees: "validation.number",
      website: "directory.validation.url",
      "capabilities.0.materialCodes.0": "directory.validation.unknownMaterial",
      "capabilities.0.bestToleranceUm": "validation.tooSmall",
      "capabilities.0.maxWorkpieceMm": "validation.required",
      "equipment.0.kind": "validation.choose",
      "equipment.0.maker": "validation.required",
      "equipment.0.year": "directory.validation.futureYear",
      "certifications.0.expiresOn": "directory.validation.expiryBeforeIssue",
    });
  });

  it("asks for a four-digit year when the year is short, words or out of range", () => {
    for (const year of ["18", "H30", "1850"]) {
      const result = firmProfileSchema.safeParse({ ...basics, equipment: JSON.stringify([{ kind: "LATHE", maker: "Okuma", model: "X", year }]) });
      expect(issues(result), year).toEqual({ "equipment.0.year": "directory.validation.year" });
    }
  });

  it("flags a process listed twice (once the rows themselves are valid)", () => {
    const row = { processCode: "turning", materialCodes: [], bestToleranceUm: "5", maxWorkpieceMm: "10", monthlyCapacity: "10", leadTimeDays: "7" };
    expect(issues(firmProfileSchema.safeParse({ ...basics, capabilities: JSON.stringify([row, row]) }))).toEqual({ "capabilities.1.processCode": "directory.validation.duplicate" });
  });

  it("rejects impossible dates and broken JSON lists", () => {
    expect(certificationRowSchema.safeParse({ certificationCode: "iso9001", expiresOn: "2025-02-30" }).success).toBe(false);
    expect(issues(firmProfileSchema.safeParse({ ...basics, equipment: "[{" }))).toMatchObject({ equipment: "validation.invalid" });
  });

  it("reads spreadsheet cells the same way (one cell of materials, codes in any case)", () => {
    expect(capabilityRowSchema.parse({ processCode: " Turning ", materialCodes: "SUS304; a5052、sus304", bestToleranceUm: "5", maxWorkpieceMm: "10", monthlyCapacity: "10", leadTimeDays: "3" }).materialCodes).toEqual(["sus304", "a5052"]);
    expect(equipmentRowSchema.safeParse({ kind: "press", maker: "アマダ", model: "SDE", count: "0" }).success).toBe(false);
  });
});
