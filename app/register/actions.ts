"use server";
// Self-registration of a member firm (pending until verified) or a buyer organisation.
import { defineAction } from "@/lib/actions/define-action";
import { registerBuyer as registerBuyerAccount, registerFirm as registerFirmAccount } from "@/lib/auth/registration";
import { registerBuyerSchema, registerFirmSchema } from "@/lib/validation/auth-schemas";

export const registerFirm = defineAction({
  name: "register.firm",
  permission: "public",
  schema: registerFirmSchema,
  successMessage: "register.firmDone",
  handler: async ({ input }) => {
    await registerFirmAccount(input);
    return { email: input.email };
  },
});

export const registerBuyer = defineAction({
  name: "register.buyer",
  permission: "public",
  schema: registerBuyerSchema,
  successMessage: "register.buyerDone",
  handler: async ({ input }) => {
    await registerBuyerAccount(input);
    return { email: input.email };
  },
});
