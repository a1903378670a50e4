"use server";
// The signed-in user's notification settings (part of the own profile, like language and password).
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db/client";
import { setPreferences } from "@/lib/notifications/preferences";
import { preferencesFormSchema } from "@/lib/notifications/preferences-schema";

export const saveNotificationPreferences = defineAction({
  name: "notification.preferences",
  permission: "profile.update",
  schema: preferencesFormSchema,
  handler: async ({ input, viewer }) => {
    const result = await setPreferences(await getPrisma(), viewer, input);
    revalidatePath("/profile/notifications");
    return result;
  },
});
