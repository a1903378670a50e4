import { z } from "zod";

/** One of the viewer's notifications (hidden field); "read" false marks it unread again. */
export const markReadSchema = z.object({
  id: z.uuid(),
  read: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
});

export const markAllReadSchema = z.object({});
