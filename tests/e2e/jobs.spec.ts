import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

test("a buyer posts a job, sees suggested groups; a firm finds it and raises its hand", async ({ page, context, isMobile }) => {
  const title = `E2E シャフト ${Date.now().toString(36)}${isMobile ? "m" : "d"}`;

  await signIn(page, "buyer@demo.kyodo.example", undefined, "/buyer/jobs/new");
  await page.waitForLoadState("networkidle");
  const form = page.getByTestId("job-form");
  await form.locator('input[name="titleJa"]').fill(title);
  await form.locator('input[name="quantity"]').fill("３００");
  await form.getByTestId("step-1").locator("select").first().selectOption("turning");
  await form.getByTestId("add-step").click();
  await form.getByTestId("step-2").locator("select").first().selectOption("plating");
  await form.locator('input[name="deadline"]').fill(inDays(120));
  await expect(page.getByTestId("draft-status")).toContainText(/下書き保存/, { timeout: 15_000 });
  await page.getByTestId("job-submit").click();

  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  await expect(page.getByTestId("job-status")).toHaveText("募集中");
  await expect(page.getByTestId("job-steps")).toContainText("旋盤加工");
  const jobUrl = page.url();

  await page.getByTestId("see-suggestions").click();
  await expect(page.getByTestId("suggestions").or(page.getByTestId("no-groups"))).toBeVisible({ timeout: 20_000 });
  if (await page.getByTestId("suggestions").isVisible()) {
    const first = page.getByTestId("suggestion-1");
    await expect(first.getByTestId("route").locator("li")).toHaveCount(2);
    // In a buyer's words: how many firms it chose from, no solver terms, no timings; rows that differ.
    await expect(page.getByTestId("certificate")).toContainText(/社から選びました/);
    await expect(page.locator("main")).not.toContainText(/集合被覆|下界|公平性|露出|手挙げ| ms/);
    await expect(page.getByTestId("technical-detail")).toHaveCount(0);
    await expect(first.getByTestId("terms").locator("dt").first()).toBeVisible();
    await expect(first.getByTestId("reasons").locator("li").first()).toBeVisible();
    // Refresh posts the form, computes afresh and comes back to the page's plain address.
    await page.getByTestId("refresh-suggestions").click();
    await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}\/suggestions$/, { timeout: 20_000 });
    await expect(page.getByTestId("suggestion-1")).toBeVisible();
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await context.clearCookies();
  await signIn(page, "firm-admin@demo.kyodo.example", undefined, `/jobs?show=all&q=${encodeURIComponent(title)}`);
  await expect(page.getByTestId("board-results").getByRole("link", { name: title })).toBeVisible();
  await page.getByTestId("board-results").getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(jobUrl);
  await page.waitForLoadState("networkidle");
  // The demo firm's turning capacity is taken by its demo orders, so its step is not ticked for it: it ticks turning itself.
  await page.getByRole("checkbox", { name: /旋盤加工/ }).check();
  await page.getByTestId("raise-hand-submit").click();
  await expect(page.getByTestId("raise-hand-success")).toBeVisible();
});
