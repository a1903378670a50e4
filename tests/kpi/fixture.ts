// A small, hand-made federation whose KPI figures are known (worked out in kpi-figures.test.ts):
// two associations, five firms, two buyers, five jobs, four groups, three orders, activity days,
// events and one target. Inserted with plain SQL on a freshly migrated database (no random seed),
// so the summary triggers see exactly these writes.
import type { Database } from "@/lib/db/client";

/** The day the figures are computed on: FY2026 has run from April to mid-November. */
export const TODAY = new Date("2026-11-15T03:00:00Z");

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
export const IDS = {
  federation: id(1),
  assocA: id(11),
  assocB: id(12),
  a1: id(21), a2: id(22), a3: id(23), b1: id(24), b2: id(25),
  buyerX: id(31), buyerY: id(32),
  j1: id(41), j2: id(42), j3: id(43), j4: id(44), j5: id(45),
  g1: id(51), g2: id(52), g3: id(53), g4: id(54),
  fedStaff: id(61), staffA: id(62), staffB: id(63), firmAdmin: id(64),
};
export const EMAILS = { fedStaff: "fed@kpi.test", staffA: "staff-a@kpi.test", staffB: "staff-b@kpi.test", firmAdmin: "admin-a1@kpi.test" };

export async function insertKpiFixture(db: Database): Promise<void> {
  const q = (text: string, params: unknown[] = []) => db.sql.query(text, params);
  const I = IDS;
  await q(`INSERT INTO "Federation" (id, code, "nameJa", "nameEn") VALUES ($1, 'fed', '連合会', 'Federation')`, [I.federation]);
  await q(`INSERT INTO "Municipality" (code, prefecture, kind, "nameJa", "nameEn", latitude, longitude) VALUES
           ('13111', 'TOKYO', 'WARD', '大田区', 'Ota', 35.56, 139.71), ('13109', 'TOKYO', 'WARD', '品川区', 'Shinagawa', 35.6, 139.73)`);
  await q(`INSERT INTO "Association" (id, "federationId", code, "nameJa", "nameEn") VALUES ($1, $3, 'a', '大田', 'Ota'), ($2, $3, 'b', '品川', 'Shinagawa')`, [I.assocA, I.assocB, I.federation]);
  await q(`INSERT INTO "Process" (code, "nameJa", "nameEn", category) VALUES
           ('turning', '旋盤', 'Turning', 'CUTTING'), ('grinding', '研削', 'Grinding', 'ABRASIVE'), ('plating', 'めっき', 'Plating', 'SURFACE')`);
  const firm = (fid: string, association: string, code: string, status: string, verifiedAt: string | null) =>
    q(`INSERT INTO "Firm" (id, "associationId", "nameJa", status, "verifiedAt", prefecture, "municipalityCode", address, latitude, longitude, employees, "updatedAt")
       VALUES ($1, $2, $6, $3::"FirmStatus", $4::timestamptz, 'TOKYO', $5, '東京都', 35.6, 139.7, 10, now())`, [fid, association, status, verifiedAt, code, `工場${fid.slice(-2)}`]);
  await firm(I.a1, I.assocA, "13111", "VERIFIED", "2025-01-10T00:00:00Z");
  await firm(I.a2, I.assocA, "13111", "VERIFIED", "2026-05-20T00:00:00Z");
  await firm(I.a3, I.assocA, "13111", "PENDING", null);
  await firm(I.b1, I.assocB, "13109", "VERIFIED", "2024-06-01T00:00:00Z");
  await firm(I.b2, I.assocB, "13109", "SUSPENDED", "2024-06-01T00:00:00Z");
  const capability = (fid: string, process: string) =>
    q(`INSERT INTO "Capability" ("firmId", "processCode", "bestToleranceUm", "maxWorkpieceMm", "monthlyCapacity", "leadTimeDays", "updatedAt") VALUES ($1, $2, 10, 300, 100, 14, now())`, [fid, process]);
  await capability(I.a1, "turning");
  await capability(I.a2, "grinding");
  await capability(I.b1, "turning");
  await capability(I.b2, "plating"); // suspended: not counted as capable

  await q(`INSERT INTO "BuyerOrganization" (id, name, industry) VALUES ($1, 'X自動車', 'AUTOMOTIVE'), ($2, 'Y医療', 'MEDICAL')`, [I.buyerX, I.buyerY]);
  const job = async (jid: string, buyer: string, publishedAt: string, processes: string[]) => {
    await q(`INSERT INTO "Job" (id, "buyerOrgId", "titleJa", quantity, deadline, status, "publishedAt", "updatedAt") VALUES ($1, $2, '部品', 10, '2027-03-31', 'OPEN', $3::timestamptz, now())`, [jid, buyer, publishedAt]);
    for (const [i, p] of processes.entries()) await q(`INSERT INTO "JobStep" ("jobId", position, "processCode", quantity) VALUES ($1, $2, $3, 10)`, [jid, i + 1, p]);
  };
  await job(I.j1, I.buyerX, "2025-05-01T01:00:00Z", ["turning"]);
  await job(I.j2, I.buyerX, "2026-04-05T01:00:00Z", ["turning", "grinding"]);
  await job(I.j3, I.buyerY, "2026-06-01T01:00:00Z", ["turning", "plating"]);
  await job(I.j4, I.buyerY, "2026-09-01T01:00:00Z", ["plating"]);
  await job(I.j5, I.buyerX, "2026-10-01T01:00:00Z", ["grinding"]);

  /** A match run with one suggestion showing these firms; returns the suggestion id. */
  const suggestion = async (jid: string, at: string, firms: string[]): Promise<string> => {
    const [run] = await q(`INSERT INTO "MatchRun" ("jobId", weights, "candidateCount", "durationMs", "createdAt") VALUES ($1, '{}', 5, 10, $2::timestamptz) RETURNING id`, [jid, at]);
    const [s] = await q(`INSERT INTO "MatchSuggestion" ("matchRunId", rank, "totalScore", terms, reasons, assignment, "leadFirmId", "createdAt") VALUES ($1, 1, 0.9, '{}', '[]', '{}', $2, $3::timestamptz) RETURNING id`, [run!.id, firms[0], at]);
    for (const f of firms) await q(`INSERT INTO "MatchSuggestionMember" ("suggestionId", "firmId", "createdAt") VALUES ($1, $2, $3::timestamptz)`, [s!.id, f, at]);
    return s!.id as string;
  };
  const s1 = await suggestion(I.j1, "2025-05-10T01:00:00Z", [I.a1, I.b1]);
  const s2 = await suggestion(I.j2, "2026-04-08T01:00:00Z", [I.a1, I.a2]);
  const s4 = await suggestion(I.j4, "2026-09-03T01:00:00Z", [I.a1]);

  const group = (gid: string, jid: string, lead: string, status: string, source: string | null, createdAt: string, formedAt: string | null) =>
    q(`INSERT INTO "JointOrderGroup" (id, "jobId", "leadFirmId", status, "sourceSuggestionId", "createdAt", "formedAt", "updatedAt") VALUES ($1, $2, $3, $4::"GroupStatus", $5, $6::timestamptz, $7::timestamptz, now())`,
      [gid, jid, lead, status, source, createdAt, formedAt]);
  const member = (gid: string, fid: string, status: string, bp: number) =>
    q(`INSERT INTO "GroupMember" ("groupId", "firmId", "isLead", status, "shareBasisPoints") VALUES ($1, $2, false, $3::"MemberStatus", $4)`, [gid, fid, status, bp]);
  await group(I.g1, I.j1, I.a1, "CLOSED", s1, "2025-05-12T01:00:00Z", "2025-05-20T01:00:00Z");
  await member(I.g1, I.a1, "ACCEPTED", 6000);
  await member(I.g1, I.b1, "ACCEPTED", 4000);
  await group(I.g2, I.j2, I.a1, "IN_PRODUCTION", s2, "2026-04-10T01:00:00Z", "2026-04-20T01:00:00Z");
  await member(I.g2, I.a1, "ACCEPTED", 5000);
  await member(I.g2, I.a2, "ACCEPTED", 5000);
  await group(I.g3, I.j3, I.b1, "CLOSED", null, "2026-06-05T01:00:00Z", "2026-06-15T01:00:00Z");
  await member(I.g3, I.b1, "ACCEPTED", 10000);
  await member(I.g3, I.a2, "DECLINED", 0);
  await group(I.g4, I.j4, I.a1, "INVITING", s4, "2026-09-05T01:00:00Z", null);
  await member(I.g4, I.a1, "INVITED", 0);

  const order = (jid: string, gid: string, buyer: string, value: number, contractedOn: string, deliveredOn: string | null) =>
    q(`INSERT INTO "Order" ("jobId", "groupId", "buyerOrgId", "contractedValueYen", "contractedOn", "dueOn", "deliveredOn", status) VALUES ($1, $2, $3, $4, $5::date, '2027-03-31', $6::date, $7::"OrderStatus")`,
      [jid, gid, buyer, value, contractedOn, deliveredOn, deliveredOn ? "DELIVERED" : "IN_PRODUCTION"]);
  await order(I.j1, I.g1, I.buyerX, 10_000_000, "2025-06-01", "2025-07-01");
  await order(I.j2, I.g2, I.buyerX, 20_000_000, "2026-05-10", null);
  await order(I.j3, I.g3, I.buyerY, 8_000_000, "2026-07-01", "2026-08-01");

  await q(`INSERT INTO "FirmActivity" ("firmId", day) VALUES
           ($1, '2026-10-03'), ($1, '2026-10-04'), ($1, '2026-11-02'), ($2, '2026-10-10'), ($3, '2026-11-05'), ($4, '2026-11-06')`, [I.a1, I.a2, I.b1, I.a3]);
  const event = (association: string | null, kind: string, heldOn: string) =>
    q(`INSERT INTO "BusinessEvent" ("federationId", "associationId", kind, "titleJa", "heldOn") VALUES ($1, $2, $3::"BusinessEventKind", '催し', $4::date)`, [I.federation, association, kind, heldOn]);
  await event(I.assocA, "TRADE_FAIR", "2026-05-10");
  await event(null, "BUSINESS_MEETING", "2026-06-10");
  await event(I.assocA, "SEMINAR", "2026-07-01");
  await event(I.assocB, "FACTORY_TOUR", "2025-11-01");
  await q(`INSERT INTO "KpiTarget" ("federationId", "fiscalYear", indicator, target, "updatedAt") VALUES ($1, 2026, 'ORDER_VALUE_YEN', 5000000000, now())`, [I.federation]);

  const user = (uid: string, email: string, role: string, extra: { firmId?: string; associationId?: string; federationId?: string }) =>
    q(`INSERT INTO "User" (id, email, name, role, status, "firmId", "associationId", "federationId", "updatedAt") VALUES ($1, $2, $2, $3::"Role", 'ACTIVE', $4, $5, $6, now())`,
      [uid, email, role, extra.firmId ?? null, extra.associationId ?? null, extra.federationId ?? null]);
  await user(I.fedStaff, EMAILS.fedStaff, "FEDERATION_STAFF", { federationId: I.federation });
  await user(I.staffA, EMAILS.staffA, "ASSOCIATION_STAFF", { associationId: I.assocA });
  await user(I.staffB, EMAILS.staffB, "ASSOCIATION_STAFF", { associationId: I.assocB });
  await user(I.firmAdmin, EMAILS.firmAdmin, "FIRM_ADMIN", { firmId: I.a1 });
}
