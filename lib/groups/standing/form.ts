// A group that worked well stays together (恒常的な共同受注体制): a member firm of a delivered and
// accepted job group proposes a standing group with a name and a profile, leads it, and invites
// the firms it delivered with. Once every invited firm has answered and at least two firms stay,
// staff of their associations approve it the same way as a job group (lib/groups/approvals.ts).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-types";
import { audit } from "@/lib/audit/log";
import { DomainError } from "@/lib/authz";
import type { Database } from "@/lib/db/client";
import { announceInvitations } from "../announce";
import { loadGroupRef } from "../group-access";
import { clock } from "@/lib/clock";

export interface StandingProfileInput {
  name: string;
  descriptionJa: string;
  descriptionEn: string;
}

/** Statuses in which a standing group still exists or is being formed. */
export const LIVE_STANDING_STATUSES = ["INVITING", "PENDING_APPROVAL", "SENT_BACK", "APPROVED"] as const;

export async function formStandingGroup(db: Database, viewer: Viewer, input: StandingProfileInput & { originGroupId: string; firmIds: readonly string[] }, now = clock.now()) {
  const { group: origin } = await loadGroupRef(db.prisma, viewer, input.originGroupId, "group.standing.form");
  if (origin.kind !== "JOB" || origin.status !== "CLOSED") throw new DomainError("groups.standing.errors.notDelivered");
  const delivered = new Set(origin.members.filter((m) => m.status === "ACCEPTED").map((m) => m.firmId));
  const chosen = [...new Set([viewer.firmId!, ...input.firmIds])];
  if (chosen.some((firmId) => !delivered.has(firmId))) throw new DomainError("groups.standing.errors.notFromGroup", {}, "firmIds");
  if (chosen.length < 2) throw new DomainError("groups.standing.errors.tooFew", {}, "firmIds");

  const existing = await db.prisma.jointOrderGroup.findFirst({ where: { kind: "STANDING", originGroupId: origin.id, status: { in: [...LIVE_STANDING_STATUSES] } }, select: { id: true } });
  if (existing) return { groupId: existing.id, created: false };

  const groupId = await db.prisma.$transaction(async (tx) => {
    const group = await tx.jointOrderGroup.create({
      data: {
        kind: "STANDING", name: input.name, descriptionJa: input.descriptionJa, descriptionEn: input.descriptionEn,
        leadFirmId: viewer.firmId!, originGroupId: origin.id, contractModel: origin.contractModel, status: "INVITING", proposedById: viewer.userId,
      },
      select: { id: true },
    });
    // The proposing firm has agreed by proposing; the others answer without a deadline (the
    // lead may withdraw an invitation nobody answers), as no job is waiting on them.
    await tx.groupMember.createMany({
      data: chosen.map((firmId) => {
        const lead = firmId === viewer.firmId;
        return { groupId: group.id, firmId, isLead: lead, status: lead ? "ACCEPTED" : "INVITED", invitedAt: now, inviteExpiresAt: null, respondedAt: lead ? now : null, respondedById: lead ? viewer.userId : null };
      }),
    });
    await tx.groupStatusChange.create({ data: { groupId: group.id, fromStatus: null, toStatus: "INVITING", actorId: viewer.userId } });
    return group.id;
  });
  await audit({ action: "group.standing.form", actor: { userId: viewer.userId, role: viewer.role }, targetType: "group", targetId: groupId, details: { originGroupId: origin.id, firms: chosen.length } });
  await announceInvitations(db, groupId, chosen.filter((firmId) => firmId !== viewer.firmId));
  return { groupId, created: true };
}
