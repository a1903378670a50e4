// A joint-order group on phones, as the demo seed leaves it: the Ota machining firm (lead) and the
// Sumida press firm are invited to the main buyer's two-step job. Both accept, federation staff
// approve for each association, each prices its step, the lead sends the offer, the buyer awards it
// from the comparison, and the lead reports progress with a photo. On the way the
// press firm writes to the lead on the members' channel, which the buyer does not see.
// One project only: the steps change shared state, so desktop and phone cannot both run them.
import { expect, test, type Page } from "@playwright/test";
import { pdfPageTexts } from "../helpers/pdf-text";
import { enrolTwoFactorIfAsked, signIn } from "./support/sign-in";

const LIVE_JOB_TITLE = "【デモ】精密シャフトとプレス部品の一貫加工";
/** A 1×1 PNG: recognised as an image by its content, as the server checks. */
const SHOP_PHOTO = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);

test.describe.configure({ mode: "serial" });

async function openLiveGroup(page: Page) {
  await page.goto("/groups");
  await page.getByTestId("groups").getByRole("link", { name: LIVE_JOB_TITLE }).first().click();
  await expect(page).toHaveURL(/\/groups\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("group-status")).toBeVisible();
}

test("two firms accept on their phones, staff approve, the buyer awards and the lead reports progress", async ({ page, context, isMobile }) => {
  test.skip(!isMobile, "runs once, on the phone");
  test.setTimeout(300_000); // eight sign-ins and a dozen server actions

  for (const email of ["firm-admin@demo.kyodo.example", "press-admin@demo.kyodo.example"]) {
    await context.clearCookies();
    await signIn(page, email);
    await openLiveGroup(page);
    await page.getByTestId("respond-accept").click();
    await expect(page.getByTestId("respond-form")).toBeHidden({ timeout: 15_000 });
  }
  await expect(page.getByTestId("group-status")).toHaveText("承認待ち");
  const groupUrl = page.url();
  const note = "プレス型の段取りは 12/3 に完了予定です。";
  await page.getByTestId("message-body").fill(note);
  await page.getByTestId("message-send").click();
  await expect(page.getByTestId("message-list")).toContainText(note, { timeout: 15_000 });

  await context.clearCookies();
  await signIn(page, "federation@demo.kyodo.example");
  await enrolTwoFactorIfAsked(page, "federation@demo.kyodo.example");
  await page.goto(groupUrl);
  await expect(page.getByTestId("member-facts")).toBeVisible();
  // Certifications by their names, never their codes.
  await expect(page.getByTestId("member-facts")).not.toContainText(/iso\d{4,5}/);
  // One approval per association involved (Ota and Sumida); federation staff may give both.
  for (let left = await page.getByTestId("approve-group").count(); left > 0; left--) {
    await page.getByTestId("approve-group").first().click();
    await expect(page.getByTestId("approve-group")).toHaveCount(left - 1, { timeout: 15_000 });
  }
  await expect(page.getByTestId("group-status")).toHaveText("承認済み");
  await expect(page.getByTestId("agreement")).toContainText("受注斡旋");
  // The agreement's PDF says what the page says (parties, shares, contract model), with its English translation.
  const agreementPdf = await page.request.get(await page.getByTestId("agreement-pdf").getAttribute("href") ?? "");
  expect(agreementPdf.headers()["content-type"]).toBe("application/pdf");
  const pdfText = (await pdfPageTexts(await agreementPdf.body())).join("").replace(/\s+/g, "");
  expect(pdfText).toContain((await page.getByTestId("agreement").locator("pre").textContent())!.replace(/\s+/g, ""));
  expect(pdfText).toMatch(/mediation/i);

  // Each member prices its own step on its phone (full-width digits as typed with an IME); the lead sends the offer.
  for (const [email, price] of [["press-admin@demo.kyodo.example", "８００"], ["firm-admin@demo.kyodo.example", "1,500"]] as const) {
    await context.clearCookies();
    await signIn(page, email);
    await page.goto(groupUrl);
    const form = page.locator('[data-testid^="quote-line-"]').filter({ has: page.locator('input[name="unitPriceYen"]') }).first();
    await form.locator('input[name="unitPriceYen"]').fill(price);
    await form.locator('input[name="leadTimeDays"]').fill("５");
    await form.locator('[data-testid$="-save"]').click();
    await expect(form.locator('[data-testid$="-result-success"]')).toBeVisible({ timeout: 15_000 });
  }
  await expect(page.getByTestId("preview-figures")).toContainText("¥1,265,000", { timeout: 15_000 });
  await page.getByTestId("offer-draft-save").click();
  await expect(page.getByTestId("send-offer")).toBeVisible({ timeout: 15_000 });
  await page.getByTestId("send-offer").click();
  await expect(page.getByTestId("offer-version-1")).toContainText("送付済み", { timeout: 15_000 });

  await context.clearCookies();
  await signIn(page, "buyer@demo.kyodo.example");
  await page.goto(groupUrl);
  await expect(page.getByTestId("messages")).not.toContainText(note);
  await page.getByTestId("compare-link").click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}\/offers$/);
  const column = page.getByTestId("offer-columns").locator("li", { hasText: "¥1,265,000" }).first();
  await column.locator('[data-testid$="-submit"]', { hasText: "この見積で発注する" }).click();
  await expect(column.getByTestId("offer-status")).toHaveText("受注", { timeout: 15_000 });
  await page.goto(groupUrl);
  await expect(page.getByTestId("timeline")).toContainText("1,265,000", { timeout: 15_000 });
  await expect(page.getByTestId("group-status")).toHaveText("受注確定");

  await context.clearCookies();
  await signIn(page, "firm-admin@demo.kyodo.example");
  await page.goto(groupUrl);
  await expect(page.getByTestId("timeline")).toBeVisible();
  await expect(page.getByTestId("message-list")).toContainText(note);
  const step = page.getByTestId("timeline-step-1");
  await step.locator('input[name="percent"]').fill("40");
  await step.locator('input[name="note"]').fill("荒加工完了");
  await step.getByTestId("progress-photo").setInputFiles({ name: "荒加工.png", mimeType: "image/png", buffer: SHOP_PHOTO });
  await step.getByTestId("progress-submit").click();
  await expect(step).toContainText("40%", { timeout: 15_000 });
  await expect(step.getByTestId("progress-photo-link")).toHaveCount(1);
  await expect(page.getByTestId("group-status")).toHaveText("製作中");

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
