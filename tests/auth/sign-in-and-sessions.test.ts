// On a real database: password sign-in, the throttle (per account and per IP, stored in the
// database), TOTP, and sessions ending on password change, disable and role change.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generate } from "otplib";
import { createTestDatabase } from "../helpers/test-db";
import { hasMigrations, testDb } from "./db-state";

vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("./db-state")).dbClientMock() }));

const { hashPassword } = await import("@/lib/auth/password-hash");
const { signInWithPassword } = await import("@/lib/auth/password-sign-in");
const { loadViewer } = await import("@/lib/auth/load-viewer");
const { newTotpSeed } = await import("@/lib/auth/totp");
const { unseal } = await import("@/lib/auth/secret-box");

const LIMITS = { idleSeconds: 1800, maxSeconds: 12 * 3600 };
const PASSWORD = "correct horse battery staple";
const cheap = { N: 1024, r: 8, p: 1 };

describe.skipIf(!hasMigrations)("sign-in and sessions", () => {
  let userId = "";
  beforeAll(async () => {
    testDb.current = await createTestDatabase();
    const prisma = testDb.current.prisma;
    const user = await prisma.user.create({ data: { email: "buyer@example.jp", name: "Buyer", role: "BUYER", passwordHash: await hashPassword(PASSWORD, cheap), buyerOrg: { create: { name: "Org", industry: "OTHER" } } } });
    userId = user.id;
  });
  afterAll(async () => testDb.current?.close());

  const claimsNow = (sv: number) => {
    const now = Math.floor(Date.now() / 1000);
    return { userId, sessionVersion: sv, authAt: now, seenAt: now };
  };

  it("signs in with the right password and refuses a wrong one", async () => {
    expect(await signInWithPassword({ email: "BUYER@example.jp ", password: PASSWORD }, "10.0.0.1")).toMatchObject({ ok: true, userId });
    expect(await signInWithPassword({ email: "buyer@example.jp", password: "wrong password" }, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword({ email: "nobody@example.jp", password: "x" }, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword(null, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks the account after 5 failures for 15 minutes, even with the right password, then lets it in", async () => {
    const t0 = new Date("2030-01-01T00:00:00Z");
    for (let i = 0; i < 5; i++) await signInWithPassword({ email: "buyer@example.jp", password: "wrong" }, `10.1.0.${i}`, t0);
    const locked = await signInWithPassword({ email: "buyer@example.jp", password: PASSWORD }, "10.9.9.9", new Date(t0.getTime() + 60_000));
    expect(locked).toMatchObject({ ok: false, reason: "throttled" });
    expect((locked as { retryAfterSeconds: number }).retryAfterSeconds).toBe(14 * 60);
    const row = await testDb.current!.prisma.loginThrottle.findUnique({ where: { key: "account:buyer@example.jp" } });
    expect(row?.lockedUntil).not.toBeNull(); // kept in the database: survives a restart
    expect(await signInWithPassword({ email: "buyer@example.jp", password: PASSWORD }, "10.9.9.9", new Date(t0.getTime() + 16 * 60_000))).toMatchObject({ ok: true });
  });

  it("locks an IP after 20 failures across accounts", async () => {
    const t0 = new Date("2031-01-01T00:00:00Z");
    for (let i = 0; i < 20; i++) await signInWithPassword({ email: `x${i}@example.jp`, password: "wrong" }, "10.2.0.1", t0);
    expect(await signInWithPassword({ email: "buyer@example.jp", password: PASSWORD }, "10.2.0.1", t0)).toMatchObject({ ok: false, reason: "throttled" });
  }, 120_000); // 20 full-cost password checks (unknown accounts): over 30 s on a busy 2-core machine

  it("ends the session on password change, disable and role change", async () => {
    const prisma = testDb.current!.prisma;
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
    expect((await loadViewer(prisma, claimsNow(user.sessionVersion), LIMITS)).viewer?.role).toBe("BUYER");
    await prisma.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } }); // what password change / role change do
    expect((await loadViewer(prisma, claimsNow(user.sessionVersion), LIMITS)).end).toBe("revoked");
    await prisma.user.update({ where: { id: userId }, data: { status: "DISABLED" } });
    expect((await loadViewer(prisma, claimsNow(user.sessionVersion + 1), LIMITS)).end).toBe("inactive");
    await prisma.user.update({ where: { id: userId }, data: { status: "ACTIVE" } });
  });

  it("ends idle and too-old sessions", async () => {
    const prisma = testDb.current!.prisma;
    const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
    const now = Math.floor(Date.now() / 1000);
    expect((await loadViewer(prisma, { userId, sessionVersion, authAt: now - 3600, seenAt: now - 31 * 60 }, LIMITS)).end).toBe("idle");
    expect((await loadViewer(prisma, { userId, sessionVersion, authAt: now - 13 * 3600, seenAt: now }, LIMITS)).end).toBe("expired");
  });

  it("asks for the TOTP code when 2FA is on, and accepts only the right one", async () => {
    const prisma = testDb.current!.prisma;
    await prisma.loginThrottle.deleteMany({});
    const { sealed } = newTotpSeed();
    await prisma.user.update({ where: { id: userId }, data: { totpSecret: sealed, totpEnabledAt: new Date() } });
    expect(await signInWithPassword({ email: "buyer@example.jp", password: PASSWORD }, "10.3.0.1")).toEqual({ ok: false, reason: "totp_required" });
    expect(await signInWithPassword({ email: "buyer@example.jp", password: PASSWORD, code: "000000" }, "10.3.0.1")).toMatchObject({ ok: false });
    const code = await generate({ secret: unseal(sealed)! });
    expect(await signInWithPassword({ email: "buyer@example.jp", password: PASSWORD, code }, "10.3.0.1")).toMatchObject({ ok: true });
  });

  it("accepts a TOTP code once: the same code again (seen over a shoulder) is refused", async () => {
    const prisma = testDb.current!.prisma;
    await prisma.loginThrottle.deleteMany({});
    const { sealed } = newTotpSeed();
    await prisma.user.update({ where: { id: userId }, data: { totpSecret: sealed, totpEnabledAt: new Date(), totpLastStep: null } });
    const code = await generate({ secret: unseal(sealed)! });
    const twice = await Promise.all([1, 2].map(() => signInWithPassword({ email: "buyer@example.jp", password: PASSWORD, code }, "10.3.0.2")));
    expect(twice.filter((r) => r.ok)).toHaveLength(1);
    expect(await signInWithPassword({ email: "buyer@example.jp", password: PASSWORD, code }, "10.3.0.2")).toMatchObject({ ok: false, reason: "totp_invalid" });
  });
});
