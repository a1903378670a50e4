"use server";
// KPI actions: staff record business events; federation staff set the targets of a fiscal year.
// Each checks its permission first (defineAction); lib/kpi then checks the scope.
import { revalidatePath } from "next/cache";
import { kpiFiguresCache } from "@/lib/kpi/figures-cache";
import { defineAction } from "@/lib/actions/define-action";
import { getDatabase } from "@/lib/db/client";
import { recordBusinessEvent } from "@/lib/kpi/business-events";
import { businessEventSchema, targetsSchema } from "@/lib/kpi/schemas";
import { saveTargets } from "@/lib/kpi/targets";

export const recordEvent = defineAction({
  name: "kpi.event.record",
  oneTime: true,
  permission: "event.manage",
  schema: businessEventSchema,
  successMessage: "kpi.events.saved",
  handler: async ({ input, viewer }) => {
    const event = await recordBusinessEvent(await getDatabase(), viewer, input);
    kpiFiguresCache.clear();
    revalidatePath("/kpi");
    return event;
  },
});

export const saveKpiTargets = defineAction({
  name: "kpi.targets.save",
  permission: "kpi.targets.manage",
  schema: targetsSchema,
  successMessage: "kpi.targets.saved",
  handler: async ({ input, viewer }) => {
    await saveTargets(await getDatabase(), viewer, input);
    kpiFiguresCache.clear();
    revalidatePath("/kpi");
    return null;
  },
});
