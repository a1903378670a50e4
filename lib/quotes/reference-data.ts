// Reads the samples behind a reference range: unit prices of step lines in accepted offers for one
// process, material family and quantity band (index OfferLine(processCode, materialCategory,
// quantity)). Only prices and offer ids leave the database — never a firm.
import "server-only";
import type { Database } from "@/lib/db/client";
import type { MaterialCategory } from "@/lib/generated/prisma/enums";
import { quantityBand, referenceRange, type ReferenceRange } from "./reference-range";

export interface ReferenceKey {
  processCode: string;
  materialCategory: MaterialCategory | null;
  quantity: number;
}

export async function loadReferenceRange(db: Database, key: ReferenceKey): Promise<ReferenceRange | null> {
  const band = quantityBand(key.quantity);
  const rows = await db.sql.query<{ price: string; offerId: string }>(
    `SELECT l."unitPriceYen"::text AS price, l."offerId"
     FROM "OfferLine" l JOIN "GroupOffer" o ON o.id = l."offerId"
     WHERE l.kind = 'STEP' AND o.status = 'ACCEPTED' AND l."processCode" = $1
       AND l."materialCategory" IS NOT DISTINCT FROM $2::"MaterialCategory"
       AND l.quantity >= $3 AND ($4::int IS NULL OR l.quantity < $4)`,
    [key.processCode, key.materialCategory, band.min, band.max],
  );
  return referenceRange(rows.map((r) => BigInt(r.price)), new Set(rows.map((r) => r.offerId)).size);
}
