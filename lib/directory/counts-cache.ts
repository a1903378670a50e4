// Facet counts are the same for every signed-in user (and for every visitor) who asks the same
// search, and counting them is most of a directory page's database work. They are kept per
// process for a short time (lib/cache/ttl-cache.ts). Not invalidated by writes: with several app
// instances an in-process tag would only reach the instance that made the write, so the bound is
// the time to live instead; counts may lag a profile change by at most COUNTS_TTL_MS. The page of
// firms itself is always read fresh.
export { ttlCache, type TtlCache as CountsCache } from "@/lib/cache/ttl-cache";
export const COUNTS_TTL_MS = 30_000;
