// npm run bench:offers [-- --runs N]
// Times the buyer's offer comparison (lib/quotes/comparison.ts) at the data layer against the
// database in DATABASE_URL (seed it first: `npm run db:seed -- --firms 10000 --orders 100000`),
// for a job with 5 group offers of 6 members each (made here, removed afterwards), and the
// reference range a member sees while pricing. Prints p50/p95 and ends with one JSON line.
import { parseArgs } from "node:util";
import type { Viewer } from "@/lib/auth/viewer-types";
import { openDatabaseForScript } from "@/lib/db/client";
import { compareOffers } from "@/lib/quotes/comparison";
import { loadReferenceRange } from "@/lib/quotes/reference-data";

const { values } = parseArgs({ options: { runs: { type: "string", default: "30" } } });
const runs = Math.max(1, Number(values.runs));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const GROUPS = 5;
const MEMBERS = 6;

async function time(label: string, run: () => Promise<unknown>) {
  await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const result = { label, p50: Math.round(percentile(times, 50) * 10) / 10, p95: Math.round(percentile(times, 95) * 10) / 10 };
  console.log(`${label.padEnd(28)} p50 ${String(result.p50).padStart(7)} ms   p95 ${String(result.p95).padStart(7)} ms`);
  return result;
}

async function main() {
  const db = await openDatabaseForScript();
  const prisma = db.prisma;
  const buyerUser = await prisma.user.findFirst({ where: { role: "BUYER", email: "buyer@demo.kyodo.example" }, select: { id: true, name: true, email: true, buyerOrgId: true } });
  if (!buyerUser?.buyerOrgId) throw new Error("no demo buyer: seed the database first");
  const firms = await prisma.firm.findMany({ where: { status: "VERIFIED" }, orderBy: { id: "asc" }, take: GROUPS * MEMBERS, select: { id: true } });
  const now = new Date();
  const day = (offset: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset));
  const processes = ["turning", "milling", "grinding", "heat_treatment", "plating", "inspection"];
  const job = await prisma.job.create({
    data: { buyerOrgId: buyerUser.buyerOrgId, titleJa: "ベンチマーク：見積比較", quantity: 500, deadline: day(90), status: "GROUPS_INVITED", publishedAt: now, budgetMinYen: 5_000_000n, budgetMaxYen: 9_000_000n, steps: { create: processes.map((processCode, i) => ({ position: i + 1, processCode, quantity: 500 })) } },
    select: { id: true, steps: { orderBy: { position: "asc" }, select: { id: true, position: true, processCode: true } } },
  });
  try {
    for (let g = 0; g < GROUPS; g++) {
      const members = firms.slice(g * MEMBERS, (g + 1) * MEMBERS);
      const group = await prisma.jointOrderGroup.create({ data: { jobId: job.id, leadFirmId: members[0]!.id, status: "APPROVED", formedAt: now }, select: { id: true } });
      const offer = await prisma.groupOffer.create({ data: { groupId: group.id, jobId: job.id, version: 1, number: `BENCH-${g}`, status: "DRAFT", validUntil: day(30), createdAt: now } });
      const lines = [];
      for (const [i, firm] of members.entries()) {
        const member = await prisma.groupMember.create({ data: { groupId: group.id, firmId: firm.id, isLead: i === 0, status: "ACCEPTED", shareBasisPoints: Math.floor(10_000 / MEMBERS) } });
        const step = job.steps[i]!;
        const assignment = await prisma.groupStepAssignment.create({ data: { groupId: group.id, memberId: member.id, jobStepId: step.id, processCode: step.processCode, quantity: 500 } });
        lines.push({ offerId: offer.id, position: i + 1, kind: "STEP" as const, assignmentId: assignment.id, memberId: member.id, firmId: firm.id, stepPosition: step.position, processCode: step.processCode, quantity: 500, unitPriceYen: 1_000n + BigInt(g * 50 + i), amountYen: 500_000n + BigInt(g * 25_000), plannedStart: day(i * 5), plannedEnd: day(i * 5 + 4), critical: true });
      }
      await prisma.offerLine.createMany({ data: lines });
      const subtotal = lines.reduce((s, l) => s + l.amountYen, 0n);
      await prisma.groupOffer.update({ where: { id: offer.id }, data: { status: "SENT", sentAt: now, subtotalYen: subtotal, taxYen: subtotal / 10n, totalYen: subtotal + subtotal / 10n, committedDelivery: day(40) } });
      await prisma.offerStatusChange.create({ data: { offerId: offer.id, fromStatus: "DRAFT", toStatus: "SENT", createdAt: now } });
    }
    const viewer: Viewer = { userId: buyerUser.id, name: buyerUser.name, email: buyerUser.email, role: "BUYER", locale: "ja", firmId: null, firmStatus: null, associationId: null, buyerOrgId: buyerUser.buyerOrgId, federationId: null, twoFactorPending: false };
    const check = await compareOffers(db, viewer, job.id, now);
    if (check.columns.length !== GROUPS || check.columns.some((c) => c.members.length !== MEMBERS)) throw new Error("the comparison did not see 5 offers of 6 members");
    const results = [
      await time("compareOffers (5×6)", () => compareOffers(db, viewer, job.id, now)),
      await time("referenceRange turning/ferrous/100–999", () => loadReferenceRange(db, { processCode: "turning", materialCategory: "FERROUS", quantity: 500 })),
    ];
    const accepted = await prisma.groupOffer.count({ where: { status: "ACCEPTED" } });
    console.log(JSON.stringify({ bench: "offers", runs, acceptedOffers: accepted, results }));
  } finally {
    await prisma.job.delete({ where: { id: job.id } });
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
