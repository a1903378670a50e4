// A member firm prices the steps it is assigned (QuoteLine), from its invitation until the order.
// The line is the member's own: no other member sees it, only the lead firm (which turns the lines
// into the group's offer). A change after an offer was sent starts a new draft version.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { DomainError, NotFoundError } from "@/lib/authz";
import { clock } from "@/lib/clock";
import type { Database } from "@/lib/db/client";
import type { GroupStatus } from "@/lib/generated/prisma/enums";
import { loadGroupRef } from "@/lib/groups/group-access";
import { ensureDraft } from "./drafts";
import type { QuoteLineInput } from "./schemas";
import { tokyoDay } from "./working-days";

/** While the group can still change, its members can price; after the order the offer governs. */
export const PRICING_STATUSES: readonly GroupStatus[] = ["INVITING", "PENDING_APPROVAL", "SENT_BACK", "APPROVED"];
const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function saveQuoteLine(db: Database, viewer: Viewer, input: QuoteLineInput, now = clock.now()) {
  const assignment = await db.prisma.groupStepAssignment.findUnique({
    where: { id: input.assignmentId },
    select: { id: true, groupId: true, memberId: true, member: { select: { firmId: true, status: true } }, group: { select: { jobId: true, job: { select: { deliveryPlace: true } } } } },
  });
  if (!assignment) throw new NotFoundError("group");
  const { group } = await loadGroupRef(db.prisma, viewer, assignment.groupId, "quote.price");
  // A member of the group pricing someone else's step: said next to the step, not hidden as a 404.
  if (assignment.member.firmId !== viewer.firmId) throw new DomainError("quotes.problems.notYourStep", {}, "assignmentId");
  if (assignment.member.status !== "INVITED" && assignment.member.status !== "ACCEPTED") throw new DomainError("quotes.errors.notActiveMember");
  if (!PRICING_STATUSES.includes(group.status) || !assignment.group.jobId) throw new DomainError("quotes.errors.closed");
  if (input.validUntil < tokyoDay(now)) throw new DomainError("quotes.problems.validityPast", {}, "validUntil");

  const values = {
    unitPriceYen: input.unitPriceYen, setupYen: input.setupYen, toolingYen: input.toolingYen, materialSupply: input.materialSupply,
    materialYen: input.materialSupply === "FIRM" ? input.materialYen : 0n, leadTimeDays: input.leadTimeDays,
    earliestStart: asDate(input.earliestStart), validUntil: asDate(input.validUntil), conditions: input.conditions, updatedById: viewer.userId, updatedAt: now,
  };
  return db.prisma.$transaction(async (tx) => {
    const draft = await ensureDraft(tx, { id: group.id, jobId: assignment.group.jobId!, deliveryPlace: assignment.group.job?.deliveryPlace ?? "" }, now);
    // The line applies only over the version the member saw: a colleague's save in between is not lost silently.
    const saved = input.version < 0
      ? await tx.quoteLine.createMany({ data: [{ ...values, assignmentId: assignment.id, groupId: group.id, memberId: assignment.memberId, firmId: viewer.firmId!, createdAt: now }], skipDuplicates: true })
      : await tx.quoteLine.updateMany({ where: { assignmentId: assignment.id, version: input.version }, data: { ...values, version: { increment: 1 } } });
    if (saved.count !== 1) throw new DomainError("quotes.errors.lineChanged");
    return { draftOfferId: draft.id };
  });
}
