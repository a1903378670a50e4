// The buyer's side of quotes on the demo seed's jobs with offers (lib/demo-data/open-offers.ts).
// Desktop: the buyer compares the two groups' offers on one job — price with tax, delivery against
// the deadline, budget fit — opens the quotation PDF, and awards one; the other is declined as
// "another group was awarded". Phone: on the other job the columns stay readable side by side
// (swiped, no page overflow) and the buyer asks the live offer's group for a revision.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

const BRACKET_JOB = "【デモ】精密ブラケットの切削と表面処理（見積比較）";
const PIN_JOB = "【デモ】医療機器用ピンの旋削と研削（見積比較）";

async function openOffers(page: Page, title: string) {
  await signIn(page, "buyer@demo.kyodo.example");
  await page.goto("/buyer/jobs");
  await page.getByRole("link", { name: title }).first().click();
  await page.getByTestId("see-offers").click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}\/offers$/);
}

test("the buyer compares two offers and awards one", async ({ page, isMobile }) => {
  test.skip(isMobile, "awards once, on the desktop");
  test.setTimeout(120_000);
  await openOffers(page, BRACKET_JOB);
  const columns = page.getByTestId("offer-columns").locator(":scope > li");
  await expect(columns).toHaveCount(2);
  for (const column of [columns.nth(0), columns.nth(1)]) {
    await expect(column.getByTestId("offer-figures")).toContainText("合計（税込）");
    await expect(column.getByTestId("delivery-vs-deadline")).toContainText("希望納期");
    await expect(column.getByTestId("budget-fit")).toBeVisible();
    await expect(column.getByTestId("offer-members")).not.toBeEmpty();
  }
  // The revised offer shows its history: version 1 superseded after the buyer's comment.
  await expect(page.getByTestId("offer-columns")).toContainText("第2版");
  const pdf = await page.request.get(await columns.nth(0).getByRole("link", { name: "見積書 PDF" }).getAttribute("href") ?? "");
  expect(pdf.headers()["content-type"]).toBe("application/pdf");

  const first = columns.nth(0);
  const total = (await first.getByTestId("offer-figures").locator("dd").last().textContent())!.trim();
  await first.getByRole("button", { name: "この見積で発注する" }).click();
  await expect(first.getByTestId("offer-status")).toHaveText("受注", { timeout: 20_000 });
  await expect(columns.nth(1).getByTestId("offer-status")).toHaveText("見送り");
  await expect(columns.nth(1)).not.toContainText("この見積で発注する");
  await page.getByRole("link", { name: BRACKET_JOB }).click();
  await expect(page.getByTestId("job-status")).toHaveText("発注済み");
  expect(total).toMatch(/^¥[\d,]+$/);
});

test("on a phone the offers stay readable and the buyer asks for a revision", async ({ page, isMobile }) => {
  test.skip(!isMobile, "the phone layout");
  test.setTimeout(120_000);
  await openOffers(page, PIN_JOB);
  const columns = page.getByTestId("offer-columns").locator(":scope > li");
  await expect(columns).toHaveCount(2);
  // Each column is nearly a screen wide and the row scrolls on its own: the page itself does not overflow.
  const box = await columns.nth(0).boundingBox();
  expect(box!.width).toBeGreaterThan(280);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The column of the offer still open, pinned by position (its status text changes below).
  const live = columns.nth((await columns.allTextContents()).findIndex((text) => text.includes("送付済み")));
  await live.getByText("再見積を依頼", { exact: true }).first().click();
  await live.locator('[data-testid^="revision-"] textarea[name="comment"]').fill("納期を 1 週間早められますか。");
  await live.getByRole("button", { name: "再見積を依頼" }).click();
  await expect(live.getByTestId("offer-status")).toHaveText("再見積依頼中", { timeout: 20_000 });
});
