// Quality on phones, on the demo seed's joint order in production: the Sumida press firm receives
// the Ota firm's turned shafts and enters a lot's measured values at the machine; one diameter is
// out of tolerance, flagged as it is typed and, once recorded, a non-conformance is raised. The
// lead firm (which turned them) takes responsibility, contains, finds the cause and corrects; the
// press firm verifies and closes it. Each project records its own lot, so desktop and phone can run
// side by side.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/sign-in";

const QUALITY_JOB_TITLE = "【デモ】油圧バルブ用シャフトとフランジ（量産中）";

async function openQuality(page: Page) {
  await page.goto("/groups");
  await page.getByTestId("groups").getByRole("link", { name: QUALITY_JOB_TITLE }).first().click();
  await expect(page).toHaveURL(/\/groups\/[0-9a-f-]{36}$/);
  await page.getByTestId("quality-link").getByRole("link").click();
  await expect(page.getByTestId("inspection-plan")).toBeVisible();
}

test("a measured value out of tolerance raises a non-conformance that is worked to closure", async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const lot = `E2E-${testInfo.project.name}-${Date.now() % 100_000}`;
  const press = await (await browser.newContext({ ...testInfo.project.use })).newPage();
  await signIn(press, "press-admin@demo.kyodo.example");
  await openQuality(press);
  // The turning step's lots are inspected by the press firm, which receives the shafts.
  await press.getByTestId("inspection-plan").getByRole("link", { name: "測定値を入力する" }).first().click();
  await expect(press.getByTestId("measure-form")).toBeVisible();
  const width = await press.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(press.viewportSize()!.width + 1);

  await press.getByLabel("ロット番号").fill(lot);
  await press.getByLabel("ロット数量（個）").fill("２５０");
  const diameter = press.locator("fieldset", { hasText: "外径 φ12 h7" });
  const length = press.locator("fieldset", { hasText: "全長" });
  const roughness = press.locator("fieldset", { hasText: "面粗さ Ra" });
  for (let i = 0; i < 5; i++) {
    await diameter.locator("input").nth(i).fill(i === 2 ? "12.030" : "11.99");
    await length.locator("input").nth(i).fill("50.02");
    await roughness.locator("input").nth(i).fill("0.8");
  }
  // Flagged at once, before anything is sent.
  await expect(diameter.getByTestId("out-of-tolerance")).toHaveCount(1);
  await expect(length.getByTestId("out-of-tolerance")).toHaveCount(0);
  await press.getByTestId("measure-submit").click();

  // Recorded: the non-conformance the lot raised opens.
  await expect(press).toHaveURL(/\/quality\/nc\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await expect(press.getByTestId("nc-status")).toHaveText("起票");
  await expect(press.getByRole("heading", { level: 1 })).toContainText(lot);
  const ncUrl = press.url();

  // The lead firm assigns it to itself (its step), and works it through.
  const lead = await (await browser.newContext({ ...testInfo.project.use })).newPage();
  await signIn(lead, "firm-admin@demo.kyodo.example");
  await lead.goto(ncUrl);
  const assign = lead.getByTestId("assign-nc-form");
  await assign.getByLabel("責任企業").selectOption({ index: 1 });
  await lead.getByTestId("assign-nc-submit").click();
  await expect(lead.getByTestId("nc-status")).toHaveText("責任割当");
  await lead.getByTestId("nc-acknowledge").click();
  await expect(lead.getByTestId("nc-shares")).toContainText("承認済み");
  await lead.getByTestId("move-nc-CONTAINED").getByLabel("内容").fill("同ロット残りを全数選別");
  await lead.getByTestId("move-nc-CONTAINED-submit").click();
  await expect(lead.getByTestId("nc-status")).toHaveText("応急処置済");
  // Skipping the cause is not possible: the form asks for the 4M family.
  await lead.getByTestId("move-nc-CAUSE_FOUND").getByLabel("内容").fill("刃具摩耗");
  await lead.getByTestId("move-nc-CAUSE_FOUND-submit").click();
  await expect(lead.getByTestId("move-nc-CAUSE_FOUND")).toContainText("4M");
  await lead.getByTestId("move-nc-CAUSE_FOUND").getByLabel("原因の区分（4M）").selectOption("MACHINE");
  await lead.getByTestId("move-nc-CAUSE_FOUND-submit").click();
  await expect(lead.getByTestId("nc-status")).toHaveText("原因特定");
  await lead.getByTestId("move-nc-CORRECTED").getByLabel("内容").fill("刃具交換周期を短縮");
  await lead.getByTestId("move-nc-CORRECTED-submit").click();
  await expect(lead.getByTestId("nc-status")).toHaveText("是正済（検証待ち）");
  await expect(lead.getByTestId("nc-next")).toContainText("起票した側");

  // The press firm, which raised it, verifies and closes it.
  await press.reload();
  await press.getByTestId("move-nc-CLOSED").getByLabel("内容").fill("次ロットで外径を確認し合格");
  await press.getByTestId("move-nc-CLOSED-submit").click();
  await expect(press.getByTestId("nc-status")).toHaveText("完了");
  await expect(press.getByTestId("nc-history")).toContainText("完了");
  await expect(press.getByTestId("nc-next")).toHaveCount(0);
});
