"use server";
// Non-conformance actions. Each checks its permission first (defineAction); lib/quality then loads
// the non-conformance through its group in the caller's scope and asks the lifecycle table.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { getDatabase } from "@/lib/db/client";
import { acknowledgeNcCost, assignNc, moveNcStage, raiseNc, recordRma, resolveRma } from "@/lib/quality/non-conformances";
import { acknowledgeNcSchema, assignNcSchema, moveNcSchema, raiseNcSchema, resolveRmaSchema, rmaSchema } from "@/lib/quality/nc-schemas";

// A non-conformance shows on its own page, its group's page and the group's quality page.
const refresh = () => {
  revalidatePath("/groups/[id]", "page");
  revalidatePath("/groups/[id]/quality", "page");
  revalidatePath("/groups/[id]/quality/nc/[ncId]", "page");
};

export const raiseNonConformance = defineAction({
  name: "nc.raise",
  oneTime: true,
  permission: "nc.raise",
  schema: raiseNcSchema,
  handler: async ({ input, viewer }) => {
    const result = await raiseNc(await getDatabase(), viewer, input);
    refresh();
    return result;
  },
});

export const assignNonConformance = defineAction({
  name: "nc.assign",
  permission: "nc.assign",
  schema: assignNcSchema,
  handler: async ({ input, viewer }) => {
    await assignNc(await getDatabase(), viewer, input);
    refresh();
    return null;
  },
});

export const moveNonConformance = defineAction({
  name: "nc.move",
  permission: "nc.work",
  schema: moveNcSchema,
  handler: async ({ input, viewer }) => {
    await moveNcStage(await getDatabase(), viewer, input);
    refresh();
    return null;
  },
});

export const acknowledgeNonConformanceCost = defineAction({
  name: "nc.acknowledge",
  permission: "nc.acknowledge",
  schema: acknowledgeNcSchema,
  handler: async ({ input, viewer }) => {
    await acknowledgeNcCost(await getDatabase(), viewer, input);
    refresh();
    return null;
  },
});

export const recordNcReturn = defineAction({
  name: "nc.rma",
  permission: "nc.work",
  schema: rmaSchema,
  handler: async ({ input, viewer }) => {
    await recordRma(await getDatabase(), viewer, input);
    refresh();
    return null;
  },
});

export const resolveNcReturn = defineAction({
  name: "nc.rma.resolve",
  permission: "nc.work",
  schema: resolveRmaSchema,
  handler: async ({ input, viewer }) => {
    await resolveRma(await getDatabase(), viewer, input);
    refresh();
    return null;
  },
});
