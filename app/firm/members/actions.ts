"use server";
// Firm administrators invite and remove the members of their own firm.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { z } from "zod";
import { inviteMember as invite, removeMember as remove, resendMemberInvitation, setPricesForMembers } from "@/lib/auth/members";
import { inviteMemberSchema, userIdSchema } from "@/lib/validation/auth-schemas";

export const inviteMember = defineAction({
  name: "members.invite",
  oneTime: true,
  permission: "firm.members.manage",
  schema: inviteMemberSchema,
  handler: async ({ input, viewer, t }) => {
    await invite(viewer, input);
    revalidatePath("/firm/members");
    return { notice: t("members.invited", { email: input.email }) };
  },
});

export const resendInvitation = defineAction({
  name: "members.resend",
  permission: "firm.members.manage",
  schema: userIdSchema,
  handler: async ({ input, viewer }) => {
    await resendMemberInvitation(viewer, input.userId);
    return null;
  },
});

export const removeMember = defineAction({
  name: "members.remove",
  permission: "firm.members.manage",
  schema: userIdSchema,
  successMessage: "members.removed",
  handler: async ({ input, viewer }) => {
    await remove(viewer, input.userId);
    revalidatePath("/firm/members");
    return null;
  },
});

/** The firm admin lets shop-floor members see quote prices, or stops it. */
export const setMemberPriceVisibility = defineAction({
  name: "members.prices",
  permission: "firm.members.manage",
  schema: z.object({ show: z.enum(["true", "false"], { error: "validation.choose" }).transform((v) => v === "true") }),
  successMessage: "members.pricesSaved",
  handler: async ({ input, viewer }) => {
    await setPricesForMembers(viewer, input.show);
    revalidatePath("/firm/members");
    return null;
  },
});
