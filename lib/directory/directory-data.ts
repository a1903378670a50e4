// The directory as pages reach it: the configured database, the search, and the names of the
// associations that appear as facet values (their ids are what the URL carries).
import "server-only";
import { cache } from "react";
import type { Viewer } from "@/lib/auth/viewer-types";
import { getDatabase } from "@/lib/db/client";
import { processCache } from "@/lib/cache/ttl-cache";
import { COUNTS_TTL_MS } from "./counts-cache";
import { searchDirectory } from "./search";
import type { DirectoryQuery } from "./search-params";

const countsCache = processCache("directory-counts", COUNTS_TTL_MS);

/** viewer null: the public view (name, area and processes of verified firms only). */
export async function searchDirectoryForPage(viewer: Viewer | null, query: DirectoryQuery) {
  const db = await getDatabase();
  return searchDirectory(db.sql, viewer, query, countsCache);
}

/** id → { ja, en } of every association; a short list that rarely changes. */
export const associationNames = cache(async (): Promise<Map<string, { ja: string; en: string }>> => {
  const db = await getDatabase();
  const rows = await db.prisma.association.findMany({ select: { id: true, nameJa: true, nameEn: true } });
  return new Map(rows.map((a) => [a.id, { ja: a.nameJa, en: a.nameEn }]));
});
