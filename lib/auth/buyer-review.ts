// A new buyer organisation's first job is reviewed by staff before firms see it. The job board
// calls this when a buyer publishes: true → status UNDER_REVIEW, false → OPEN.
import "server-only";
import { getPrisma } from "@/lib/db/client";
import { clock } from "@/lib/clock";

export async function requiresFirstJobReview(buyerOrgId: string): Promise<boolean> {
  const prisma = await getPrisma();
  const [org, setting] = await Promise.all([
    prisma.buyerOrganization.findUnique({ where: { id: buyerOrgId }, select: { firstJobApprovedAt: true } }),
    prisma.setting.findUnique({ where: { key: "buyers.firstJobReview" }, select: { value: true } }),
  ]);
  if (setting?.value === false) return false; // the system admin turned first-job review off
  return !org || org.firstJobApprovedAt === null;
}

/** Staff approved the organisation's first job: later jobs publish directly. */
export async function markFirstJobApproved(buyerOrgId: string, now = clock.now()): Promise<void> {
  const prisma = await getPrisma();
  await prisma.buyerOrganization.updateMany({ where: { id: buyerOrgId, firstJobApprovedAt: null }, data: { firstJobApprovedAt: now } });
}
