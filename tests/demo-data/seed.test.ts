// The demo data every screen and KPI is shown with: deterministic, consistent, and complete enough
// that each role has something true to see.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password-hash";
import type { Database } from "@/lib/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo-data/demo-accounts";
import { seedDemoData } from "@/lib/demo-data/seed-demo-data";
import { createTestDatabase } from "../helpers/test-db";

const today = new Date("2026-11-01T00:00:00Z");
const options = { firms: 80, seed: 7, today };

async function fingerprint(db: Database): Promise<string> {
  const [row] = await db.sql.query<{ digest: string }>(`
    SELECT md5(string_agg(f.id::text || f."nameJa" || f."municipalityCode" || coalesce(c.caps, ''), '|' ORDER BY f.id)) AS digest
    FROM "Firm" f
    LEFT JOIN (SELECT "firmId", string_agg("processCode" || ':' || "bestToleranceUm", ',' ORDER BY "processCode") AS caps
               FROM "Capability" GROUP BY "firmId") c ON c."firmId" = f.id`);
  return row!.digest;
}

describe("demo seed", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db, options);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it("creates one federation, its 32 associations and the firms asked for", async () => {
    const [counts] = await db.sql.query<{ federations: number; associations: number; firms: number; jobs: number; orders: number }>(`
      SELECT (SELECT count(*)::int FROM "Federation") AS federations, (SELECT count(*)::int FROM "Association") AS associations,
             (SELECT count(*)::int FROM "Firm") AS firms, (SELECT count(*)::int FROM "Job") AS jobs, (SELECT count(*)::int FROM "Order") AS orders`);
    expect(counts).toMatchObject({ federations: 1, associations: 32, firms: 80 });
    expect(counts!.jobs).toBeGreaterThan(20);
    expect(counts!.orders).toBeGreaterThan(10);
  });

  it("gives every verified firm at least one capability, in its association's area", async () => {
    const rows = await db.sql.query<{ firm: string }>(`
      SELECT f.id AS firm FROM "Firm" f
      WHERE f.status = 'VERIFIED' AND NOT EXISTS (SELECT 1 FROM "Capability" c WHERE c."firmId" = f.id)`);
    expect(rows).toEqual([]);
  });

  it("makes every past group consistent: one accepted lead, shares summing to 100 %", async () => {
    const bad = await db.sql.query<{ id: string; leads: number; shares: number; lead_ok: boolean }>(`
      SELECT g.id,
             count(*) FILTER (WHERE m."isLead")::int AS leads,
             sum(m."shareBasisPoints") FILTER (WHERE m.status = 'ACCEPTED')::int AS shares,
             bool_or(m."isLead" AND m."firmId" = g."leadFirmId" AND m.status = 'ACCEPTED') AS lead_ok
      FROM "JointOrderGroup" g JOIN "GroupMember" m ON m."groupId" = g.id
      WHERE g.status IN ('APPROVED', 'AWARDED', 'IN_PRODUCTION', 'DELIVERED', 'CLOSED')
      GROUP BY g.id
      -- A standing group shares no order value: each job it takes on sets its own shares.
      HAVING count(*) FILTER (WHERE m."isLead") <> 1 OR sum(m."shareBasisPoints") FILTER (WHERE m.status = 'ACCEPTED') <> (CASE g.kind WHEN 'JOB' THEN 10000 ELSE 0 END)
          OR NOT bool_or(m."isLead" AND m."firmId" = g."leadFirmId" AND m.status = 'ACCEPTED')`);
    expect(bad).toEqual([]);
    const [formed] = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "JointOrderGroup" WHERE "formedAt" IS NOT NULL`);
    expect(formed!.n).toBeGreaterThan(10);
  });

  it("has current and stale capacity declarations, and the demo firm declared 空きあり for all its weeks", async () => {
    const [row] = await db.sql.query<{ current: number; stale: number; verified: number; demo_open: number; demo_rows: number }>(`
      SELECT (SELECT count(DISTINCT "firmId")::int FROM "CapacityDeclaration" WHERE "declaredAt" >= $1::timestamptz - interval '28 days') AS current,
             (SELECT count(DISTINCT "firmId")::int FROM "CapacityDeclaration" WHERE "declaredAt" < $1::timestamptz - interval '28 days') AS stale,
             (SELECT count(*)::int FROM "Firm" WHERE status = 'VERIFIED') AS verified,
             (SELECT count(*) FILTER (WHERE d.level = 'OPEN')::int FROM "CapacityDeclaration" d JOIN "User" u ON u."firmId" = d."firmId" WHERE u.email = 'firm-admin@demo.kyodo.example') AS demo_open,
             (SELECT count(*)::int FROM "CapacityDeclaration" d JOIN "User" u ON u."firmId" = d."firmId" WHERE u.email = 'firm-admin@demo.kyodo.example') AS demo_rows`,
      [today.toISOString()]);
    expect(row!.current).toBeGreaterThan(row!.verified / 4);
    expect(row!.stale).toBeGreaterThan(row!.verified / 10);
    expect(row!.current + row!.stale).toBeLessThan(row!.verified);
    expect(row!.demo_rows).toBeGreaterThanOrEqual(12);
    expect(row!.demo_open).toBe(row!.demo_rows);
  });

  it("creates every demo account with the documented password and role", async () => {
    const users = await db.sql.query<{ email: string; role: string; passwordHash: string }>(
      `SELECT email, role, "passwordHash" FROM "User" WHERE email = ANY($1::text[])`,
      [DEMO_ACCOUNTS.map((a) => a.email)],
    );
    expect(users.map((u) => `${u.email} ${u.role}`).sort()).toEqual(DEMO_ACCOUNTS.map((a) => `${a.email} ${a.role}`).sort());
    expect(await verifyPassword(DEMO_PASSWORD, users[0]!.passwordHash)).toBe(true);
  });

  it("is listed in the README with the same e-mails and password", () => {
    const readme = readFileSync("README.md", "utf8");
    const listed = [...readme.matchAll(/^\| `([^`]+@demo\.kyodo\.example)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    expect(readme).toContain(`\`${DEMO_PASSWORD}\``);
  });

  it("is deterministic: the same seed and day give the same firms", async () => {
    const again = await createTestDatabase();
    try {
      await seedDemoData(again, options);
      expect(await fingerprint(again)).toBe(await fingerprint(db));
    } finally {
      await again.close();
    }
  }, 120_000);
});
