// The joint order's main path on the demo seed's 共同受注 job (lib/demo-data/joint-order-demo.ts):
// the Ota association's staff accept the contractor role, the buyer awards the group, the Sumida
// press firm's admin downloads its sub-order (発注書) and issues an order certificate for its bank,
// and a signed-out visitor on a phone opens the certificate's verification page.
// Runs once (desktop project; the phone is a second context): it awards the demo job.
import { devices, expect, test } from "@playwright/test";
import { enrolTwoFactorIfAsked, signIn } from "./support/sign-in";

const JOB = "【デモ】ロボット用ブラケットのプレスと切削（共同受注・組合が受注者）";

test("the association accepts to contract, the buyer awards, a member certifies its order and anyone verifies it", async ({ page, browser, isMobile }) => {
  test.skip(isMobile, "runs once: it awards the demo job");
  test.setTimeout(240_000);

  // The association's staff find the request on their page and accept the contractor role.
  await signIn(page, "ota-staff@demo.kyodo.example");
  await enrolTwoFactorIfAsked(page, "ota-staff@demo.kyodo.example");
  await page.goto("/staff/cooperative");
  await expect(page.getByTestId("cooperative-terms-form")).toBeVisible();
  await page.getByTestId("pending-nominations").getByRole("link", { name: JOB }).click();
  const contractor = page.getByTestId("contractor-card");
  await expect(contractor.getByTestId("contractor-status")).toContainText("依頼中");
  await contractor.getByTestId("accept-contractor").click();
  await expect(contractor.getByTestId("contractor-status")).toContainText("受注者を承諾しました", { timeout: 20_000 });
  await expect(contractor.getByTestId("decide-contractor-form")).toHaveCount(0);

  // The buyer can now award the group's offer.
  await page.context().clearCookies();
  await signIn(page, "buyer@demo.kyodo.example");
  await page.goto("/buyer/jobs");
  await page.getByRole("link", { name: JOB }).first().click();
  await page.getByTestId("see-offers").click();
  const column = page.getByTestId("offer-columns").locator(":scope > li").first();
  await column.getByRole("button", { name: "この見積で発注する" }).click();
  await expect(column.getByTestId("offer-status")).toHaveText("受注", { timeout: 20_000 });

  // The press firm's admin sees its own sub-order, downloads it, and certifies the order.
  await page.context().clearCookies();
  await signIn(page, "press-admin@demo.kyodo.example");
  await page.goto("/groups");
  await page.getByTestId("groups").getByRole("link", { name: JOB }).first().click();
  const documents = page.getByTestId("order-documents");
  await expect(documents.getByTestId("document-SUB_ORDER")).toHaveCount(1);
  await expect(documents.getByTestId("document-ORDER")).toHaveCount(0); // the buyer's order is not the member's to see
  const href = await documents.getByTestId("document-SUB_ORDER").getByTestId("document-pdf").getAttribute("href");
  const pdf = await page.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  await page.getByTestId("issue-certificate").click();
  const link = page.getByTestId("certificate-verify-link").first();
  await expect(link).toBeVisible({ timeout: 20_000 });
  const code = (await link.innerText()).trim();
  expect(code).toMatch(/^[A-Za-z0-9_-]{22}$/);

  // Anyone with the code — a bank officer on a phone, not signed in — sees what it states.
  const { viewport, userAgent, deviceScaleFactor, isMobile: mobile, hasTouch } = devices["Pixel 7"];
  const phone = await browser.newContext({ viewport, userAgent, deviceScaleFactor, isMobile: mobile, hasTouch, baseURL: new URL(page.url()).origin, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  const visitor = await phone.newPage();
  await visitor.goto(`/verify/${code}`);
  await expect(visitor.getByTestId("verify-result")).toContainText("この受注は有効です");
  await expect(visitor.getByTestId("verify-statement")).toContainText(JOB);
  await expect(visitor.getByTestId("viewer")).toHaveCount(0);
  const overflow = await visitor.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await visitor.goto("/verify/AAAAAAAAAAAAAAAAAAAAAA");
  await expect(visitor.getByTestId("verify-result")).toContainText("見つかりません");
  await phone.close();
});
