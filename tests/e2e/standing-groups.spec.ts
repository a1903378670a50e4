// A buyer finds a standing joint-order group in the directory, above the firms, and opens its
// profile: its firms and what they can do together, readable on a phone without sideways scrolling.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test("a buyer finds a standing group in the directory and reads its profile", async ({ page }) => {
  await signIn(page, "buyer@demo.kyodo.example", undefined, "/directory");
  const section = page.getByTestId("standing-groups");
  await expect(section).toBeVisible({ timeout: 15_000 });
  const link = section.getByRole("link").first();
  const name = (await link.textContent())!.trim();
  await link.click();
  await expect(page).toHaveURL(/\/groups\/standing\/[0-9a-f-]{36}/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(page.getByTestId("standing-status")).toHaveText("結成済み");
  await expect(page.getByTestId("standing-members").getByRole("link").nth(1)).toBeVisible();
  await expect(page.getByTestId("standing-capabilities").locator("li").first()).toBeVisible();
  await expect(page.getByTestId("standing-record")).toContainText("1");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
