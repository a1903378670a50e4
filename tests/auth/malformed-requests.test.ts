// Which requests the HTTP guard refuses before Next.js (lib/security/malformed-requests.ts); the
// production server's answers are in tests/e2e/bad-requests.spec.ts.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { refusalFor, sendRefusal, type Refusal } from "@/lib/security/malformed-requests";

const get = (url: string) => refusalFor({ method: "GET", url, headers: {} });

describe("requests refused before Next.js", () => {
  it.each(["/api/attachments/%", "/jobs/%C0%AF", "/jobs/%uD800", "/firms/%ED%A0%80/x", "/%E3%81"])("%s: 400, malformed path", (url) => {
    expect(get(url)).toMatchObject({ status: 400, error: "malformed_path" });
  });

  it.each(["/", "/firms/%E5%A4%A7%E7%94%B0", "/directory?q=%", "/jobs/abc%20def", "/api/kpi/orders?x=%C0%AF"])("%s: handed to Next.js", (url) => {
    expect(get(url)).toBeNull();
  });

  it("refuses a server action declaring a body over the limit, and only a server action", () => {
    const headers = (length: number, action = true) => ({ "content-length": String(length), ...(action ? { "next-action": "abc" } : {}) });
    expect(refusalFor({ method: "POST", url: "/login", headers: headers(6 * 1024 * 1024 + 1) })).toMatchObject({ status: 413, error: "payload_too_large" });
    expect(refusalFor({ method: "POST", url: "/login", headers: headers(6 * 1024 * 1024) })).toBeNull();
    expect(refusalFor({ method: "POST", url: "/api/jobs/x/attachments", headers: headers(20 * 1024 * 1024, false) })).toBeNull();
  });

  it("refuses a server action that declares no length (a chunked body), and only a server action", () => {
    const chunked = { "transfer-encoding": "chunked" };
    expect(refusalFor({ method: "POST", url: "/login", headers: { ...chunked, "next-action": "abc" } })).toMatchObject({ status: 411, error: "length_required" });
    expect(refusalFor({ method: "POST", url: "/login", headers: { "content-length": "0", "next-action": "abc" } })).toBeNull();
    expect(refusalFor({ method: "POST", url: "/api/jobs/x/attachments", headers: chunked })).toBeNull();
    expect(refusalFor({ method: "GET", url: "/login", headers: { "next-action": "abc" } })).toBeNull();
  });

  it("answers each refusal with its reason and a message in Japanese and English", async () => {
    const refusals: Refusal[] = [
      refusalFor({ method: "GET", url: "/jobs/%", headers: {} })!,
      refusalFor({ method: "POST", url: "/login", headers: { "next-action": "abc" } })!,
      refusalFor({ method: "POST", url: "/login", headers: { "content-length": String(7 * 1024 * 1024), "next-action": "abc" } })!,
    ];
    const server = createServer((request, response) => sendRefusal(response, refusals[Number(request.url!.slice(1))]!));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      for (const [index, refusal] of refusals.entries()) {
        const response = await fetch(`http://127.0.0.1:${port}/${index}`);
        expect(response.status).toBe(refusal.status);
        const body = (await response.json()) as { error: string; reason: string; message: { ja: string; en: string } };
        expect(body).toMatchObject({ error: refusal.error, reason: refusal.reason });
        expect(body.message.ja).toMatch(/[ぁ-んァ-ヶ一-龠]/);
        expect(body.message.en).toMatch(/^[A-Z][^ぁ-んァ-ヶ一-龠]+\.$/);
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
