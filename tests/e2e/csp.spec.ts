// A Content-Security-Policy without 'unsafe-inline' for scripts: every page gets a fresh nonce, the
// framework's scripts carry it, and the key pages load and work in Chromium with no violation.
import { expect, test } from "@playwright/test";
import { cspDirectives, watchCspViolations } from "./support/csp";
import { signIn } from "./support/sign-in";

test("the page's CSP has a fresh nonce per response and no 'unsafe-inline' for scripts", async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "a header check: once is enough");
  const first = await request.get("/login");
  const second = await request.get("/login");
  const nonces: string[] = [];
  for (const response of [first, second]) {
    expect(response.status()).toBe(200);
    const csp = cspDirectives(response.headers()["content-security-policy"]);
    const scripts = csp.get("script-src") ?? [];
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).toContain("'strict-dynamic'");
    const nonce = scripts.find((value) => value.startsWith("'nonce-"))?.slice(7, -1);
    expect(nonce, "a nonce in script-src").toMatch(/^[A-Za-z0-9+/=_-]{16,}$/);
    nonces.push(nonce!);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    // Every script element the server wrote carries this response's nonce.
    const html = await response.text();
    const tags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test("sign-in, the directory with its map and a job page run under the CSP without violations", async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchCspViolations(page);
  // Signing in needs the client-side form: it only works when the page's scripts ran.
  await signIn(page, "buyer@demo.kyodo.example", undefined, "/directory");
  await expect(page.getByTestId("viewer").first()).toBeAttached();

  const map = page.getByTestId("area-map");
  await map.locator("summary").click();
  const ward = map.getByRole("link", { name: /^大田区：\d+ 社$/ });
  await expect(ward).toBeVisible();
  await ward.click();
  await expect(page).toHaveURL(/[?&]area=13111(&|$)/);
  await expect(page.getByTestId("directory-result").first()).toBeVisible();

  await page.goto("/buyer/jobs");
  const job = page.locator('main a[href^="/jobs/"]').first();
  await expect(job).toBeVisible();
  await job.click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}/);
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});
