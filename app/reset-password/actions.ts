"use server";
// Password reset: ask for a link (same answer whether or not the account exists), then set it.
import { defineAction } from "@/lib/actions/define-action";
import { requestPasswordReset as sendResetLink, resetPassword as setNewPassword } from "@/lib/auth/passwords";
import { passwordResetRequestSchema, passwordResetSchema } from "@/lib/validation/auth-schemas";

export const requestPasswordReset = defineAction({
  name: "password.reset.request",
  permission: "public",
  schema: passwordResetRequestSchema,
  successMessage: "reset.requestSent",
  handler: async ({ input, locale }) => {
    await sendResetLink(input.email, locale);
    return null;
  },
});

export const resetPassword = defineAction({
  name: "password.reset",
  permission: "public",
  schema: passwordResetSchema,
  successMessage: "reset.done",
  handler: async ({ input }) => {
    await setNewPassword(input.token, input.password);
    return null;
  },
});
