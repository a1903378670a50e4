// Same-origin checks, security headers, safe redirects, password rules, input normalisation.
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security/headers.mjs";
import { isSameOrigin } from "@/lib/security/same-origin";
import { safeNextPath } from "@/lib/security/safe-redirect";
import { passwordProblem } from "@/lib/validation/password-rules";
import { emailField, passwordField } from "@/lib/validation/fields";
import { toHalfWidth } from "@/lib/validation/normalize";
import { parseClaims, sessionTimeEnd } from "@/lib/auth/session-claims";
import { seal, unseal } from "@/lib/auth/secret-box";

const post = (headers: Record<string, string>) => new Request("http://localhost:3000/api/x", { method: "POST", headers: { host: "localhost:3000", ...headers } });

describe("route handlers refuse foreign or missing origins on writes", () => {
  it("accepts the own origin, refuses others and a missing one; GET passes", () => {
    expect(isSameOrigin(post({ origin: "http://localhost:3000" }))).toBe(true);
    expect(isSameOrigin(post({ origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(post({}))).toBe(false);
    expect(isSameOrigin(post({ origin: "null" }))).toBe(false);
    expect(isSameOrigin(new Request("http://localhost:3000/api/x"))).toBe(true);
  });
});

describe("security headers", () => {
  it("forbid framing and sniffing, and keep scripts to our origin", () => {
    const headers = Object.fromEntries(securityHeaders({ dev: false }).map((h) => [h.key, h.value]));
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    const csp = contentSecurityPolicy({ dev: false });
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy({ dev: true })).toContain("unsafe-eval"); // React dev tooling
    expect(contentSecurityPolicy({ dev: false, oidcIssuer: "https://idp.example/realms/x" })).toContain("form-action 'self' https://idp.example");
  });

  it("allow scripts by nonce only: no 'unsafe-inline' for scripts, with or without a nonce", () => {
    const scriptSrc = (csp: string) => csp.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc(contentSecurityPolicy({ dev: false, nonce: "abc123abc123abc123" }))).toBe("script-src 'self' 'nonce-abc123abc123abc123' 'strict-dynamic'");
    expect(scriptSrc(contentSecurityPolicy({ dev: false }))).toBe("script-src 'self'");
    expect(scriptSrc(contentSecurityPolicy({ dev: true, nonce: "n" }))).not.toContain("unsafe-inline");
  });
});

describe("inputs", () => {
  it("only same-site redirect targets", () => {
    expect(safeNextPath("/firm/members")).toBe("/firm/members");
    for (const bad of ["//evil.example", "https://evil.example", "/\\evil", undefined, ["x"]]) expect(safeNextPath(bad)).toBe("/");
  });

  it("password rules follow ASVS: 8–64, common ones refused", () => {
    expect(passwordField.safeParse("short").success).toBe(false);
    expect(passwordField.safeParse("x".repeat(65)).success).toBe(false);
    expect(passwordField.safeParse("ちょうど八文字です").success).toBe(true);
    expect(passwordProblem("Password123")).toBe("validation.passwordCommon");
    expect(passwordProblem("qwertyuiop")).toBe("validation.passwordCommon");
    expect(passwordProblem("taro.yamada-2026", { email: "taro.yamada@example.jp" })).toBe("validation.passwordContext");
    expect(passwordProblem("金型と旋盤の町 Ota 1970")).toBeNull();
  });

  it("normalises full-width input", () => {
    expect(toHalfWidth("０３－１２３４")).toBe("03-1234");
    expect(emailField.parse("ＴＡＲＯ＠ｅｘａｍｐｌｅ．ｊｐ")).toBe("taro@example.jp");
  });
});

describe("session claims", () => {
  it("rejects malformed claims and checks the time limits", () => {
    expect(parseClaims({ sub: "not-a-uuid", sv: 0, authAt: 1, seenAt: 1 })).toBeNull();
    expect(parseClaims({ sub: "00000000-0000-4000-8000-000000000001", sv: "0", authAt: 1, seenAt: 1 })).toBeNull();
    const claims = parseClaims({ sub: "00000000-0000-4000-8000-000000000001", sv: 0, authAt: 1000, seenAt: 1000 })!;
    const limits = { idleSeconds: 1800, maxSeconds: 43200 };
    expect(sessionTimeEnd(claims, 1000 + 1799, limits)).toBeNull();
    expect(sessionTimeEnd(claims, 1000 + 1801, limits)).toBe("idle");
    expect(sessionTimeEnd({ ...claims, seenAt: 1000 + 43000 }, 1000 + 43201, limits)).toBe("expired");
  });

  it("seals secrets at rest", () => {
    const sealed = seal("JBSWY3DPEHPK3PXP");
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(unseal(sealed)).toBe("JBSWY3DPEHPK3PXP");
    // One bit of the ciphertext flipped (replacing its last characters failed 1 run in ~4,000,
    // when they already were the replacement, or only changed unused padding bits).
    const [version, iv, tag, body] = sealed.split(":");
    const tampered = Buffer.from(body!, "base64url");
    tampered[0]! ^= 1;
    expect(unseal([version, iv, tag, tampered.toString("base64url")].join(":"))).toBeNull();
  });
});
