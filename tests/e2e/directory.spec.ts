// A firm admin adds a strength to the profile on a phone or desktop; a buyer then finds the firm
// in the directory by that word, in a kana/width variant, and opens its page.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test("a firm's profile edit is found in the directory", async ({ page, context, isMobile }) => {
  // Each project writes its own word; the demo firm is shared, so the two runs must not clash.
  const word = isMobile ? "ヘリサート加工" : "ローレット加工";
  const typed = isMobile ? "へりさーと" : "ﾛｰﾚｯﾄ"; // hiragana / half-width katakana variants
  await signIn(page, "firm-admin@demo.kyodo.example", undefined, "/firm/profile");
  const form = page.getByTestId("profile-form");
  await expect(form).toBeVisible();
  const strengths = form.locator('textarea[name="strengthsJa"]');
  await expect(strengths).toBeEditable();
  const before = await strengths.inputValue();
  await strengths.fill(`${before.replace(/(ヘリサート|ローレット)加工。?/g, "")}${word}。`.slice(0, 2000));
  await page.getByTestId("profile-save").click();
  await expect(page.getByTestId("profile-success")).toBeVisible({ timeout: 15_000 });
  const firmName = await form.locator('input[name="nameJa"]').inputValue();

  await context.clearCookies();
  await signIn(page, "buyer@demo.kyodo.example", undefined, `/directory?q=${encodeURIComponent(typed)}`);
  const result = page.getByTestId("directory-result").filter({ hasText: firmName });
  await expect(result.first()).toBeVisible({ timeout: 15_000 });
  await result.first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/firms\/[0-9a-f-]{36}/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(firmName);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a visitor who is not signed in sees firms' names, areas and processes only", async ({ page }) => {
  await page.goto("/directory");
  await expect(page.getByTestId("directory-public")).toBeVisible();
  await expect(page.getByTestId("directory-result").first()).toBeVisible();
  await expect(page.locator('input[name="tolMax"]')).toHaveCount(0);
  await page.getByTestId("directory-result").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/login\?next=%2Ffirms%2F/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
