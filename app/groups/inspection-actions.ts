"use server";
// Inspection plan and measured-result actions. Each checks its permission first (defineAction);
// lib/quality then loads the group in the caller's scope and checks the object.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { getDatabase } from "@/lib/db/client";
import { addCharacteristic, addTemplate, removeCharacteristic } from "@/lib/quality/inspection-plan";
import { characteristicSchema, deliveryDocumentSchema, lotSchema, removeCharacteristicSchema, templateSchema } from "@/lib/quality/inspection-schemas";
import { addDeliveryDocument } from "@/lib/quality/delivery-documents";
import { DomainError } from "@/lib/authz";
import { UploadRejectedError } from "@/lib/uploads/storage";
import { recordLot } from "@/lib/quality/lots";

const refresh = () => {
  revalidatePath("/groups/[id]/quality", "page");
  revalidatePath("/groups/[id]/quality/measure", "page");
};

export const addPlanCharacteristic = defineAction({
  name: "inspection.plan.add",
  oneTime: true,
  permission: "inspection.plan",
  schema: characteristicSchema,
  handler: async ({ input, viewer }) => {
    const result = await addCharacteristic(await getDatabase(), viewer, input);
    refresh();
    return result;
  },
});

export const addPlanTemplate = defineAction({
  name: "inspection.plan.template",
  oneTime: true,
  permission: "inspection.plan",
  schema: templateSchema,
  handler: async ({ input, viewer }) => {
    const result = await addTemplate(await getDatabase(), viewer, input);
    refresh();
    return result;
  },
});

export const removePlanCharacteristic = defineAction({
  name: "inspection.plan.remove",
  permission: "inspection.plan",
  schema: removeCharacteristicSchema,
  handler: async ({ input, viewer }) => {
    await removeCharacteristic(await getDatabase(), viewer, input);
    refresh();
    return null;
  },
});

export const recordInspectionLot = defineAction({
  name: "inspection.record",
  oneTime: true,
  permission: "inspection.record",
  schema: lotSchema,
  handler: async ({ input, viewer }) => {
    const result = await recordLot(await getDatabase(), viewer, input);
    refresh();
    revalidatePath("/groups/[id]", "page");
    return result;
  },
});

export const uploadDeliveryDocument = defineAction({
  name: "quality.document.upload",
  oneTime: true,
  permission: "quality.report",
  schema: deliveryDocumentSchema,
  handler: async ({ input, viewer }) => {
    const file = { bytes: new Uint8Array(await input.file.arrayBuffer()), name: input.file.name };
    const result = await addDeliveryDocument(await getDatabase(), viewer, { ...input, file }).catch((error: unknown) => {
      if (error instanceof UploadRejectedError) throw new DomainError(`quality.documents.problems.${error.problem}`, {}, "file");
      throw error;
    });
    refresh();
    return result;
  },
});
