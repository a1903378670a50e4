// Drawings under a confidentiality agreement, end to end: a buyer posts a job under the standard
// agreement with a PDF drawing; a firm admin sees the job and the agreement but no drawing (the
// file's address answers 404), accepts on the phone, then reads the drawing in the page; the
// buyer sees the firm's acceptance and the view in the access log.
import { expect, test } from "@playwright/test";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { watchCspViolations } from "./support/csp";
import { signIn } from "./support/sign-in";

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function drawing(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([842, 595]);
  page.drawRectangle({ x: 20, y: 20, width: 802, height: 555, borderWidth: 1 });
  page.drawCircle({ x: 420, y: 300, size: 80, borderWidth: 1 });
  page.drawText("E2E BRACKET DWG", { x: 620, y: 40, size: 12, font });
  return Buffer.from(await pdf.save());
}

test("a firm admin accepts the agreement on a phone, then previews the PDF drawing", async ({ page, context, isMobile }) => {
  test.setTimeout(180_000);
  const title = `E2E 秘密保持 ${Date.now().toString(36)}${isMobile ? "m" : "d"}`;
  const cspViolations = await watchCspViolations(page); // the PDF viewer (pdf.js and its worker) under the nonce CSP

  await signIn(page, "buyer@demo.kyodo.example", undefined, "/buyer/jobs/new");
  await page.waitForLoadState("networkidle");
  const form = page.getByTestId("job-form");
  await form.locator('input[name="titleJa"]').fill(title);
  await form.locator('input[name="quantity"]').fill("120");
  await form.getByTestId("step-1").locator("select").first().selectOption("turning");
  await form.locator('input[name="deadline"]').fill(inDays(120));
  await page.getByTestId("nda-STANDARD").check();
  await expect(page.getByTestId("draft-status")).toContainText(/下書き保存/, { timeout: 15_000 });
  await page.getByTestId("attachment-input").setInputFiles({ name: "bracket.pdf", mimeType: "application/pdf", buffer: await drawing() });
  await page.getByRole("button", { name: "アップロード", exact: true }).click();
  await expect(page.getByTestId("attachments")).toContainText("bracket.pdf", { timeout: 15_000 });
  await page.getByTestId("job-submit").click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  await expect(page.getByTestId("nda-card")).toBeVisible();
  const jobPath = new URL(page.url()).pathname;
  const drawingPath = await page.getByTestId("drawing-view").first().getAttribute("href");
  const drawingId = drawingPath!.split("/").pop()!;

  await context.clearCookies();
  await signIn(page, "press-admin@demo.kyodo.example", undefined, jobPath);
  await expect(page.getByTestId("nda-text")).toContainText("秘密保持契約書");
  await expect(page.getByTestId("nda-locked")).toBeVisible();
  await expect(page.getByTestId("drawings")).toHaveCount(0);
  expect((await page.request.get(`/api/attachments/${drawingId}`)).status()).toBe(404);
  await page.goto(drawingPath!);
  await expect(page.getByTestId("drawing-download")).toHaveCount(0); // the viewer page is 404 too
  await page.goto(jobPath);

  await page.getByTestId("nda-agree").check();
  await page.getByTestId("nda-accept-submit").click();
  await expect(page.getByTestId("nda-accepted")).toBeVisible({ timeout: 15_000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByTestId("drawing-view").first().click();
  await expect(page).toHaveURL(new RegExp(`${drawingPath}$`));
  await expect(page.getByTestId("pdf-canvas")).toHaveAttribute("data-rendered-page", "1", { timeout: 30_000 });
  await expect(page.getByTestId("pdf-page")).toContainText("1 / 1");
  const box = await page.getByTestId("pdf-canvas").boundingBox();
  expect(box!.width).toBeGreaterThan(200);
  expect(box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  expect(cspViolations).toEqual([]);

  await context.clearCookies();
  await signIn(page, "buyer@demo.kyodo.example", undefined, jobPath);
  await expect(page.getByTestId("nda-acceptances")).toContainText("IP");
  await expect(page.getByTestId("access-log")).toContainText("bracket.pdf");
  await expect(page.getByTestId("access-log")).toContainText("表示");
});
