// A per-process cache with a time to live, shared by concurrent requests: the first request for a
// key loads it, the others wait for the same promise. Used for what is the same for everyone who
// asks and may lag writes by a stated bound (decision 015: with several app instances a
// write-invalidated in-process cache would only be invalidated on the instance that wrote, so the
// bound is the time to live; a write on this instance may also clear() it at once).
const MAX_ENTRIES = 500;

export interface TtlCache {
  getOrLoad<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** Forgets every entry (a write on this instance that changes what is kept). */
  clear(): void;
}

export function ttlCache(ttlMs: number, now: () => number = Date.now): TtlCache {
  const entries = new Map<string, { until: number; value: Promise<unknown> }>();
  return {
    getOrLoad<T>(key: string, load: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit && hit.until > now()) return hit.value as Promise<T>;
      // Concurrent requests for the same key share one load.
      const value = load();
      entries.delete(key);
      entries.set(key, { until: now() + ttlMs, value });
      value.catch(() => entries.delete(key));
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      return value;
    },
    clear() {
      entries.clear();
    },
  };
}

/** One cache per name and process, kept on globalThis: route handlers, pages and actions are
 *  separate bundles, and each would otherwise hold its own copy. */
export function processCache(name: string, ttlMs: number): TtlCache {
  const holder = globalThis as typeof globalThis & { __kjCaches?: Map<string, TtlCache> };
  const caches = (holder.__kjCaches ??= new Map());
  let cache = caches.get(name);
  if (!cache) caches.set(name, (cache = ttlCache(ttlMs)));
  return cache;
}
