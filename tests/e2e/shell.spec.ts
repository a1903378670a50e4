// The header at the edges of its range: the brand whole on a 360 px phone, and the federation's
// navigation on one row at 1280 px (its administration pages folded under 管理).
import { expect, test } from "@playwright/test";
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
