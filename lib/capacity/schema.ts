// The one schema of a declaration, shared by the phone screen (client) and the action and the
// API (server). A tap sends a level; a number of free pieces goes with PIECES. Error messages are
// message keys (messages/*/capacity.json, validation.*), translated by the action wrapper.
import { z } from "zod";
import { wholeDigits } from "@/lib/validation/normalize";
import { storableString } from "@/lib/validation/text";

export const MAX_WEEK_PIECES = 10_000_000;
export const CAPACITY_LEVELS = ["OPEN", "SOME", "NONE", "PIECES"] as const;

export const declarationSchema = z
  .object({
    processCode: storableString({ error: "validation.required" }).trim().min(1, "validation.required").max(40, "validation.invalid"),
    weekStart: storableString({ error: "validation.required" }).regex(/^\d{4}-\d{2}-\d{2}$/, "capacity.errors.week"),
    level: z.enum(CAPACITY_LEVELS, { error: "validation.choose" }),
    pieces: z.preprocess(wholeDigits, z.number({ error: "capacity.errors.pieces" }).int("capacity.errors.pieces").min(0, "capacity.errors.pieces").max(MAX_WEEK_PIECES, "capacity.errors.pieces").optional()),
  })
  .superRefine((value, ctx) => {
    if (value.level === "PIECES" && value.pieces === undefined) ctx.addIssue({ code: "custom", path: ["pieces"], message: "capacity.errors.pieces" });
  })
  .transform((value) => ({ ...value, pieces: value.level === "PIECES" ? (value.pieces ?? 0) : null }));

export type DeclarationInput = z.output<typeof declarationSchema>;
