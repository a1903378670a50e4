"use server";
// Federation staff save a new version of the standard confidentiality agreement.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { saveNdaTemplateVersion } from "@/lib/drawings/nda-template";
import { templateSchema } from "@/lib/groups/schemas";

export const saveNdaTemplate = defineAction({
  name: "nda.template.save",
  permission: "agreement.template.manage",
  schema: templateSchema,
  successMessage: "groups.template.saved",
  handler: async ({ input, viewer }) => {
    const saved = await saveNdaTemplateVersion(viewer, input);
    revalidatePath("/admin/nda-template");
    return saved;
  },
});
