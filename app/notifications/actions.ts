"use server";
// The viewer's own notifications: mark one read or unread, mark all read. Scoped to the viewer in
// lib/notifications/inbox.ts (another user's notification id is simply not found).
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db/client";
import { markAllRead, markRead } from "@/lib/notifications/inbox";
import { markAllReadSchema, markReadSchema } from "@/lib/notifications/inbox-schema";

export const markNotificationRead = defineAction({
  name: "notification.markRead",
  permission: "notification.view",
  schema: markReadSchema,
  handler: async ({ input, viewer }) => {
    await markRead(await getPrisma(), viewer, input.id, input.read);
    revalidatePath("/", "layout"); // the bell in the header counts unread ones
    return null;
  },
});

export const markAllNotificationsRead = defineAction({
  name: "notification.markAllRead",
  permission: "notification.view",
  schema: markAllReadSchema,
  handler: async ({ viewer }) => {
    const result = await markAllRead(await getPrisma(), viewer);
    revalidatePath("/", "layout");
    return result;
  },
});
