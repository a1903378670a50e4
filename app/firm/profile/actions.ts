"use server";
// The firm profile editor's actions. Each checks "firm.update" first (defineAction); lib/firm-profile
// then works on the viewer's own firm only (no firm id is taken from the form).
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { DomainError } from "@/lib/authz";
import { commitImport, previewImport, type ImportPreview } from "@/lib/firm-profile/import-export";
import { confirmOwnProfile, saveOwnProfile } from "@/lib/firm-profile/profile-data";
import { addFirmImage, removeFirmPhoto } from "@/lib/firm-profile/media";
import { confirmProfileSchema, firmProfileSchema, imageUploadSchema, photoIdSchema, sheetUploadSchema } from "@/lib/firm-profile/schema";
import { UploadRejectedError } from "@/lib/uploads/storage";

const refresh = (firmId: string) => {
  revalidatePath("/firm/profile");
  revalidatePath(`/firms/${firmId}`);
};

export const saveFirmProfile = defineAction({
  name: "firm.profile.save",
  permission: "firm.update",
  schema: firmProfileSchema,
  successMessage: "firmProfile.saved",
  handler: async ({ input, viewer }) => {
    const result = await saveOwnProfile(viewer, input);
    refresh(result.firmId);
    return result;
  },
});

export const confirmFirmProfile = defineAction({
  name: "firm.profile.confirm",
  permission: "firm.update",
  schema: confirmProfileSchema,
  successMessage: "firmProfile.confirmed",
  handler: async ({ viewer }) => {
    const result = await confirmOwnProfile(viewer);
    revalidatePath("/firm/profile");
    return result;
  },
});

/** Reads the uploaded file; a rejected upload becomes a message next to the file field. */
async function sheetBytes(file: File): Promise<{ bytes: Uint8Array }> {
  return { bytes: new Uint8Array(await file.arrayBuffer()) };
}
/** Problems carry message keys; the person reading them needs their own language. */
function withProblemText<P extends ImportPreview>(preview: P, t: (key: string) => string) {
  return { ...preview, problems: preview.problems.map((p) => ({ ...p, text: t(p.message) })) };
}
function asFieldError(error: unknown): never {
  if (error instanceof UploadRejectedError) throw new DomainError(`firmProfile.upload.${error.problem}`, {}, "file");
  throw error;
}

export const previewFirmSheet = defineAction({
  name: "firm.profile.sheet.preview",
  permission: "firm.update",
  schema: sheetUploadSchema,
  handler: async ({ input, viewer, t }) => withProblemText(await previewImport(viewer, input.target, await sheetBytes(input.file)).catch(asFieldError), t),
});

export const importFirmSheet = defineAction({
  name: "firm.profile.sheet.import",
  permission: "firm.update",
  schema: sheetUploadSchema,
  handler: async ({ input, viewer, t }) => {
    const result = await commitImport(viewer, input.target, await sheetBytes(input.file)).catch(asFieldError);
    revalidatePath("/firm/profile");
    return withProblemText(result, t);
  },
});

export const uploadFirmImage = defineAction({
  name: "firm.profile.image.upload",
  oneTime: true,
  permission: "firm.update",
  schema: imageUploadSchema,
  successMessage: "firmProfile.media.uploaded",
  handler: async ({ input, viewer }) => {
    const image = await addFirmImage(viewer, input.slot, { bytes: new Uint8Array(await input.file.arrayBuffer()), name: input.file.name }).catch(asFieldError);
    revalidatePath("/firm/profile");
    return image;
  },
});

export const removeFirmImage = defineAction({
  name: "firm.profile.image.remove",
  permission: "firm.update",
  schema: photoIdSchema,
  handler: async ({ input, viewer }) => {
    await removeFirmPhoto(viewer, input.attachmentId);
    revalidatePath("/firm/profile");
    return { removed: input.attachmentId };
  },
});
