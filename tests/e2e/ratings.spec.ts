// Ratings both ways on the demo seed: the buyer accepts a delivered joint order and rates each
// firm's own work (one firm lower than the other), then the press firm rates the buyer. Desktop and
// phone each take one of the two delivered demo orders.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/sign-in";

const TITLES = ["【デモ】センサーブラケット（納品済み・受入待ち）", "【デモ】ポンプ用カップリング（納品済み・受入待ち）"];

test("the buyer rates each firm on acceptance, and the press firm then rates the buyer", async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const title = TITLES[testInfo.project.name === "phone" ? 1 : 0]!;
  const openGroup = async (email: string) => {
    const page = await (await browser.newContext({ ...testInfo.project.use })).newPage();
    await signIn(page, email);
    await page.goto("/groups");
    await page.getByTestId("groups").getByRole("link", { name: title }).first().click();
    await expect(page).toHaveURL(/\/groups\/[0-9a-f-]{36}$/);
    return page;
  };

  const buyer = await openGroup("buyer@demo.kyodo.example");
  const form = buyer.getByTestId("accept-form");
  await expect(form.getByTestId("accept-member")).toHaveCount(2);
  const pressFirm = form.getByTestId("accept-member").filter({ hasText: "プレス" });
  await pressFirm.getByLabel("品質").selectOption("3");
  await pressFirm.getByLabel("価格").selectOption("4");
  expect(await buyer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(buyer.viewportSize()!.width + 1);
  await buyer.getByTestId("accept-submit").click();
  await expect(buyer.getByTestId("accept-form")).toHaveCount(0);

  const press = await openGroup("press-admin@demo.kyodo.example");
  const rate = press.getByTestId("rate-buyer-form");
  await expect(rate).toBeVisible();
  await rate.getByLabel(/仕様の安定/).selectOption("2");
  await rate.getByLabel(/コメント/).fill("図面の改訂が納期直前にありました");
  await press.getByTestId("rate-buyer-submit").click();
  await expect(press.getByText("評価を記録しました。")).toBeVisible();
  await press.reload();
  await expect(press.getByTestId("rate-buyer")).toContainText("評価済み");
});
