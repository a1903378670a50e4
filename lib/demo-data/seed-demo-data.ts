// Deterministic, realistic demo data: the same seed and the same "today" give the same rows.
// Used on first start of the embedded database, by `npm run db:seed`, and by tests.
import { hashPassword } from "@/lib/auth/password-hash";
import type { Database } from "@/lib/db/client";
import { addEventsAndTargets, addFirmActivity } from "./activity";
import { AGREEMENT_TEMPLATE_V1 } from "./agreement-template";
import { NDA_TEMPLATE_V1 } from "./nda-template";
import { addBuyers, addOpenJobs } from "./buyers-and-open-jobs";
import { addCapacityDeclarations } from "./capacity";
import { addDays, startOfUtcDay } from "./dates";
import { DEMO_PASSWORD } from "./demo-accounts";
import { addAssociationStaff, addDemoAccounts } from "./demo-users";
import { addFirms, type SeedFirm } from "./firms";
import { refreshMatchingRecords } from "@/lib/matching-service/records";
import { addDeliveredDemoGroups } from "./delivered-groups";
import { addQualityDemoGroup } from "./quality-group";
import { addLiveGroup } from "./live-group";
import { addConfidentialJob } from "./confidential-job";
import { addOpenOffers } from "./open-offers";
import { addJointOrderDemo, setContractingAssociations } from "./joint-order-demo";
import { addApprovalDemo } from "./approval-demo";
import { stampJobDatesFromHistory } from "./job-dates";
import { addDemoNotifications } from "./notifications";
import { addLostJob, addOrder, buildIndex, type HistoryContext } from "./history";
import { Random } from "./random";
import { addStandingGroups } from "./standing-groups";
import { addOutageDemo } from "./outage-demo";
import { addReferenceData } from "./reference-data";
import { TableRows } from "./table-rows";
import { catchUp, deferSummaryTriggers, type HistoryIds } from "./deferred-summaries";
import { clock } from "@/lib/clock";

export interface SeedOptions {
  firms: number;
  /** Past orders through the platform; default half the number of firms. */
  orders?: number;
  seed?: number;
  /** The day the data is relative to; default today (UTC). */
  today?: Date;
  onProgress?: (message: string) => void;
  /** How the history's KPI summaries are kept: caught up once after it (default), or by the
   *  triggers after every statement, as any other write (tests compare the two). */
  summaries?: "caught-up" | "per-statement";
}

export interface SeedSummary {
  counts: Record<string, number>;
  seconds: number;
}

const HISTORY_BATCH = 2_000;

function pickDemoFirm(firms: SeedFirm[], municipalityCode: string, processes: string[], status: SeedFirm["status"]): SeedFirm {
  const found =
    firms.find((f) => f.status === status && f.municipalityCode === municipalityCode && f.capabilities.some((c) => processes.includes(c.processCode))) ??
    firms.find((f) => f.status === status) ??
    firms[0];
  if (!found) throw new Error("the seed needs at least one firm");
  return found;
}

export async function seedDemoData(db: Database, options: SeedOptions): Promise<SeedSummary> {
  const started = Date.now();
  const random = new Random(options.seed ?? 20261122);
  const today = startOfUtcDay(options.today ?? clock.now());
  const firmCount = Math.max(options.firms, 20);
  const orderCount = options.orders ?? Math.round(firmCount / 2);
  const progress = options.onProgress ?? (() => undefined);
  const counts: Record<string, number> = {};
  const flush = async (rows: TableRows) => {
    await rows.writeTo(db.sql);
    for (const [table, n] of Object.entries(rows.counts())) counts[table] = (counts[table] ?? 0) + n;
  };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rows = new TableRows();
  const ref = addReferenceData(random, rows);
  const firms = addFirms(random, rows, ref, firmCount, today);
  const demoFirms = {
    otaMachining: pickDemoFirm(firms, "13111", ["turning", "machining_center", "grinding"], "VERIFIED").id,
    sumidaPress: pickDemoFirm(firms, "13107", ["press"], "VERIFIED").id,
    pendingFirm: pickDemoFirm(firms, "13111", ["turning", "machining_center", "milling"], "PENDING").id,
  };
  const buyers = addBuyers(random, rows, today, Math.max(16, Math.round(firmCount / 15)));
  const createdAt = addDays(today, -1400).toISOString();
  const staffUserByAssociation = addAssociationStaff(random, rows, ref, createdAt);
  addDemoAccounts(random, rows, ref, demoFirms, buyers, passwordHash, createdAt);
  const templateId = random.uuid();
  rows.add("AgreementTemplate", [templateId, 1, AGREEMENT_TEMPLATE_V1.ja, AGREEMENT_TEMPLATE_V1.en]);
  // Its own random stream, so adding it left the rest of the seed as it was.
  const confidential = new Random((options.seed ?? 20261122) + 2);
  rows.add("NdaTemplate", [confidential.uuid(), 1, NDA_TEMPLATE_V1.ja, NDA_TEMPLATE_V1.en]);
  addOpenJobs(random, rows, today, buyers, firms, Math.max(20, Math.round(firmCount / 10)));
  const firmById = new Map(firms.map((f) => [f.id, f]));
  // Its own random stream, so adding it left the rest of the seed as it was.
  addLiveGroup(new Random((options.seed ?? 20261122) + 1), rows, options.today ?? clock.now(), buyers[0]!, firmById.get(demoFirms.otaMachining)!, firmById.get(demoFirms.sumidaPress)!);
  addOpenOffers(new Random((options.seed ?? 20261122) + 3), rows, today, buyers[0]!, firms, staffUserByAssociation);
  addJointOrderDemo(new Random((options.seed ?? 20261122) + 4), rows, today, buyers[0]!, firmById.get(demoFirms.otaMachining)!, firmById.get(demoFirms.sumidaPress)!, staffUserByAssociation);
  // Its own random stream, so adding it left the rest of the seed as it was.
  addApprovalDemo(new Random((options.seed ?? 20261122) + 5), rows, today, {
    buyer: buyers[1] ?? buyers[0]!, firms, demoFirm: firmById.get(demoFirms.otaMachining)!, busyFirmIds: [demoFirms.otaMachining, demoFirms.sumidaPress],
    otaAssociationId: ref.associationIdByCode.get("ota")!, tamaAssociationId: ref.associationIdByCode.get("tama_coop")!, staffUserByAssociation,
  });
  addEventsAndTargets(random, rows, ref.federationId, [...ref.associationIdByCode.values()], today);
  // Its own random stream, so adding it left the rest of the seed as it was.
  addCapacityDeclarations(new Random((options.seed ?? 20261122) + 21), rows, firms, options.today ?? clock.now(), [demoFirms.otaMachining, demoFirms.sumidaPress]);
  await flush(rows);
  await setContractingAssociations(db.sql);
  const otherFirmIds = firms.filter((f) => f.status === "VERIFIED" && f.id !== demoFirms.otaMachining && f.id !== demoFirms.sumidaPress).slice(0, 2).map((f) => f.id);
  await addConfidentialJob(db, confidential, options.today ?? clock.now(), { buyerOrgId: buyers[0]!.id, buyerUserId: buyers[0]!.userId, otherFirmIds });
  // Its own random stream, so adding it left the rest of the seed as it was.
  await addQualityDemoGroup(db, new Random((options.seed ?? 20261122) + 22), today, buyers[0]!, firmById.get(demoFirms.otaMachining)!, firmById.get(demoFirms.sumidaPress)!);
  await addDeliveredDemoGroups(db, today, buyers[0]!, firmById.get(demoFirms.otaMachining)!, firmById.get(demoFirms.sumidaPress)!);
  // Statistics after each bulk step: the next steps' queries are planned on them. Unanalysed tables
  // look empty to the planner (at 100,000 orders the standing-groups query chose nested loops on
  // an estimate of 1 closed group where there were 100,000, and ran for over half an hour).
  await db.sql.query("ANALYZE");
  progress(`firms, buyers, open jobs: ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const ctx: HistoryContext = { random, today, firms, buyers, staffUserByAssociation, templateId, featuredFirmIds: [demoFirms.otaMachining, demoFirms.sumidaPress], prices: new Random((options.seed ?? 20261122) + 2) };
  const index = buildIndex(firms, ctx.featuredFirmIds);
  const lostCount = Math.round(orderCount * 0.3);
  // One transaction with the KPI summary triggers off, caught up once at the end
  // (lib/demo-data/deferred-summaries.ts).
  await db.sql.transaction(async (tx) => {
    const written: HistoryIds = { jobs: [], groups: [], orders: [] };
    if (options.summaries !== "per-statement") await deferSummaryTriggers(tx);
    for (let done = 0; done < orderCount + lostCount; ) {
      const batch = new TableRows();
      const end = Math.min(done + HISTORY_BATCH, orderCount + lostCount);
      for (; done < end; done++) {
        if (done < orderCount) addOrder(ctx, batch, index, orderCount - done <= 500);
        else addLostJob(ctx, batch, index);
      }
      await batch.writeTo(tx);
      for (const [table, n] of Object.entries(batch.counts())) counts[table] = (counts[table] ?? 0) + n;
      written.jobs.push(...batch.ids("Job"));
      written.groups.push(...batch.ids("JointOrderGroup"));
      written.orders.push(...batch.ids("Order"));
      progress(`history ${done}/${orderCount + lostCount}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    if (options.summaries !== "per-statement") {
      await catchUp(tx, written);
      progress(`history summaries: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  });

  await stampJobDatesFromHistory(db.sql);
  // What the standing groups' query below reads (planned on empty-table estimates it once ran for
  // half an hour); the whole database is analysed before the records are refreshed. Analysing the
  // whole database here as well took ~25 s at 100,000 orders.
  await db.sql.query(`ANALYZE "JointOrderGroup", "Order", "OrderRating", "GroupMember", "GroupStepAssignment"`);
  progress(`history analysed: ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const activity = new TableRows();
  addFirmActivity(random, activity, firms, today);
  await flush(activity);
  counts.Notification = await addDemoNotifications(db.sql, today);
  progress(`activity, notifications: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // Before the records are refreshed: its finished step counts in the demo firm's figures.
  counts.FirmOutage = await addOutageDemo(db, today, buyers[0]!, firmById.get(demoFirms.otaMachining)!, [demoFirms.otaMachining, demoFirms.sumidaPress, demoFirms.pendingFirm]);
  counts.StandingGroup = await addStandingGroups(db.sql, firmCount, today);
  progress(`standing groups: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // Fresh statistics before the first summaries: autovacuum has not seen the bulk load yet, and
  // plans made on empty-table estimates can be orders of magnitude off. VACUUM also marks the
  // pages all-visible, so index-only scans (matching's exposure, materials) need no heap visits.
  await db.sql.query("VACUUM ANALYZE");
  await refreshMatchingRecords(db.sql);
  return { counts, seconds: (Date.now() - started) / 1000 };
}
