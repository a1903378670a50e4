// Directory search on a real, seeded database: Japanese text variants (hiragana/katakana,
// full/half width), disjunctive facet counts checked against plain queries, pending firms never
// listed, the public view limited to names, and who may search or open a firm page.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-types";
import { createTestDatabase } from "../helpers/test-db";
import { testDb } from "../auth/db-state";

vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));

const { seedDemoData } = await import("@/lib/demo-data/seed-demo-data");
const { viewerOf } = await import("../helpers/viewer-of");
const { searchDirectory } = await import("@/lib/directory/search");
const { parseDirectoryQuery } = await import("@/lib/directory/search-params");
const { loadFirmPage } = await import("@/lib/directory/firm-page");
const { ForbiddenError, NotFoundError } = await import("@/lib/authz");

const today = new Date("2026-11-01T00:00:00Z");
const db = () => testDb.current!;
const q = (params: Record<string, string>) => parseDirectoryQuery(new URLSearchParams(params));
afterAll(async () => testDb.current?.close());

describe("directory search", () => {
  let buyer: Viewer;
  let verifiedFirmId: string;
  let pendingFirmId: string;
  let pendingAssociationId: string;

  async function userOf(where: object, overrides: Partial<Viewer> = {}): Promise<Viewer> {
    const user = await db().prisma.user.findFirstOrThrow({ where: { status: "ACTIVE", ...where }, orderBy: { email: "asc" } });
    return viewerOf(db(), user.email, overrides);
  }
  async function staffOf(associationId: string): Promise<Viewer> {
    const existing = await db().prisma.user.findFirst({ where: { associationId, role: "ASSOCIATION_STAFF", status: "ACTIVE" } });
    const email = existing?.email ?? (await db().prisma.user.create({ data: { email: `staff-${associationId}@example.jp`, name: "職員", role: "ASSOCIATION_STAFF", status: "ACTIVE", associationId } })).email;
    return viewerOf(db(), email, { twoFactorPending: false });
  }
  const searchAll = async (viewer: Viewer | null, params: Record<string, string>) => {
    const first = await searchDirectory(db().sql, viewer, q(params));
    const ids = first.firms.map((f) => f.id);
    for (let page = 2; page <= Math.ceil(first.total / first.pageSize); page++) {
      ids.push(...(await searchDirectory(db().sql, viewer, q({ ...params, page: String(page) }))).firms.map((f) => f.id));
    }
    return { ...first, ids };
  };

  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    await seedDemoData(db(), { firms: 150, seed: 7, today });
    buyer = await viewerOf(db(), "buyer@demo.kyodo.example");
    // One verified firm and one pending firm share a distinctive name; a machine carries a model code.
    const [verified, pending] = await Promise.all([
      db().prisma.firm.findFirstOrThrow({ where: { status: "VERIFIED", equipment: { some: {} } }, orderBy: { id: "asc" } }),
      db().prisma.firm.findFirstOrThrow({ where: { status: "PENDING" }, orderBy: { id: "asc" } }),
    ]);
    verifiedFirmId = verified.id;
    pendingFirmId = pending.id;
    pendingAssociationId = pending.associationId;
    await db().prisma.firm.update({ where: { id: verified.id }, data: { nameJa: "株式会社テストセイミツ", nameKana: "てすとせいみつ", nameEn: "Tesuto Precision Co." } });
    await db().prisma.firm.update({ where: { id: pending.id }, data: { nameJa: "テストセイミツ保留工業", nameKana: null, nameEn: "Tesuto Pending" } });
    const machine = await db().prisma.equipment.findFirstOrThrow({ where: { firmId: verified.id } });
    await db().prisma.equipment.update({ where: { id: machine.id }, data: { model: "QZX-7700R" } });
  }, 180_000);

  it.each([
    ["katakana", "テストセイミツ"],
    ["hiragana", "てすとせいみつ"],
    ["half-width katakana", "ﾃｽﾄｾｲﾐﾂ"],
    ["partial word", "セイミ"],
    ["English, any case", "tesuto PREC"],
    ["full-width Latin", "ＴＥＳＵＴＯ"],
    ["an equipment model, full-width", "ｑｚｘ－７７００"],
  ])("finds the firm by %s", async (_label, text) => {
    const result = await searchAll(buyer, { q: text });
    expect(result.ids).toContain(verifiedFirmId);
    expect(result.ids).not.toContain(pendingFirmId);
  });

  it("checks text per firm when facets narrow the search, with the same answer as text alone", async () => {
    const firm = await db().prisma.firm.findUniqueOrThrow({ where: { id: verifiedFirmId }, select: { municipalityCode: true, capabilities: { select: { processCode: true }, take: 1 } } });
    const process = firm.capabilities[0]!.processCode;
    for (const text of ["ｑｚｘ－７７００", "てすとせいみつ", "精密"]) {
      const textOnly = await searchAll(buyer, { q: text });
      const narrowed = await searchAll(buyer, { q: text, area: firm.municipalityCode, process });
      const inArea = await db().prisma.firm.findMany({ where: { id: { in: textOnly.ids }, municipalityCode: firm.municipalityCode, capabilities: { some: { processCode: process } } }, select: { id: true } });
      expect(narrowed.ids.sort()).toEqual(inArea.map((f) => f.id).sort());
      // The process facet counts over text + area (its own selection dropped).
      expect(narrowed.facets.process.find((f) => f.value === process)?.count ?? 0).toBe(
        await db().prisma.firm.count({ where: { id: { in: textOnly.ids }, municipalityCode: firm.municipalityCode, capabilities: { some: { processCode: process } } } }),
      );
    }
    expect((await searchAll(buyer, { q: "ｑｚｘ－７７００", area: firm.municipalityCode })).ids).toContain(verifiedFirmId);
  });

  it("ranks a name match above description matches", async () => {
    const result = await searchDirectory(db().sql, buyer, q({ q: "テストセイミツ" }));
    expect(result.firms[0]?.id).toBe(verifiedFirmId);
  });

  it("never lists firms that are not verified, in results or counts", async () => {
    const verified = await db().prisma.firm.count({ where: { status: "VERIFIED" } });
    const all = await searchAll(buyer, {});
    expect(all.total).toBe(verified);
    const statuses = await db().prisma.firm.findMany({ where: { id: { in: all.ids } }, select: { status: true } });
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(["VERIFIED"]));
    expect(all.ids).not.toContain(pendingFirmId);
    const areaSum = all.facets.area.reduce((sum, f) => sum + f.count, 0);
    expect(areaSum).toBe(verified);
  });

  it("counts facets like plain queries do, ignoring a facet's own selection", async () => {
    const area = (await db().prisma.firm.groupBy({ by: ["municipalityCode"], where: { status: "VERIFIED" }, _count: true, orderBy: { _count: { municipalityCode: "desc" } } }))[0]!.municipalityCode;
    const result = await searchDirectory(db().sql, buyer, q({ area, process: "turning" }));

    // total: verified, in the area, turning.
    const expected = await db().prisma.firm.count({ where: { status: "VERIFIED", municipalityCode: area, capabilities: { some: { processCode: "turning" } } } });
    expect(result.total).toBe(expected);

    // process counts: verified firms in the area doing each process (the process selection is ignored).
    for (const facet of result.facets.process) {
      const n = await db().prisma.firm.count({ where: { status: "VERIFIED", municipalityCode: area, capabilities: { some: { processCode: facet.value } } } });
      expect([facet.value, facet.count]).toEqual([facet.value, n]);
    }
    const processesInArea = await db().prisma.capability.findMany({ where: { firm: { status: "VERIFIED", municipalityCode: area } }, distinct: ["processCode"], select: { processCode: true } });
    expect(result.facets.process.map((f) => f.value).sort()).toEqual(processesInArea.map((p) => p.processCode).sort());

    // area counts: verified turning firms per area (the area selection is ignored).
    for (const facet of result.facets.area.slice(0, 5)) {
      const n = await db().prisma.firm.count({ where: { status: "VERIFIED", municipalityCode: facet.value, capabilities: { some: { processCode: "turning" } } } });
      expect([facet.value, facet.count]).toEqual([facet.value, n]);
    }

    // equipment counts over the whole result (no equipment selection).
    for (const facet of result.facets.equipment) {
      const n = await db().prisma.firm.count({ where: { status: "VERIFIED", municipalityCode: area, capabilities: { some: { processCode: "turning" } }, equipment: { some: { kind: facet.value as never } } } });
      expect([facet.value, facet.count]).toEqual([facet.value, n]);
    }
  });

  it("applies numeric filters to the same capability row", async () => {
    const result = await searchAll(buyer, { process: "turning", tolMax: "5", material: "sus304" });
    const expected = await db().prisma.firm.findMany({
      where: { status: "VERIFIED", capabilities: { some: { processCode: "turning", bestToleranceUm: { lte: 5 }, materials: { some: { materialCode: "sus304" } } } } },
      select: { id: true },
    });
    expect(result.ids.sort()).toEqual(expected.map((f) => f.id).sort());
  });

  it("sorts by distance from a ward", async () => {
    const result = await searchDirectory(db().sql, buyer, q({ sort: "distance", near: "13111" }));
    const distances = result.firms.map((f) => f.distanceKm!);
    expect(distances.every((d) => typeof d === "number")).toBe(true);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });

  it("shows the public only names, areas and processes, and searches names only", async () => {
    const result = await searchDirectory(db().sql, null, q({ q: "qzx-7700" }));
    expect(result.total).toBe(0);
    const named = await searchDirectory(db().sql, null, q({ q: "てすとせいみつ" }));
    expect(named.firms.map((f) => f.id)).toEqual([verifiedFirmId]);
    expect(Object.keys(named.firms[0]!).sort()).toEqual(["id", "municipalityCode", "nameEn", "nameJa", "processCodes"]);
    expect(named.facets.cert).toEqual([]);
  });

  it("lets business users and staff search, and no one else", async () => {
    await expect(searchDirectory(db().sql, await userOf({ role: "FIRM_MEMBER", firm: { status: "VERIFIED" } }), q({}))).resolves.toBeDefined();
    await expect(searchDirectory(db().sql, await staffOf(pendingAssociationId), q({}))).resolves.toBeDefined();
    await expect(searchDirectory(db().sql, await userOf({ role: "FIRM_ADMIN", firmId: pendingFirmId }), q({}))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(searchDirectory(db().sql, await userOf({ role: "SYSTEM_ADMIN" }, { twoFactorPending: false }), q({}))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("opens a pending firm's page for its association's staff only", async () => {
    const own = await staffOf(pendingAssociationId);
    const otherAssociation = await db().prisma.association.findFirstOrThrow({ where: { id: { not: pendingAssociationId } }, orderBy: { code: "asc" } });
    const other = await staffOf(otherAssociation.id);
    await expect(loadFirmPage(own, pendingFirmId, today)).resolves.toMatchObject({ id: pendingFirmId, status: "PENDING" });
    await expect(loadFirmPage(other, pendingFirmId, today)).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadFirmPage(buyer, pendingFirmId, today)).rejects.toBeInstanceOf(NotFoundError);
    const page = await loadFirmPage(buyer, verifiedFirmId, today);
    expect(page.canContact).toBe(true);
    expect(JSON.stringify(page)).not.toMatch(/@/); // no e-mail address reaches a stranger
  });
});
