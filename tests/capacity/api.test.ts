// The capacity endpoint for machines (issue 21 item 2), on PostgreSQL: with a token, without one,
// with another firm's token, revoked, over the rate limit; tokens shown once and firm-scoped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { capacityApiGet, capacityApiPut } from "@/lib/capacity/api";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/capacity/api-tokens";
import { REQUESTS_PER_MINUTE } from "@/lib/capacity/api-limits";
import { CAPACITY_OPENAPI } from "@/lib/capacity/openapi";
import { ForbiddenError, NotFoundError } from "@/lib/authz/errors";
import { createTestDatabase } from "../helpers/test-db";
import { createWorld, viewerOf, type World } from "../notifications/fixtures";

let db: Database;
let world: World;
const now = new Date("2026-12-09T01:00:00Z");
const request = (method: "GET" | "PUT", token: string | null, body?: unknown) =>
  new Request("http://127.0.0.1/api/capacity", { method, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), "content-type": "application/json" }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

beforeAll(async () => {
  db = await createTestDatabase();
  world = await createWorld(db);
});
afterAll(async () => db?.close());

describe("the capacity API", () => {
  it("reads and writes the token's own firm only; no token, a revoked one or bad items are refused", async () => {
    const a = await world.add.firm([{ processCode: "turning" }]);
    const b = await world.add.firm([{ processCode: "turning" }]);
    const adminA = viewerOf(await world.add.user("FIRM_ADMIN", { firmId: a.id }));
    const adminB = viewerOf(await world.add.user("FIRM_ADMIN", { firmId: b.id }));
    const tokenA = (await createApiToken(db, adminA, "生産管理", now)).token;
    const tokenB = (await createApiToken(db, adminB, "macro", now)).token;
    // Stored as a hash: the list shows a prefix only.
    const listed = await listApiTokens(db, adminA);
    expect(listed).toHaveLength(1);
    expect(tokenA.startsWith(listed[0]!.prefix)).toBe(true);
    expect(JSON.stringify(await db.prisma.apiToken.findMany())).not.toContain(tokenA);

    expect((await capacityApiGet(db, request("GET", null), now)).status).toBe(401);
    expect((await capacityApiPut(db, request("PUT", "kjc_not-a-token", { declarations: [] }), now)).status).toBe(401);

    const put = await capacityApiPut(db, request("PUT", tokenA, { declarations: [{ processCode: "turning", weekStart: "2026-12-14", level: "PIECES", pieces: 80 }, { processCode: "turning", weekStart: "2026-12-21", level: "NONE" }] }), now);
    expect(put.status).toBe(200);
    const read = (await (await capacityApiGet(db, request("GET", tokenA), now)).json()) as { firmId: string; processes: { processCode: string; weeks: { weekStart: string; level: string | null; pieces: number | null }[] }[] };
    expect(read.firmId).toBe(a.id);
    expect(read.processes[0]!.weeks.slice(1, 3)).toEqual([
      { weekStart: "2026-12-14", level: "PIECES", pieces: 80, stale: false },
      { weekStart: "2026-12-21", level: "NONE", pieces: null, stale: false },
    ]);
    // B's token reads and writes B: A's rows stay as they were.
    await capacityApiPut(db, request("PUT", tokenB, { declarations: [{ processCode: "turning", weekStart: "2026-12-14", level: "OPEN" }] }), now);
    const rows = await db.prisma.capacityDeclaration.findMany({ where: { firmId: { in: [a.id, b.id] } }, select: { firmId: true, level: true, declaredById: true } });
    expect(rows.filter((r) => r.firmId === a.id).map((r) => r.level).sort()).toEqual(["NONE", "PIECES"]);
    expect(rows.filter((r) => r.firmId === b.id)).toEqual([{ firmId: b.id, level: "OPEN", declaredById: null }]);
    expect(((await (await capacityApiGet(db, request("GET", tokenB), now)).json()) as { firmId: string }).firmId).toBe(b.id);

    // One bad item: nothing saved, the reason in both languages.
    const bad = await capacityApiPut(db, request("PUT", tokenA, { declarations: [{ processCode: "turning", weekStart: "2026-12-28", level: "OPEN" }, { processCode: "turning", weekStart: "2026-12-14", level: "PIECES" }] }), now);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ index: 1, field: "pieces", message: { ja: "空き数量は 0 以上の整数で入力してください。", en: "Enter the free pieces as a whole number, 0 or more." } }] });
    const outside = await capacityApiPut(db, request("PUT", tokenA, { declarations: [{ processCode: "turning", weekStart: "2026-12-28", level: "OPEN" }, { processCode: "turning", weekStart: "2027-06-07", level: "OPEN" }] }), now);
    expect(outside.status).toBe(400);
    expect(await db.prisma.capacityDeclaration.count({ where: { firmId: a.id, weekStart: new Date("2026-12-28T00:00:00Z") } })).toBe(0);
    expect((await capacityApiPut(db, request("PUT", tokenA, { nothing: true }), now)).status).toBe(400);

    // Revoked: refused at once. Another firm's admin cannot revoke A's token (404), a member cannot manage tokens.
    const id = listed[0]!.id;
    await expect(revokeApiToken(db, adminB, id, now)).rejects.toBeInstanceOf(NotFoundError);
    const member = viewerOf(await world.add.user("FIRM_MEMBER", { firmId: a.id }));
    await expect(createApiToken(db, member, "x", now)).rejects.toBeInstanceOf(ForbiddenError);
    await revokeApiToken(db, adminA, id, now);
    expect((await capacityApiGet(db, request("GET", tokenA), now)).status).toBe(401);
  });

  it("limits each token per minute and lets it in again in the next minute", async () => {
    const firm = await world.add.firm([{ processCode: "milling" }]);
    const admin = viewerOf(await world.add.user("FIRM_ADMIN", { firmId: firm.id }));
    const { token } = await createApiToken(db, admin, "burst", now);
    for (let i = 0; i < REQUESTS_PER_MINUTE; i++) expect((await capacityApiGet(db, request("GET", token), new Date(now.getTime() + i * 100))).status).toBe(200);
    const limited = await capacityApiGet(db, request("GET", token), new Date(now.getTime() + 30_000));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await capacityApiGet(db, request("GET", token), new Date(now.getTime() + 61_000))).status).toBe(200);
  });

  it("is described in OpenAPI", () => {
    expect(CAPACITY_OPENAPI.openapi).toBe("3.1.0");
    expect(Object.keys(CAPACITY_OPENAPI.paths["/api/capacity"])).toEqual(["get", "put"]);
  });
});
