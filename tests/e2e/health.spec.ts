import { expect, test } from "@playwright/test";

test("GET /api/health reports the database and its migrations", async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "an API check: once is enough");
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", migrations: { pending: 0 } });
  expect(["postgresql", "pglite"]).toContain(body.database);
  expect(body.migrations.applied).toBeGreaterThan(0);
  expect(typeof body.migrations.latest).toBe("string");
});
