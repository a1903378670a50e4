// Search and staff use declarations (issue 21 item 4): the directory's "空きあり in week/month X"
// filter per process, the staff heat map and the share of members with a current declaration —
// each staff member sees their own association only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { fixedClock, useClock } from "@/lib/clock";
import { declareWeek } from "@/lib/capacity/declarations";
import { capacityHeatmap, declarationShare, resolveCapacityScope } from "@/lib/capacity/overview";
import { declarationSchema } from "@/lib/capacity/schema";
import { parseDirectoryQuery } from "@/lib/directory/search-params";
import { searchDirectory } from "@/lib/directory/search";
import { NotFoundError, ForbiddenError } from "@/lib/authz/errors";
import { viewerFor } from "../authz/fixtures";
import { createTestDatabase } from "../helpers/test-db";
import { createWorld, viewerOf, type World } from "../notifications/fixtures";

let db: Database;
let world: World;
let otherAssociationId: string;
let federationId: string;
let restoreClock: () => void;
const now = new Date("2026-12-09T01:00:00Z");
const stale = new Date("2026-11-01T00:00:00Z");

beforeAll(async () => {
  db = await createTestDatabase();
  world = await createWorld(db);
  restoreClock = useClock(fixedClock(now));
  const [other] = await db.sql.query<{ id: string; federation_id: string }>(`SELECT id, "federationId" AS federation_id FROM "Association" WHERE id <> $1 ORDER BY code LIMIT 1`, [world.associationId]);
  otherAssociationId = other!.id;
  federationId = other!.federation_id;
});
afterAll(async () => {
  restoreClock?.();
  await db?.close();
});

async function firmDeclaring(declarations: { process: string; week: string; level: string; pieces?: number; at?: Date }[], options: { associationId?: string } = {}) {
  const processes = [...new Set(declarations.map((d) => d.process))];
  const firm = await world.add.firm(processes.map((processCode) => ({ processCode })));
  if (options.associationId) await db.prisma.firm.update({ where: { id: firm.id }, data: { associationId: options.associationId } });
  const admin = viewerOf(await world.add.user("FIRM_ADMIN", { firmId: firm.id }));
  for (const d of declarations) {
    // A stale declaration is made in its own past, when its week was still declarable.
    const at = d.at ?? now;
    await declareWeek(db, admin, declarationSchema.parse({ processCode: d.process, weekStart: d.week, level: d.level, pieces: d.pieces }), at);
  }
  return firm;
}

describe("the directory's 空きあり filter", () => {
  it("finds firms that declared 空きあり for the week or month, for the chosen process, fresh only", async () => {
    const openDecWeek = await firmDeclaring([{ process: "edm", week: "2026-12-14", level: "OPEN" }]);
    const openJanuary = await firmDeclaring([{ process: "edm", week: "2026-12-28", level: "OPEN" }]); // 28 Dec – 3 Jan
    const some = await firmDeclaring([{ process: "edm", week: "2026-12-14", level: "SOME" }]);
    const otherProcess = await firmDeclaring([{ process: "edm", week: "2026-12-14", level: "NONE" }, { process: "wire_edm", week: "2026-12-14", level: "OPEN" }]);
    const old = await firmDeclaring([{ process: "edm", week: "2026-11-09", level: "OPEN", at: stale }]);
    const buyer = viewerFor("BUYER", "A");
    const ids = async (params: Record<string, string>) => new Set((await searchDirectory(db.sql, buyer, parseDirectoryQuery({ ...params }))).firms.map((f) => f.id));
    const mine = [openDecWeek.id, openJanuary.id, some.id, otherProcess.id, old.id];
    const found = async (params: Record<string, string>) => [...(await ids(params))].filter((id) => mine.includes(id)).sort();

    expect(await found({ process: "edm", free: "2026-12-14" })).toEqual([openDecWeek.id]);
    expect(await found({ process: "edm", free: "2026-12" })).toEqual([openDecWeek.id, openJanuary.id].sort());
    // The week of 28 December reaches into January: it counts for January too.
    expect(await found({ process: "edm", free: "2027-01" })).toEqual([openJanuary.id]);
    // Without a process, 空きあり for any process counts; the stale one never.
    expect(await found({ free: "2026-12-14" })).toEqual([openDecWeek.id, otherProcess.id].sort());
    expect(await found({ process: "wire_edm", free: "2026-12" })).toEqual([otherProcess.id]);
    // A malformed value is dropped, not an error.
    expect(parseDirectoryQuery({ free: "2026-13" }).free).toBeUndefined();
    expect(await found({ process: "edm", free: "junk" })).toEqual([...mine].sort()); // every edm firm: no week filter
  });
});

describe("staff overview", () => {
  it("sums their members' fresh declarations per week and process, and counts who declares", async () => {
    const staffA = viewerFor("ASSOCIATION_STAFF", "A", { associationId: world.associationId, federationId });
    const staffOther = viewerFor("ASSOCIATION_STAFF", "B", { associationId: otherAssociationId, federationId });
    const before = await declarationShare(db.sql, await resolveCapacityScope(db.sql, staffOther), now);
    // monthlyCapacity 1000: 空きあり = 233.3 pieces a week, 少し = 77.8.
    await firmDeclaring([{ process: "press", week: "2026-12-07", level: "OPEN" }, { process: "press", week: "2026-12-14", level: "PIECES", pieces: 40 }], { associationId: otherAssociationId });
    await firmDeclaring([{ process: "press", week: "2026-12-07", level: "SOME" }], { associationId: otherAssociationId });
    await firmDeclaring([{ process: "press", week: "2026-12-07", level: "OPEN", at: stale }], { associationId: otherAssociationId });
    await world.add.firm([{ processCode: "press" }]).then((f) => db.prisma.firm.update({ where: { id: f.id }, data: { associationId: otherAssociationId } }));

    const scope = await resolveCapacityScope(db.sql, staffOther);
    const map = await capacityHeatmap(db.sql, scope, now);
    expect(map.weeks.slice(0, 2)).toEqual(["2026-12-07", "2026-12-14"]);
    const press = map.processes.find((p) => p.code === "press")!;
    expect(press.cells[0]).toEqual({ pieces: Math.round(7000 / 30 + 7000 / 90), open: 1, declared: 2 });
    expect(press.cells[1]).toEqual({ pieces: 40, open: 0, declared: 1 });
    expect(press.cells[2]).toEqual({ pieces: 0, open: 0, declared: 0 });
    const after = await declarationShare(db.sql, scope, now);
    expect(after).toEqual({ current: before.current + 2, total: before.total + 4 });

    // Association A's staff see none of it; asking for B's association is a 404; firms and buyers may not look.
    const mapA = await capacityHeatmap(db.sql, await resolveCapacityScope(db.sql, staffA), now);
    expect(mapA.processes.find((p) => p.code === "press")).toBeUndefined();
    await expect(resolveCapacityScope(db.sql, staffA, otherAssociationId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(resolveCapacityScope(db.sql, viewerFor("BUYER", "A"))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resolveCapacityScope(db.sql, viewerFor("FIRM_ADMIN", "A"))).rejects.toBeInstanceOf(ForbiddenError);
    // Federation staff see the whole federation, or one association.
    const federation = viewerFor("FEDERATION_STAFF", "A", { federationId });
    const fed = await capacityHeatmap(db.sql, await resolveCapacityScope(db.sql, federation), now);
    expect(fed.processes.find((p) => p.code === "press")!.cells[0]!.declared).toBeGreaterThanOrEqual(2);
    expect((await resolveCapacityScope(db.sql, federation, otherAssociationId)).associationIds).toEqual([otherAssociationId]);
  });
});
