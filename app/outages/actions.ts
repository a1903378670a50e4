"use server";
// A firm that goes down (lib/outages): its admin or staff declare, change and end the outage; the
// lead asks a substitute to take over; the substitute answers.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { getDatabase } from "@/lib/db/client";
import { declareOutage, editOutage, endOutage } from "@/lib/outages/declare";
import { declareOutageSchema, editOutageSchema, endOutageSchema } from "@/lib/outages/schema";
import { answerSubstitution, proposeSubstitution } from "@/lib/outages/substitution";
import { uuidField } from "@/lib/validation/fields";
import { storableString } from "@/lib/validation/text";

/** oneTime: the same declaration sent twice declines, alerts and records once. */
export const declareFirmOutage = defineAction({
  name: "outage.declare",
  oneTime: true,
  permission: "outage.declare",
  schema: declareOutageSchema,
  handler: async ({ input, viewer, t }) => {
    const done = await declareOutage(await getDatabase(), viewer, input);
    revalidatePath(`/firms/${input.firmId}/outage`);
    return { ...done, notice: t("outages.declared", { declined: done.declined, alerted: done.alerted }) };
  },
});

export const editFirmOutage = defineAction({
  name: "outage.edit",
  permission: "outage.declare",
  schema: editOutageSchema,
  handler: async ({ input, viewer, t }) => {
    await editOutage(await getDatabase(), viewer, input);
    revalidatePath("/firms/[id]/outage", "page");
    return { notice: t("outages.saved") };
  },
});

export const endFirmOutage = defineAction({
  name: "outage.end",
  permission: "outage.declare",
  schema: endOutageSchema,
  handler: async ({ input, viewer, t }) => {
    await endOutage(await getDatabase(), viewer, input);
    revalidatePath("/firms/[id]/outage", "page");
    return { notice: t("outages.ended") };
  },
});

const proposeSchema = z.object({ groupId: uuidField, memberId: uuidField, firmId: uuidField });

export const proposeSubstitute = defineAction({
  name: "substitution.propose",
  permission: "substitution.propose",
  schema: proposeSchema,
  handler: async ({ input, viewer, t }) => {
    await proposeSubstitution(await getDatabase(), viewer, input);
    revalidatePath(`/groups/${input.groupId}`);
    return { notice: t("outages.group.proposed") };
  },
});

const answerSchema = z.object({
  substitutionId: uuidField,
  version: z.coerce.number({ error: "validation.invalid" }).int().min(0).max(1_000_000),
  decision: z.enum(["accept", "decline"], { error: "validation.choose" }),
  reason: z.preprocess((v) => (typeof v === "string" ? v.trim() : (v ?? "")), storableString().max(1000, "validation.tooLong")),
});

export const answerSubstitute = defineAction({
  name: "substitution.answer",
  permission: "substitution.answer",
  schema: answerSchema,
  handler: async ({ input, viewer, t }) => {
    const { groupId } = await answerSubstitution(await getDatabase(), viewer, input);
    revalidatePath(`/substitutions/${input.substitutionId}`);
    revalidatePath(`/groups/${groupId}`);
    return { notice: t(input.decision === "accept" ? "outages.answer.accepted" : "outages.answer.declined") };
  },
});
