// A buyer starts from a suggested group, edits it by hand on the compose page (prefilled from the
// suggestion: firms per step, lead, shares totalling 100 %), and proposes it; the firms are invited.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test("a buyer edits a suggested group before proposing it", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "buyer@demo.kyodo.example", undefined, "/buyer/jobs");
  const open = page.getByTestId("buyer-jobs").locator("li").filter({ hasText: /募集中|グループ招待中/ });
  const jobLinks = await open.getByRole("link").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
  expect(jobLinks.length).toBeGreaterThan(0);
  let found = false;
  for (const href of jobLinks.slice(0, 6)) {
    await page.goto(`${href}/suggestions`);
    await expect(page.getByTestId("suggestions").or(page.getByTestId("no-groups"))).toBeVisible({ timeout: 30_000 });
    if (await page.getByTestId("compose-from-1").isVisible()) {
      found = true;
      break;
    }
  }
  expect(found).toBe(true);
  await page.getByTestId("compose-from-1").click();
  await expect(page.getByTestId("compose")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("compose-share-total")).toHaveText(/100/);
  await expect(page.getByTestId("compose-step-1")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByTestId("compose-submit").click();
  await expect(page).toHaveURL(/\/groups\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  await expect(page.getByTestId("group-status")).toHaveText("招待中");
});
