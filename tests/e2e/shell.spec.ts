// The header at the edges of its range: the brand whole on a 360 px phone, and every role's
// navigation on one row at 1280 px in both languages, in the bundled font (the federation's
// administration pages folded under 管理).
import { expect, test, type Page } from "@playwright/test";
import { BUNDLED_FONT_CLASS } from "../../lib/fonts/bundled-font";
import { enrolTwoFactorIfAsked, signIn } from "./support/sign-in";

test("at 360 px the header shows the whole brand name", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 760 });
  await signIn(page, "firm-admin@demo.kyodo.example", undefined, "/jobs");
  const name = page.getByTestId("brand-name");
  await expect(name).toHaveText("共同受注プラットフォーム");
  const clipped = await name.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || getComputedStyle(el).textOverflow === "ellipsis");
  expect(clipped).toBe(false);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("at 1280 px the federation's navigation stays on one row, administration one tap away", async ({ page, isMobile }) => {
  test.skip(isMobile, "the phone uses the menu button");
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, "federation@demo.kyodo.example");
  await enrolTwoFactorIfAsked(page, "federation@demo.kyodo.example");
  await page.goto("/kpi");
  const nav = page.getByTestId("desktop-nav");
  const tops = await nav.locator(":scope > div > ul > li").evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
  expect(tops.length).toBeGreaterThan(5);
  expect(new Set(tops).size).toBe(1);
  await nav.getByTestId("nav-adminMenu").click();
  await nav.getByTestId("nav-audit").click();
  await expect(page).toHaveURL(/\/admin\/audit/);
});

/** The tops of the desktop row's items, once the bundled font (whose widths count) is in. */
async function navRowTops(page: Page): Promise<number[]> {
  await expect(page.locator(`html.${BUNDLED_FONT_CLASS}`)).toBeAttached();
  await page.evaluate(async () => {
    void document.body.offsetHeight;
    await document.fonts.ready;
  });
  const items = page.getByTestId("desktop-nav").locator(":scope > div > ul > li");
  return items.evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().top)));
}

for (const { role, email, staff } of [
  { role: "firm admin", email: "firm-admin@demo.kyodo.example", staff: false },
  { role: "shop-floor member", email: "firm-member@demo.kyodo.example", staff: false },
  { role: "buyer", email: "buyer@demo.kyodo.example", staff: false },
  { role: "association staff", email: "ota-staff@demo.kyodo.example", staff: true },
  { role: "federation staff", email: "federation@demo.kyodo.example", staff: true },
  { role: "system admin", email: "admin@demo.kyodo.example", staff: true },
]) {
  test(`at 1280 px the ${role}'s navigation is one row, in Japanese and in English`, async ({ page, context, baseURL, isMobile }) => {
    test.skip(isMobile, "the phone uses the menu button");
    test.setTimeout(120_000); // a staff sign-in may wait for a fresh two-factor code window
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, email);
    if (staff) await enrolTwoFactorIfAsked(page, email);
    for (const locale of ["ja", "en"]) {
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
      await page.goto("/start");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const tops = await navRowTops(page);
      expect(tops.length, locale).toBeGreaterThanOrEqual(2); // the system admin has two
      expect(new Set(tops).size, `${locale}: the items' tops ${tops.join(", ")}`).toBe(1);
    }
  });
}
