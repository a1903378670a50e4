// Buyer organisations with their users, and the jobs open on the board today.
import { MUNICIPALITIES } from "@/lib/taxonomy/municipalities";
import { addDays, isoDate } from "./dates";
import type { SeedFirm } from "./firms";
import { addJobSteps, jobQuantity } from "./job-route";
import { personName } from "./names";
import type { Random } from "./random";
import { BUYERS, ROUTES } from "./routes";
import type { TableRows } from "./table-rows";

export interface SeedBuyer {
  id: string;
  userId: string;
}

const TOKYO_WARDS = MUNICIPALITIES.filter((m) => m.kind === "WARD").map((m) => m.code);

export function addBuyers(random: Random, rows: TableRows, today: Date, count: number): SeedBuyer[] {
  const buyers: SeedBuyer[] = [];
  for (let i = 0; i < count; i++) {
    const template = BUYERS[i % BUYERS.length];
    if (!template) continue;
    const [nameJa, nameEn, industry] = template;
    const suffix = i < BUYERS.length ? "" : ` 第${Math.floor(i / BUYERS.length) + 1}事業所`;
    const id = random.uuid();
    const userId = random.uuid();
    const createdAt = addDays(today, -random.int(200, 1300)).toISOString();
    rows.add("BuyerOrganization", [id, `${nameJa}${suffix}`, `${nameEn}${suffix ? ` (site ${Math.floor(i / BUYERS.length) + 1})` : ""}`, industry, random.pick(TOKYO_WARDS), null, createdAt, createdAt]);
    rows.add("User", [userId, `buyer${i + 1}@buyers.kyodo.example`, personName(random), null, "BUYER", "ACTIVE", "ja", null, id, null, null, createdAt, createdAt]);
    buyers.push({ id, userId });
  }
  return buyers;
}

/** Jobs open today (and a few drafts and ones under review), with hand raises and Q&A. */
export function addOpenJobs(random: Random, rows: TableRows, today: Date, buyers: SeedBuyer[], firms: SeedFirm[], count: number): void {
  const verified = firms.filter((f) => f.status === "VERIFIED");
  for (let i = 0; i < count; i++) {
    const buyer = i % 5 === 0 ? buyers[0] : random.pick(buyers);
    if (!buyer) continue;
    const route = random.pick(ROUTES);
    const quantity = jobQuantity(random, route);
    const status = random.weighted([["OPEN", 80], ["GROUPS_INVITED", 8], ["DRAFT", 6], ["UNDER_REVIEW", 6]] as const);
    const createdAt = addDays(today, -random.int(1, 40));
    const publishedAt = status === "DRAFT" || status === "UNDER_REVIEW" ? null : addDays(createdAt, 1);
    const deadline = addDays(today, random.int(45, 150));
    const budgetMin = quantity * random.pick([2_000, 5_000, 10_000, 30_000]);
    const id = random.uuid();
    const visibility = random.chance(0.12) ? "INVITED_ONLY" : "ALL_VERIFIED";
    const leadCert = random.chance(0.3) ? random.pick(["iso9001", "iso9001", "jisq9100", "iso13485"]) : null;
    rows.add("Job", [
      id, buyer.id, buyer.userId, `${route.partJa}の製作（${quantity}個）`, `${route.partEn} (${quantity} pcs)`,
      `${route.partJa}を${route.steps.length}工程で製作いただける工場グループを募集します。図面は添付のとおりです。`,
      `We are looking for a group of factories to make the ${route.partEn.toLowerCase()} through ${route.steps.length} processes. Drawings attached.`,
      route.partJa, quantity, isoDate(deadline), isoDate(addDays(today, random.int(10, 30))), "発注者本社工場", random.pick(TOKYO_WARDS),
      String(budgetMin), String(Math.round(budgetMin * 1.6)), leadCert, visibility, status,
      publishedAt?.toISOString() ?? null, null, null, createdAt.toISOString(), createdAt.toISOString(),
    ]);
    const steps = addJobSteps(random, rows, id, route, quantity);
    rows.add("JobStatusChange", [random.uuid(), id, null, "DRAFT", buyer.userId, createdAt.toISOString()]);
    if (status === "UNDER_REVIEW") rows.add("JobStatusChange", [random.uuid(), id, "DRAFT", "UNDER_REVIEW", buyer.userId, addDays(createdAt, 1).toISOString()]);
    if (publishedAt) rows.add("JobStatusChange", [random.uuid(), id, "DRAFT", "OPEN", buyer.userId, publishedAt.toISOString()]);
    if (status === "GROUPS_INVITED") rows.add("JobStatusChange", [random.uuid(), id, "OPEN", "GROUPS_INVITED", buyer.userId, addDays(publishedAt ?? createdAt, 3).toISOString()]);
    if (!publishedAt) continue;
    if (visibility === "INVITED_ONLY") {
      for (const firm of random.sample(verified, 3)) rows.add("JobInvitedFirm", [id, firm.id]);
    }
    for (const step of steps) {
      const able = verified.filter((f) => f.capabilities.some((c) => c.processCode === step.processCode));
      for (const firm of random.sample(able, random.int(0, 2))) {
        rows.add("HandRaise", [random.uuid(), id, step.id, firm.id, "この工程を担当できます。", addDays(publishedAt, random.int(0, 5)).toISOString()]);
      }
    }
    if (random.chance(0.4) && verified.length) {
      const asker = random.pick(verified);
      const answered = random.chance(0.7);
      rows.add("JobQuestion", [random.uuid(), id, asker.id, asker.adminUserId, "材料は支給でしょうか、それとも手配が必要でしょうか。", answered ? "材料は各社での手配をお願いします（ミルシート添付）。" : null, answered ? buyer.userId : null, answered ? addDays(publishedAt, 2).toISOString() : null, addDays(publishedAt, 1).toISOString()]);
    }
  }
}
