"use server";
// Confidential drawings: a firm admin accepts the job's agreement; the buyer withdraws a firm's
// access or deletes a drawing early. Each action checks its permission first (defineAction), then
// the job's scope and facts (lib/drawings).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { storableString } from "@/lib/validation/text";
import { defineAction } from "@/lib/actions/define-action";
import { acceptNda, withdrawAccess } from "@/lib/drawings/acceptance";
import { deleteDrawing } from "@/lib/drawings/retention";
import { currentClientIp } from "@/lib/security/client-ip";

const uuid = storableString({ error: "validation.required" }).uuid("validation.invalid");
const checked = z.preprocess((v) => v === "on" || v === "true" || v === true, z.literal(true, { error: "drawings.validation.mustAgree" }));

export const acceptJobNda = defineAction({
  name: "drawing.accept",
  permission: "drawing.accept",
  schema: z.object({ jobId: uuid, agree: checked }),
  successMessage: "drawings.accept.done",
  handler: async ({ input, viewer }) => {
    const result = await acceptNda(viewer, input, await currentClientIp());
    revalidatePath(`/jobs/${input.jobId}`);
    return result;
  },
});

export const withdrawDrawingAccess = defineAction({
  name: "drawing.withdraw",
  permission: "drawing.manage",
  schema: z.object({ jobId: uuid, firmId: uuid }),
  handler: async ({ input, viewer }) => {
    await withdrawAccess(viewer, input);
    revalidatePath(`/jobs/${input.jobId}`);
    return { ok: true };
  },
});

export const deleteJobDrawing = defineAction({
  name: "drawing.delete",
  permission: "drawing.manage",
  schema: z.object({ attachmentId: uuid }),
  handler: async ({ input, viewer }) => {
    const { jobId } = await deleteDrawing(viewer, input.attachmentId, await currentClientIp());
    revalidatePath(`/jobs/${jobId}`);
    return { jobId };
  },
});
