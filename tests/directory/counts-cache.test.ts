// The directory's shared facet counts: one load per search and time to live, then fresh again.
import { describe, expect, it } from "vitest";
import { ttlCache } from "@/lib/directory/counts-cache";

describe("the facet counts cache", () => {
  it("shares one load between requests for the same search until the time to live passes", async () => {
    let now = 0;
    const cache = ttlCache(30_000, () => now);
    let loads = 0;
    const load = async () => ++loads;
    expect(await Promise.all([cache.getOrLoad("a", load), cache.getOrLoad("a", load)])).toEqual([1, 1]);
    expect(await cache.getOrLoad("b", load)).toBe(2);
    now = 29_999;
    expect(await cache.getOrLoad("a", load)).toBe(1);
    now = 30_000;
    expect(await cache.getOrLoad("a", load)).toBe(3);
  });

  it("forgets a failed load, so the next request tries again", async () => {
    const cache = ttlCache(30_000, () => 0);
    await expect(cache.getOrLoad("a", () => Promise.reject(new Error("database away")))).rejects.toThrow("database away");
    expect(await cache.getOrLoad("a", async () => "counts")).toBe("counts");
  });

  it("loads afresh after clear() (a write on this instance)", async () => {
    const cache = ttlCache(30_000, () => 0);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.getOrLoad("a", load)).toBe(1);
    cache.clear();
    expect(await cache.getOrLoad("a", load)).toBe(2);
  });
});
