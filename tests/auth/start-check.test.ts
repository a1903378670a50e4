// The start-up configuration check: an invalid setting stops the process with its message.
import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
});

async function check(settings: Record<string, string | undefined>) {
  Object.assign(process.env, settings);
  const { stopOnInvalidConfiguration } = await import("@/lib/config/start-check");
  const exit = vi.fn();
  const logged: string[] = [];
  vi.spyOn(console, "error").mockImplementation((message: string) => void logged.push(message));
  stopOnInvalidConfiguration(exit);
  return { exit, logged: logged.join("\n") };
}

describe("stopOnInvalidConfiguration", () => {
  it("exits 1 naming the setting when the production secret is too short", async () => {
    const { exit, logged } = await check({ NODE_ENV: "production", NEXTAUTH_SECRET: "short" });
    expect(exit).toHaveBeenCalledWith(1);
    expect(logged).toContain("NEXTAUTH_SECRET must be at least 32 characters");
  });

  it("exits 1 on a TRUSTED_PROXIES entry that is not an address or range", async () => {
    const { exit, logged } = await check({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(40), TRUSTED_PROXIES: "10.0.0.0/8, proxy.internal" });
    expect(exit).toHaveBeenCalledWith(1);
    expect(logged).toContain('TRUSTED_PROXIES: "proxy.internal" is not an IP address or CIDR range');
  });

  it("lets a valid configuration start", async () => {
    const { exit } = await check({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(40) });
    expect(exit).not.toHaveBeenCalled();
  });

  it("leaves `next build` alone (its environment need not hold production secrets)", async () => {
    const { exit } = await check({ NODE_ENV: "production", NEXTAUTH_SECRET: "short", NEXT_PHASE: "phase-production-build" });
    expect(exit).not.toHaveBeenCalled();
  });
});
