// The editor's save action end to end on a real database: errors come back in the user's language
// keyed by field (rows included) with the typed values kept, and a valid form saves.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { viewerOf } = await import("../helpers/viewer-of");
const { saveFirmProfile } = await import("@/app/firm/profile/actions");
const { loadOwnProfile } = await import("@/lib/firm-profile/profile-data");
const { profileFormData, profileFormValues } = await import("@/lib/firm-profile/form-values");

const db = () => testDb.current!;
afterAll(async () => testDb.current?.close());

describe("saveFirmProfile action", () => {
  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    await seedDemoData(db(), { firms: 30, seed: 9, today: new Date("2026-11-01T00:00:00Z") });
    session.viewer = await viewerOf(db(), "firm-admin@demo.kyodo.example");
  }, 180_000);

  it("puts each error next to its field in Japanese and keeps what was typed", async () => {
    const values = profileFormValues(await loadOwnProfile(session.viewer!));
    values.nameJa = "";
    values.employees = "たくさん";
    values.equipment = [...values.equipment, { id: "", kind: "", maker: "新しいメーカー", model: "", year: "", count: "1", travelXMm: "", travelYMm: "", travelZMm: "", maxDiameterMm: "", tonnage: "", accuracyUm: "", notes: "" }];
    const result = await saveFirmProfile(null, profileFormData(values));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const row = values.equipment.length - 1;
    expect(result.fieldErrors).toMatchObject({
      nameJa: expect.stringMatching(/入力/),
      employees: expect.stringMatching(/数/),
      [`equipment.${row}.kind`]: expect.any(String),
      [`equipment.${row}.model`]: expect.stringMatching(/入力/),
    });
    expect(result.values.employees).toBe("たくさん");
    expect(JSON.parse(result.values.equipment!)[row].maker).toBe("新しいメーカー");
  });

  it("saves a valid form and confirms the profile", async () => {
    const values = profileFormValues(await loadOwnProfile(session.viewer!));
    values.strengthsEn = "Short lead times";
    const result = await saveFirmProfile(null, profileFormData(values));
    expect(result).toMatchObject({ ok: true, message: "保存しました。" });
    expect((await loadOwnProfile(session.viewer!)).strengthsEn).toBe("Short lead times");
  });
});
