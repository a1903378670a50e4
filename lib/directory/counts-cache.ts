// Facet counts are the same for every signed-in user (and for every visitor) who asks the same
// search, and counting them is most of a directory page's database work. They are kept per
// process for a short time. Not invalidated by writes: with several app instances an in-process
// tag would only reach the instance that made the write, so the bound is the time to live
// instead; counts may lag a profile change by at most COUNTS_TTL_MS. The page of firms itself is
// always read fresh.
export const COUNTS_TTL_MS = 30_000;
const MAX_ENTRIES = 500;

export interface CountsCache {
  getOrLoad<T>(key: string, load: () => Promise<T>): Promise<T>;
}

export function ttlCache(ttlMs: number, now: () => number = Date.now): CountsCache {
  const entries = new Map<string, { until: number; value: Promise<unknown> }>();
  return {
    getOrLoad<T>(key: string, load: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit && hit.until > now()) return hit.value as Promise<T>;
      // Concurrent requests for the same search share one query.
      const value = load();
      entries.delete(key);
      entries.set(key, { until: now() + ttlMs, value });
      value.catch(() => entries.delete(key));
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      return value;
    },
  };
}
