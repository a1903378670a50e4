// Association staff open the KPI dashboard: the indicators show figures and targets from the
// seed's records with the federation average beside them, the charts render as SVG at desktop and
// phone widths without sideways scrolling, and a chart's CSV downloads.
// Runs once (desktop project, then resized to a phone): a staff account enrols two-factor sign-in
// on first use, and two runs enrolling the same account at once would race.
import { expect, test, type Page } from "@playwright/test";
import { enrolTwoFactorIfAsked, signIn } from "./support/sign-in";

async function expectChartsAndNoOverflow(page: Page) {
  await expect(page.getByTestId("kpi-chart").first().getByRole("application")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId("kpi-funnel")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("association staff see the KPI dashboard with charts, on desktop and phone widths", async ({ page, isMobile }) => {
  test.skip(isMobile, "runs once; resizes to a phone itself");
  await signIn(page, "tama-staff@demo.kyodo.example");
  await enrolTwoFactorIfAsked(page, "tama-staff@demo.kyodo.example");
  await page.goto("/kpi");
  await expect(page.getByTestId("kpi-value").first()).toBeVisible();
  await expect(page.getByTestId("kpi-target").first()).toBeVisible();
  await expect(page.getByTestId("kpi-federation-average").first()).toBeVisible();
  await expectChartsAndNoOverflow(page);

  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await expectChartsAndNoOverflow(page);

  const href = await page.locator('a[href^="/api/kpi/"]').first().getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
});
