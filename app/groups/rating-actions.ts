"use server";
// A member firm rates the buyer of its accepted order (lib/ratings). Permission first
// (defineAction), then lib/ratings checks that the firm was a member and the order is accepted.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { getDatabase } from "@/lib/db/client";
import { rateBuyer } from "@/lib/ratings/buyer-ratings";
import { buyerRatingSchema } from "@/lib/ratings/schemas";

export const rateGroupBuyer = defineAction({
  name: "buyer.rate",
  permission: "buyer.rate",
  schema: buyerRatingSchema,
  successMessage: "ratings.buyer.thanks",
  handler: async ({ input, viewer }) => {
    const result = await rateBuyer(await getDatabase(), viewer, input);
    revalidatePath(`/groups/${input.groupId}`);
    return result;
  },
});
