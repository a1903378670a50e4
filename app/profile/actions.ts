"use server";
// The signed-in user's own account: name, language, password and two-factor sign-in.
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { defineAction } from "@/lib/actions/define-action";
import { changePassword as change } from "@/lib/auth/passwords";
import { confirmEnrolment, disableTwoFactor as disable, regenerateRecoveryCodes as regenerate, startEnrolment } from "@/lib/auth/two-factor";
import { getPrisma } from "@/lib/db/client";
import { changePasswordSchema, confirmTwoFactorSchema, disableTwoFactorSchema, emptySchema, profileSchema } from "@/lib/validation/auth-schemas";

export const updateProfile = defineAction({
  name: "profile.update",
  permission: "profile.update",
  schema: profileSchema,
  successMessage: "profile.saved",
  handler: async ({ input, viewer }) => {
    const prisma = await getPrisma();
    await prisma.user.update({ where: { id: viewer.userId }, data: { name: input.name, locale: input.locale } });
    (await cookies()).set("NEXT_LOCALE", input.locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
    revalidatePath("/", "layout");
    return null;
  },
});

export const changePassword = defineAction({
  name: "profile.password",
  permission: "profile.update",
  schema: changePasswordSchema,
  successMessage: "profile.passwordChanged",
  handler: async ({ input, viewer }) => {
    await change(viewer, input.currentPassword, input.password);
    return null;
  },
});

export const startTwoFactor = defineAction({
  name: "profile.2fa.start",
  permission: "profile.update",
  schema: emptySchema,
  handler: async ({ viewer }) => startEnrolment(viewer),
});

export const enableTwoFactor = defineAction({
  name: "profile.2fa.enable",
  permission: "profile.update",
  schema: confirmTwoFactorSchema,
  successMessage: "profile.enabled",
  handler: async ({ input, viewer }) => {
    // No revalidation here: re-rendering the page would replace the enrolment form, and with it the
    // recovery codes shown only this once. The "continue" link loads fresh pages.
    return confirmEnrolment(viewer, input.code);
  },
});

export const regenerateRecoveryCodes = defineAction({
  name: "profile.2fa.recovery",
  permission: "profile.update",
  schema: emptySchema,
  handler: async ({ viewer }) => regenerate(viewer),
});

export const disableTwoFactor = defineAction({
  name: "profile.2fa.disable",
  permission: "profile.update",
  schema: disableTwoFactorSchema,
  successMessage: "profile.disabled",
  handler: async ({ input, viewer }) => {
    await disable(viewer, input.currentPassword, input.code);
    return null;
  },
});
