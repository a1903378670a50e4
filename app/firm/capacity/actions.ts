"use server";
// One tap on the capacity screen: the firm's availability for one process and week; and the
// firm admin's API tokens for the capacity endpoint.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { createApiToken, revokeApiToken } from "@/lib/capacity/api-tokens";
import { uuidField } from "@/lib/validation/fields";
import { storableString } from "@/lib/validation/text";
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

const tokenNameSchema = z.object({ name: storableString({ error: "validation.required" }).trim().min(1, "validation.required").max(80, "validation.tooLong") });
const tokenIdSchema = z.object({ tokenId: uuidField });

/** The token's whole value comes back in this one result, to be shown once and never stored. */
export const createCapacityToken = defineAction({
  name: "capacity.token.create",
  oneTime: true,
  permission: "capacity.token.manage",
  schema: tokenNameSchema,
  handler: async ({ input, viewer }) => {
    const created = await createApiToken(await getDatabase(), viewer, input.name);
    revalidatePath("/firm/capacity/tokens");
    return created;
  },
});

export const revokeCapacityToken = defineAction({
  name: "capacity.token.revoke",
  permission: "capacity.token.manage",
  schema: tokenIdSchema,
  handler: async ({ input, viewer }) => {
    await revokeApiToken(await getDatabase(), viewer, input.tokenId);
    revalidatePath("/firm/capacity/tokens");
    return null;
  },
});
