"use server";
// Joint-order group actions. Each checks its permission first (defineAction); lib/groups then
// loads the group in the caller's scope and checks the object (member, association, buyer).
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/authz";
import { UploadRejectedError } from "@/lib/uploads/storage";
import { getDatabase } from "@/lib/db/client";
import { confirmAgreement } from "@/lib/groups/agreement";
import { cancelGroup as cancel } from "@/lib/groups/cancel";
import { decideApproval } from "@/lib/groups/approvals";
import { acceptDelivery, awardGroup as award, confirmHandoff, markDelivered, recordQuality, reportProgress } from "@/lib/groups/orders";
import { composeGroup as compose, lookupFirmsForCompose } from "@/lib/groups/compose";
import { proposeFromSuggestion } from "@/lib/groups/propose";
import { replaceMember } from "@/lib/groups/replacement";
import { respondToInvitation } from "@/lib/groups/respond";
import { resubmitGroup as resubmit } from "@/lib/groups/resubmit";
import { acceptDeliverySchema, approvalSchema, awardSchema, cancelSchema, composeLookupSchema, composeSchema, confirmAgreementSchema, groupIdSchema, handoffSchema, progressSchema, proposeSchema, qualitySchema, replaceSchema, respondSchema, resubmitSchema } from "@/lib/groups/schemas";

const refresh = (groupId: string) => revalidatePath(`/groups/${groupId}`);
// Actions addressed by a step (assignment) rather than a group refresh every group page.
const refreshGroupPages = () => revalidatePath("/groups/[id]", "page");

export const proposeGroup = defineAction({
  name: "group.propose",
  oneTime: true,
  permission: "group.propose",
  schema: proposeSchema,
  handler: async ({ input, viewer }) => proposeFromSuggestion(await getDatabase(), viewer, input),
});

/** A group composed by hand by the buyer, or by a firm as its lead (lib/groups/compose.ts). */
export const composeGroup = defineAction({
  name: "group.compose",
  oneTime: true,
  permission: "group.compose",
  schema: composeSchema,
  handler: async ({ input, viewer }) => {
    const result = await compose(await getDatabase(), viewer, input);
    revalidatePath(`/jobs/${input.jobId}`);
    return result;
  },
});

/** Read-only: what a firm found by name can do for each step of the job, and why not. */
export const lookupComposeFirms = defineAction({
  name: "group.compose.lookup",
  permission: "group.compose",
  schema: composeLookupSchema,
  handler: async ({ input, viewer, locale }) => lookupFirmsForCompose(await getDatabase(), viewer, input, undefined, locale),
});

export const respondToGroup = defineAction({
  name: "group.respond",
  permission: "group.respond",
  schema: respondSchema,
  handler: async ({ input, viewer }) => {
    const result = await respondToInvitation(await getDatabase(), viewer, input);
    refresh(input.groupId);
    return result;
  },
});

export const decideGroupApproval = defineAction({
  name: "group.approve",
  permission: "group.approve",
  schema: approvalSchema,
  handler: async ({ input, viewer }) => {
    const result = await decideApproval(await getDatabase(), viewer, input);
    revalidatePath("/staff/approvals");
    refreshGroupPages();
    return result;
  },
});

export const confirmGroupAgreement = defineAction({
  name: "group.agreement.confirm",
  permission: "group.respond",
  schema: confirmAgreementSchema,
  handler: async ({ input, viewer }) => {
    await confirmAgreement(await getDatabase(), viewer, input);
    refresh(input.groupId);
    return null;
  },
});

export const awardGroup = defineAction({
  name: "group.award",
  oneTime: true,
  permission: "group.award",
  schema: awardSchema,
  handler: async ({ input, viewer }) => {
    await award(await getDatabase(), viewer, input);
    refresh(input.groupId);
    revalidatePath("/jobs/[id]/offers", "page");
    return null;
  },
});

export const reportStepProgress = defineAction({
  name: "progress.report",
  oneTime: true,
  permission: "progress.report",
  schema: progressSchema,
  handler: async ({ input, viewer }) => {
    const photo = input.photo ? { bytes: new Uint8Array(await input.photo.arrayBuffer()), name: input.photo.name } : undefined;
    await reportProgress(await getDatabase(), viewer, { ...input, photo }).catch((error: unknown) => {
      if (error instanceof UploadRejectedError) throw new DomainError(`groups.progress.photo.${error.problem}`, {}, "photo");
      throw error;
    });
    refreshGroupPages();
    return null;
  },
});

export const confirmStepHandoff = defineAction({
  name: "progress.handoff",
  permission: "progress.report",
  schema: handoffSchema,
  handler: async ({ input, viewer }) => {
    await confirmHandoff(await getDatabase(), viewer, input);
    refreshGroupPages();
    return null;
  },
});

export const recordQualityRecord = defineAction({
  name: "quality.report",
  oneTime: true,
  permission: "quality.report",
  schema: qualitySchema,
  handler: async ({ input, viewer }) => {
    const record = await recordQuality(await getDatabase(), viewer, input);
    refreshGroupPages();
    return record;
  },
});

export const markGroupDelivered = defineAction({
  name: "group.deliver",
  permission: "progress.report",
  schema: groupIdSchema,
  handler: async ({ input, viewer }) => {
    await markDelivered(await getDatabase(), viewer, input);
    refresh(input.groupId);
    return null;
  },
});

export const acceptGroupDelivery = defineAction({
  name: "order.accept",
  permission: "group.award",
  schema: acceptDeliverySchema,
  handler: async ({ input, viewer }) => {
    await acceptDelivery(await getDatabase(), viewer, input);
    refresh(input.groupId);
    return null;
  },
});

export const replaceGroupMember = defineAction({
  name: "group.replaceMember",
  permission: "group.award",
  schema: replaceSchema,
  handler: async ({ input, viewer }) => {
    await replaceMember(await getDatabase(), viewer, input);
    refresh(input.groupId);
    return null;
  },
});

export const resubmitGroup = defineAction({
  name: "group.resubmit",
  permission: "group.resubmit",
  schema: resubmitSchema,
  handler: async ({ input, viewer }) => {
    const result = await resubmit(await getDatabase(), viewer, input);
    refresh(input.groupId);
    return result;
  },
});

export const cancelGroup = defineAction({
  name: "group.cancel",
  permission: "group.cancel",
  schema: cancelSchema,
  handler: async ({ input, viewer }) => {
    await cancel(await getDatabase(), viewer, input);
    refresh(input.groupId);
    revalidatePath("/staff/approvals");
    return null;
  },
});
