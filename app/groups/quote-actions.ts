"use server";
// Quote actions (見積): a member prices its steps, the lead firm sets and sends the group's offer,
// the buyer asks for a revision or declines. Each checks its permission first (defineAction);
// lib/quotes then loads the group in the caller's scope and checks the object.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { getDatabase } from "@/lib/db/client";
import { declineOffer as decline, requestRevision } from "@/lib/quotes/buyer-decisions";
import { saveOfferDraft as saveDraft, sendOffer as send } from "@/lib/quotes/offers";
import { saveQuoteLine as saveLine } from "@/lib/quotes/quote-lines";
import { declineSchema, offerDraftSchema, quoteLineSchema, revisionSchema, sendOfferSchema } from "@/lib/quotes/schemas";

const refreshQuotePages = () => {
  revalidatePath("/groups/[id]", "page");
  revalidatePath("/jobs/[id]/offers", "page");
};

export const saveQuoteLine = defineAction({
  name: "quote.price",
  oneTime: true,
  permission: "quote.price",
  schema: quoteLineSchema,
  successMessage: "quotes.saved",
  handler: async ({ input, viewer }) => {
    const result = await saveLine(await getDatabase(), viewer, input);
    refreshQuotePages();
    return result;
  },
});

export const saveOfferDraft = defineAction({
  name: "offer.draft",
  permission: "offer.send",
  schema: offerDraftSchema,
  successMessage: "quotes.saved",
  handler: async ({ input, viewer }) => {
    const result = await saveDraft(await getDatabase(), viewer, input);
    refreshQuotePages();
    return result;
  },
});

export const sendOffer = defineAction({
  name: "offer.send",
  permission: "offer.send",
  schema: sendOfferSchema,
  successMessage: "quotes.sent",
  handler: async ({ input, viewer }) => {
    const result = await send(await getDatabase(), viewer, input);
    refreshQuotePages();
    return { offerId: result.offerId };
  },
});

export const requestOfferRevision = defineAction({
  name: "offer.revision",
  oneTime: true,
  permission: "offer.decide",
  schema: revisionSchema,
  successMessage: "quotes.revisionRequested",
  handler: async ({ input, viewer }) => {
    await requestRevision(await getDatabase(), viewer, input);
    refreshQuotePages();
    return null;
  },
});

export const declineOffer = defineAction({
  name: "offer.decline",
  oneTime: true,
  permission: "offer.decide",
  schema: declineSchema,
  successMessage: "quotes.declined",
  handler: async ({ input, viewer }) => {
    await decline(await getDatabase(), viewer, input);
    refreshQuotePages();
    return null;
  },
});
