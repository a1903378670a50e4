"use server";
// One tap on the capacity screen: the firm's availability for one process and week.
import { defineAction } from "@/lib/actions/define-action";
import { declareWeek } from "@/lib/capacity/declarations";
import { declarationSchema } from "@/lib/capacity/schema";
import { getDatabase } from "@/lib/db/client";

export const declareCapacity = defineAction({
  name: "capacity.declare",
  permission: "capacity.declare",
  schema: declarationSchema,
  handler: async ({ input, viewer }) => {
    const saved = await declareWeek(await getDatabase(), viewer, input);
    return { ...saved, declaredAt: saved.declaredAt.toISOString() };
  },
});
