// Who is free when (issue 21), in production on the demo seed: a shop-floor member of the Ota
// machining firm declares its weeks on a phone — one tap a week, saved at once, kept after a
// reload, a number of pieces typed in place, a bad number refused without losing the week — and
// association staff see their members' declarations as a heat map.
import { expect, test } from "@playwright/test";
import { enrolTwoFactorIfAsked, signIn } from "./support/sign-in";

test("a firm declares its free capacity on a phone, one tap a week", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the screen is built for phones; one project keeps the firm's rows to one writer");
  test.setTimeout(120_000);
  await signIn(page, "firm-member@demo.kyodo.example");
  await page.goto("/firm/capacity");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("空き状況の申告");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width + 1);

  const turning = page.getByTestId("capacity-turning");
  await expect(turning.locator("li")).toHaveCount(12);
  // The last of the twelve weeks: the demo firm said 空きあり; a tap says なし, saved at once.
  const week = turning.locator("li").last();
  const none = week.getByRole("button", { name: /なし$/ });
  await none.click();
  await expect(week.getByText("保存しました")).toBeVisible();
  await expect(none).toHaveAttribute("aria-pressed", "true");
  await expect(week.getByRole("button", { name: /空きあり$/ })).toHaveAttribute("aria-pressed", "false");

  await page.reload();
  const again = page.getByTestId("capacity-turning").locator("li").last();
  await expect(again.getByRole("button", { name: /なし$/ })).toHaveAttribute("aria-pressed", "true");

  // A number of pieces, typed with the IME's full-width digits, in place.
  await again.getByRole("button", { name: /数量$/ }).click();
  await again.getByRole("textbox").fill("abc");
  await again.getByRole("button", { name: "決定" }).click();
  await expect(again.getByText("空き数量は 0 以上の整数で入力してください。")).toBeVisible();
  await expect(again.getByRole("button", { name: /なし$/ })).toHaveAttribute("aria-pressed", "true");
  await again.getByRole("textbox").fill("１２０");
  await again.getByRole("button", { name: "決定" }).click();
  await expect(again.getByText("保存しました")).toBeVisible();
  await expect(again.getByText("120 個")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("capacity-turning").locator("li").last().getByRole("button", { name: /数量$/ })).toHaveAttribute("aria-pressed", "true");
});

test("association staff see their members' declared free capacity", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one staff sign-in per run");
  test.setTimeout(120_000);
  await signIn(page, "ota-staff@demo.kyodo.example");
  await enrolTwoFactorIfAsked(page, "ota-staff@demo.kyodo.example");
  await page.goto("/staff/capacity");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("会員企業の空き状況");
  await expect(page.getByTestId("capacity-share")).toContainText("%");
  await expect(page.getByTestId("capacity-heatmap").locator("tbody tr").first()).toBeVisible();
  await page.goto("/kpi");
  await expect(page.getByTestId("kpi-capacity-share")).toContainText("申告が最新の会員企業");
});
