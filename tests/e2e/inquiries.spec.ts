// A buyer contacts a factory from its page (no e-mail address shown), lands in the thread; the
// factory's admin finds it unread in the inbox, opens it and replies; the buyer reads the reply.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

test("a buyer contacts a firm through the platform and the firm replies", async ({ page, context, isMobile }) => {
  test.setTimeout(120_000);
  const subject = isMobile ? "試作の見積もり（スマホ）" : "試作の見積もり（PC）";
  await signIn(page, "firm-admin@demo.kyodo.example", undefined, "/firm/profile");
  const firmName = await page.getByTestId("profile-form").locator('input[name="nameJa"]').inputValue();

  await context.clearCookies();
  await signIn(page, "buyer@demo.kyodo.example", undefined, `/directory?q=${encodeURIComponent(firmName)}`);
  await page.getByTestId("directory-result").filter({ hasText: firmName }).first().getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(firmName);
  await expect(page.locator("main")).not.toContainText("@demo.kyodo.example");
  const form = page.getByTestId("inquiry-form");
  await form.locator('input[name="subject"]').fill(subject);
  await page.getByTestId("inquiry-body").fill("SUS304 のシャフト 50 本、φ20 × 120 mm、公差 ±0.01 の試作をお願いできますか。");
  await page.getByTestId("inquiry-submit").click();
  await expect(page).toHaveURL(/\/inquiries\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  await expect(page.getByTestId("inquiry-subject")).toHaveText(subject);
  const thread = page.url();

  await context.clearCookies();
  await signIn(page, "firm-admin@demo.kyodo.example", undefined, "/inquiries");
  const item = page.getByTestId("inquiry-item").filter({ hasText: subject });
  await expect(item).toHaveAttribute("data-unread", "true");
  await item.getByRole("link").first().click();
  await expect(page.getByTestId("inquiry-messages")).toContainText("SUS304");
  await page.getByTestId("inquiry-body").fill("お受けできます。図面をお送りください。");
  await page.getByTestId("reply-submit").click();
  await expect(page.getByTestId("inquiry-messages")).toContainText("図面をお送りください", { timeout: 15_000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await context.clearCookies();
  await signIn(page, "buyer@demo.kyodo.example", undefined, new URL(thread).pathname);
  await expect(page.getByTestId("inquiry-messages")).toContainText("図面をお送りください");
});
