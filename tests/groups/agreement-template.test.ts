// The agreement template: federation staff save new versions (never overwrite), a save based on a
// stale version is refused, the parties' placeholders cannot be removed, and only federation staff
// may edit. New agreements use the latest version.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import type { Database } from "@/lib/db/client";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

// The audit log writes through the app's database client: point it at this test's database.
vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { ForbiddenError } = await import("@/lib/authz");
const { saveTemplateVersion, templateVersions } = await import("@/lib/groups/agreement-template");
const { templateSchema } = await import("@/lib/groups/schemas");
const { viewerOf } = await import("../helpers/viewer-of");

let db: Database;
let federation: Viewer;
beforeAll(async () => {
  db = testDb.current = await createTestDatabase();
  await seedDemoData(db, { firms: 30, seed: 11 });
  federation = await viewerOf(db, "federation@demo.kyodo.example", { twoFactorPending: false });
}, 120_000);
afterAll(async () => db?.close());

const body = (extra: string) => `{buyer} と {job} について。リーダーは {lead}。{members} ${extra}`;

describe("agreement template versions", () => {
  it("saves each edit as the next version and keeps the earlier ones", async () => {
    const [current] = await templateVersions(db, federation);
    const saved = await saveTemplateVersion(db, federation, { baseVersion: current!.version, bodyJa: body("第10条 追加"), bodyEn: body("Article 10") });
    expect(saved.version).toBe(current!.version + 1);
    const versions = await templateVersions(db, federation);
    expect(versions.map((v) => v.version)).toEqual([current!.version + 1, current!.version]);
    expect(versions[1]!.bodyJa).toBe(current!.bodyJa);
    const audited = await db.prisma.auditLog.count({ where: { action: "agreement.template.saved", targetId: saved.id } });
    expect(audited).toBe(1);
  });

  it("refuses a save based on an older version, and two saves of the same version both winning", async () => {
    const [latest] = await templateVersions(db, federation);
    await expect(saveTemplateVersion(db, federation, { baseVersion: latest!.version - 1, bodyJa: body(""), bodyEn: body("") })).rejects.toMatchObject({ messageKey: "groups.template.stale" });
    const both = await Promise.allSettled([0, 1].map(() => saveTemplateVersion(db, federation, { baseVersion: latest!.version, bodyJa: body("A"), bodyEn: body("A") })));
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("lets only federation staff edit", async () => {
    const ota = await viewerOf(db, "ota-staff@demo.kyodo.example", { twoFactorPending: false });
    const firm = await viewerOf(db, "firm-admin@demo.kyodo.example");
    for (const viewer of [ota, firm]) {
      await expect(templateVersions(db, viewer)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(saveTemplateVersion(db, viewer, { baseVersion: 99, bodyJa: body(""), bodyEn: body("") })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("requires the parties' placeholders in both languages", () => {
    const result = templateSchema.safeParse({ baseVersion: "1", bodyJa: "{buyer} {job} {lead}", bodyEn: body("") });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual(["bodyJa:groups.template.placeholders"]);
  });
});
