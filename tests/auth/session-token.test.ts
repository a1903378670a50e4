// The session cookie decoded once per value (lib/auth/session-token.ts): a token next-auth sealed
// reads back as its claims, the second read is the same claims without decrypting again, a token
// altered by one character reads as nobody, and kept claims lapse when the token expires.
import { afterEach, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { fixedClock, useClock } from "@/lib/clock";
import { decodeSessionToken } from "@/lib/auth/session-token";

const secret = "session-token-test-secret-0123456789abcdef";
let restore: (() => void) | undefined;
afterEach(() => restore?.());

describe("decoding the session cookie", () => {
  it("reads a sealed token's claims, and the same token again without decrypting it again", async () => {
    const token = await encode({ token: { sub: "6a1f4f0e-7c3b-4d3a-9a55-0d2f5c1e8b11", sv: 2, authAt: 100, seenAt: 200 }, secret, maxAge: 3600 });
    const first = await decodeSessionToken({ token, secret });
    expect(first).toMatchObject({ sub: "6a1f4f0e-7c3b-4d3a-9a55-0d2f5c1e8b11", sv: 2, authAt: 100, seenAt: 200 });
    expect(await decodeSessionToken({ token, secret })).toBe(first);
  });

  it("reads an altered token or another secret's token as nobody", async () => {
    const token = await encode({ token: { sub: "6a1f4f0e-7c3b-4d3a-9a55-0d2f5c1e8b12", sv: 1, authAt: 1, seenAt: 1 }, secret, maxAge: 3600 });
    const altered = token.slice(0, -3) + (token.at(-3) === "A" ? "B" : "A") + token.slice(-2);
    await expect(decodeSessionToken({ token: altered, secret }).catch(() => null)).resolves.toBeNull();
    const foreign = await encode({ token: { sub: "6a1f4f0e-7c3b-4d3a-9a55-0d2f5c1e8b13", sv: 1, authAt: 1, seenAt: 1 }, secret: "another-secret-0123456789abcdef0123456789", maxAge: 3600 });
    await expect(decodeSessionToken({ token: foreign, secret }).catch(() => null)).resolves.toBeNull();
    expect(await decodeSessionToken({ token: "", secret })).toBeNull();
  });

  it("lets kept claims lapse when the token expires", async () => {
    const token = await encode({ token: { sub: "6a1f4f0e-7c3b-4d3a-9a55-0d2f5c1e8b14", sv: 1, authAt: 1, seenAt: 1 }, secret, maxAge: 60 });
    expect(await decodeSessionToken({ token, secret })).not.toBeNull();
    const clock = fixedClock(new Date(Date.now() + 10 * 60_000));
    restore = useClock(clock);
    expect(await decodeSessionToken({ token, secret })).toBeNull();
  });
});
