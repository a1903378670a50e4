// A machine's free-text specs live in Equipment.specs (JSON) as { notes }.
import type { Prisma } from "@/lib/generated/prisma/client";

export const specsNotes = (specs: Prisma.JsonValue): string =>
  specs && typeof specs === "object" && !Array.isArray(specs) && typeof specs.notes === "string" ? specs.notes : "";
