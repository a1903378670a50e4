"use server";
// Standing-group actions. Each checks its permission first (defineAction); lib/groups/standing
// then loads the group in the caller's scope and checks the object (lead, member, association).
// Answering an invitation and the staff decision use the job groups' actions (app/groups/actions.ts).
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { getDatabase } from "@/lib/db/client";
import { formStandingGroup } from "@/lib/groups/standing/form";
import { askApprovalAgain, endStandingGroup, removeStandingMember, updateStandingProfile } from "@/lib/groups/standing/manage";
import { formStandingSchema, standingEndSchema, standingMemberSchema, standingProfileSchema } from "@/lib/groups/standing/schemas";

const refresh = () => {
  revalidatePath("/groups/standing/[id]", "page");
  revalidatePath("/groups");
};

export const formStanding = defineAction({
  name: "group.standing.form",
  oneTime: true,
  permission: "group.standing.form",
  schema: formStandingSchema,
  handler: async ({ input, viewer }) => formStandingGroup(await getDatabase(), viewer, input),
});

export const updateStanding = defineAction({
  name: "group.standing.update",
  permission: "group.update",
  schema: standingProfileSchema,
  handler: async ({ input, viewer }) => {
    await updateStandingProfile(await getDatabase(), viewer, input);
    refresh();
    return null;
  },
});

export const askStandingApproval = defineAction({
  name: "group.standing.resubmit",
  permission: "group.update",
  schema: standingProfileSchema.pick({ groupId: true, version: true }),
  handler: async ({ input, viewer }) => {
    await askApprovalAgain(await getDatabase(), viewer, input);
    refresh();
    return null;
  },
});

export const endStanding = defineAction({
  name: "group.standing.end",
  permission: "group.update",
  schema: standingEndSchema,
  handler: async ({ input, viewer }) => {
    await endStandingGroup(await getDatabase(), viewer, input);
    refresh();
    return null;
  },
});

export const removeStandingMemberAction = defineAction({
  name: "group.standing.removeMember",
  permission: ["group.respond", "group.update"],
  schema: standingMemberSchema,
  handler: async ({ input, viewer }) => {
    const result = await removeStandingMember(await getDatabase(), viewer, input);
    refresh();
    return result;
  },
});
