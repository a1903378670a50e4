"use server";
// Federation staff save a new version of the standard agreement template.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { getDatabase } from "@/lib/db/client";
import { saveTemplateVersion } from "@/lib/groups/agreement-template";
import { templateSchema } from "@/lib/groups/schemas";

export const saveAgreementTemplate = defineAction({
  name: "agreement.template.save",
  permission: "agreement.template.manage",
  schema: templateSchema,
  successMessage: "groups.template.saved",
  handler: async ({ input, viewer }) => {
    const saved = await saveTemplateVersion(await getDatabase(), viewer, input);
    revalidatePath("/admin/agreement-template");
    return saved;
  },
});
