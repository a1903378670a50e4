// Health probes answered before Next.js (lib/observability/probes.ts): on a real HTTP server
// whose own handler stands in for Next.js, the probes get the route handlers' answers and
// headers and are counted in the request-duration metric; everything else reaches the handler.
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/db/client", async (importOriginal) => ({ ...(await importOriginal<object>()), ...(await import("../auth/db-state")).dbClientMock() }));
import { GET as healthRoute } from "@/app/api/health/route";
import { metrics } from "@/lib/observability/metrics";
import { installProbes } from "@/lib/observability/probes";
import { testDb } from "../auth/db-state";
import { createTestDatabase } from "../helpers/test-db";

let server: http.Server;
let base: string;

beforeAll(async () => {
  testDb.current = await createTestDatabase();
  installProbes();
  server = http.createServer((_request, response) => {
    response.writeHead(418).end("next");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.close();
  await testDb.current?.close();
});

const count = async (route: string, status: string) => {
  const text = await metrics().registry.getSingleMetricAsString("kyodo_http_request_duration_seconds");
  return Number(new RegExp(`_count\\{method="GET",route="${route.replaceAll("/", "\\/")}",status="${status}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
};

describe("health probes", () => {
  it("answer /api/health as its route handler does, with the /api security headers, and count it", async () => {
    const before = await count("/api/health", "200");
    const response = await fetch(`${base}/api/health?from=balancer`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const body: unknown = await response.json();
    expect(body).toMatchObject({ status: "ok", migrations: { pending: 0 } });
    expect(body).toEqual(await (await healthRoute()).json());
    expect(await count("/api/health", "200")).toBe(before + 1);
  });

  it("answer liveness without a body for HEAD", async () => {
    expect(await (await fetch(`${base}/api/health/live`)).json()).toEqual({ status: "ok" });
    const head = await fetch(`${base}/api/health/live`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("leave every other request, other methods and readiness included, to Next.js", async () => {
    for (const [path, method] of [["/api/health/ready", "GET"], ["/api/health", "POST"], ["/api/healthz", "GET"], ["/directory", "GET"]] as const) {
      const response = await fetch(`${base}${path}`, { method });
      expect(`${method} ${path} ${response.status} ${await response.text()}`).toBe(`${method} ${path} 418 next`);
    }
  });
});
