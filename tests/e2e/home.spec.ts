import { expect, test } from "@playwright/test";

test.describe("home page", () => {
  test("is in Japanese by default", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("一社では受けられない仕事を、町工場のチームで。");
    await expect(page).toHaveTitle(/共同受注プラットフォーム/);
    await expect(page.getByTestId("brand")).toContainText("共同受注プラットフォーム");
  });

  test("switches to English and back, staying on the page", async ({ page, context }) => {
    await page.goto("/");
    await page.getByTestId("language-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/done by a team of small factories/);
    await expect(page).toHaveURL(/\/$/);
    expect((await context.cookies()).find((cookie) => cookie.name === "NEXT_LOCALE")?.value).toBe("en");

    // The choice survives a reload, and the switch goes back to Japanese.
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByTestId("language-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByTestId("home-title")).toHaveText(/町工場のチーム/);
  });

  test("the language switch keeps the user on the same page", async ({ page }) => {
    await page.goto("/no-such-page?from=test");
    await expect(page.getByTestId("not-found")).toContainText("ページが見つかりません");
    await page.getByTestId("language-switch").click();
    await expect(page.getByTestId("not-found")).toContainText("Page not found");
    await expect(page).toHaveURL(/\/no-such-page\?from=test$/);
  });

  test("has a skip link to the main content", async ({ page, isMobile }) => {
    test.skip(isMobile, "keyboard navigation is a desktop concern");
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "本文へ移動" });
    await expect(skip).toBeFocused();
    await skip.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
  });
});

test.describe("phone", () => {
  test.beforeEach(({ isMobile }) => {
    test.skip(!isMobile, "phone layout only");
  });

  test("the menu button opens and closes the navigation", async ({ page }) => {
    await page.goto("/");
    const button = page.getByTestId("menu-button");
    const nav = page.getByTestId("mobile-nav");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(nav).toBeHidden();

    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(nav).toBeVisible();
    await expect(nav.getByRole("link", { name: "ログイン" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "企業登録" })).toBeVisible();
    await expect(nav.getByRole("link").first()).toBeFocused();

    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(button).toBeFocused();
  });

  test("has no horizontal scroll at 360 px, in both languages", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    for (const lang of ["ja", "en"]) {
      await page.goto("/");
      if (lang === "en") {
        await page.getByTestId("language-switch").click();
        await expect(page.locator("html")).toHaveAttribute("lang", "en");
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow in ${lang}`).toBeLessThanOrEqual(0);
      await expect(page.getByTestId("menu-button")).toBeVisible();
      await expect(page.getByTestId("language-switch")).toBeVisible();
    }
  });
});
