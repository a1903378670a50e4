// Bad requests get a 4xx with a reason, never a 500 (issue 16 item 5), on the production server:
// malformed percent-encoding in a path segment of a route handler or a dynamic page answers 400,
// a server action whose body is over the limit answers 413, and one that declares no length 411.
import { expect, test } from "@playwright/test";
import { rawRequest } from "./support/raw-http";

test.describe("bad requests", () => {
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "desktop", "raw HTTP checks: once is enough"));

  const malformed = ["%", "%C0%AF", "%uD800", "%ED%A0%80"];
  const paths = [
    ...malformed.map((segment) => `/api/attachments/${segment}`),
    ...malformed.map((segment) => `/api/groups/${segment}/messages`),
    "/api/kpi/%C0%AF",
    "/api/offers/%/pdf",
    "/api/inquiry-files/%uD800",
    "/api/firm/images/%/%C0%AF",
    ...malformed.map((segment) => `/jobs/${segment}`),
    "/firms/%C0%AF",
    "/jobs/%/offers",
    "/%",
  ];
  for (const path of paths) {
    test(`GET ${path}: 400 with a reason`, async ({ baseURL }) => {
      const response = await rawRequest(`${baseURL}${path}`, "GET", {});
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body)).toMatchObject({ error: "malformed_path", reason: expect.stringContaining("percent-encoding") });
    });
  }

  test("a well-formed path still reaches the app", async ({ baseURL }) => {
    const response = await rawRequest(`${baseURL}/firms/%E5%A4%A7%E7%94%B0`, "GET", {});
    expect(response.status).not.toBe(400);
    expect(response.status).toBeLessThan(500);
  });

  test("a server action body over the limit: 413 with a reason", async ({ baseURL }) => {
    const body = Buffer.alloc(7 * 1024 * 1024, "a");
    const response = await rawRequest(`${baseURL}/login`, "POST", { origin: baseURL!, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" }, body);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ error: "payload_too_large", reason: expect.stringContaining("6mb") });
  });

  test("a server action body in chunks, over the limit: 411 with a reason", async ({ baseURL }) => {
    const body = Buffer.alloc(7 * 1024 * 1024, "a");
    const headers = { origin: baseURL!, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", "transfer-encoding": "chunked" };
    const response = await rawRequest(`${baseURL}/login`, "POST", headers, body);
    expect(response.status).toBe(411);
    expect(JSON.parse(response.body)).toMatchObject({ error: "length_required", reason: expect.stringContaining("Content-Length") });
  });
});
