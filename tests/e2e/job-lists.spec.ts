// Job lists on a phone: the board shows jobs on the first screen (its filters folded), and the
// buyer's own list is split by status into tabs, a page at a time.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test("the job board shows the first job on the first screen, filters one tap away", async ({ page, isMobile }) => {
  await signIn(page, "firm-admin@demo.kyodo.example", undefined, "/jobs?show=all");
  const first = page.getByTestId("board-results").locator("li").first();
  await expect(first).toBeVisible();
  const fold = page.getByTestId("board-more-filters");
  if (isMobile) {
    const box = await first.boundingBox();
    expect(box!.y).toBeLessThan(page.viewportSize()!.height);
    await expect(fold.locator('select[name="process"]')).toBeHidden();
    await fold.locator("summary").click();
  }
  await fold.locator('select[name="process"]').selectOption("turning");
  await page.getByTestId("board-search").click();
  await expect(page).toHaveURL(/process=turning/);
  // A filter in use keeps the fold open, and says how many are set.
  await expect(page.getByTestId("board-more-filters").locator('select[name="process"]')).toBeVisible();
  await expect(page.getByTestId("board-more-filters").locator("summary")).toContainText("1");
});

test("the buyer's jobs come in status tabs with counts", async ({ page }) => {
  await signIn(page, "buyer@demo.kyodo.example", undefined, "/buyer/jobs");
  const tabs = page.getByTestId("buyer-job-tabs");
  await expect(tabs.getByTestId("buyer-jobs-tab-open")).toHaveAttribute("aria-current", "page");
  await tabs.getByTestId("buyer-jobs-tab-finished").click();
  await expect(page).toHaveURL(/tab=finished/);
  await expect(tabs.getByTestId("buyer-jobs-tab-finished")).toHaveAttribute("aria-current", "page");
  const statuses = await page.getByTestId("buyer-jobs").locator("li span.rounded-full").allInnerTexts();
  expect(statuses.length).toBeGreaterThan(0);
  expect(statuses.length).toBeLessThanOrEqual(20);
  for (const status of statuses) expect(["完了", "取消", "期限切れ"]).toContain(status);
});
