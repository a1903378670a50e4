"use server";
// Staff verify, reject, suspend or reinstate firms of their scope (404 outside it).
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { decideFirm as decide } from "@/lib/auth/firm-verification";
import { firmDecisionSchema } from "@/lib/validation/auth-schemas";

const MESSAGES = { verify: "verifications.verified", reject: "verifications.rejected", suspend: "verifications.suspended", reinstate: "verifications.verified" } as const;

export const decideFirm = defineAction({
  name: "firm.decide",
  permission: "firm.verify",
  schema: firmDecisionSchema,
  handler: async ({ input, viewer, t }) => {
    const result = await decide(viewer, input.firmId, input.decision, input.reason);
    revalidatePath("/staff/verifications");
    return { ...result, notice: t(MESSAGES[input.decision], { firm: result.name }) };
  },
});
