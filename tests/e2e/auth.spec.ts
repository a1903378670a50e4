import { expect, test } from "@playwright/test";
import { enrolTwoFactorIfAsked, signIn } from "./support/sign-in";

test.describe("sign-in", () => {
  test("a firm admin signs in, sees who they are, and signs out", async ({ page, isMobile }) => {
    await signIn(page, "firm-admin@demo.kyodo.example");
    if (isMobile) await page.getByTestId("menu-button").click();
    await expect(page.getByTestId("viewer").filter({ visible: true })).toContainText("山田 太郎");
    await page.getByTestId("sign-out").filter({ visible: true }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/firm/members");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a wrong password is refused with a message, and the e-mail typed is kept", async ({ page }) => {
        // An address of its own, so repeated runs never reach the per-account lockout.
    const email = `nobody-${Date.now().toString(36)}@example.jp`;
    await signIn(page, email, "wrong-password-1");
    await expect(page.getByTestId("sign-in-error")).toContainText("メールアドレスまたはパスワード");
    await expect(page.locator('input[name="email"]')).toHaveValue(email);
  });
});

test.describe("registration and verification", () => {
  test.beforeEach(({ isMobile }) => {
    test.skip(isMobile, "one staff account enrols two-factor sign-in: run the flow once");
  });

  test("a factory registers, waits as pending, and acts once its association verifies it", async ({ page, context }) => {
    // Three people, two sign-ins with two-factor enrolment: longer than one page's budget.
    test.setTimeout(90_000);
    const stamp = Date.now().toString(36);
    const email = `e2e-${stamp}@example.jp`;
    const firmName = `株式会社E2E精工${stamp}`;

    await page.goto("/register");
    await page.waitForLoadState("networkidle"); // hydrated: React would reset a select chosen earlier
    const form = page.getByTestId("register-firm-form");
    await form.locator('input[name="firmName"]').fill(firmName);
    await form.locator('select[name="associationId"]').selectOption({ label: "一般社団法人 大田工業連合会" });
    await form.locator('select[name="municipalityCode"]').selectOption("13111");
    await form.locator('input[name="address"]').fill("東京都大田区南蒲田2-1-1");
    await form.locator('input[name="employees"]').fill("１２"); // full-width digits, as typed with an IME
    await form.locator('input[name="name"]').fill("試験 太郎");
    await form.locator('input[name="email"]').fill(email);
    await form.locator('input[name="password"]').fill("short");
    await form.locator('input[name="passwordConfirm"]').fill("short");
    await page.getByTestId("register-submit").click();
    // Too short a password: a message next to the field, and nothing else typed is lost.
    await expect(form.locator('input[name="firmName"]')).toHaveValue(firmName);
    // The field's own error (the hint "8〜64文字" is always shown): wait for the answer before typing
    // again, or React's reset of the submitted form would clear the new password.
    await expect(form.getByText("8文字以上")).toBeVisible();

    await form.locator('input[name="password"]').fill("Kojo-no-Chikara-42");
    await form.locator('input[name="passwordConfirm"]').fill("Kojo-no-Chikara-42");
    await page.getByTestId("register-submit").click();
    await expect(page.getByTestId("register-done")).toBeVisible();

    await signIn(page, email, "Kojo-no-Chikara-42");
    await page.goto("/firm/members");
    await expect(page).toHaveURL(/\/pending/);

    await context.clearCookies();
    await signIn(page, "ota-staff@demo.kyodo.example");
    await enrolTwoFactorIfAsked(page, "ota-staff@demo.kyodo.example");
    await page.goto("/staff/verifications");
    const card = page.getByTestId("verification-list").locator("li").filter({ hasText: firmName });
    await expect(card).toContainText(email);
    // The card links to the firm's page; verifying asks first (dismissed: nothing happens), then says it is done.
    await expect(card.getByTestId("firm-profile-link")).toHaveAttribute("href", /^\/firms\/[0-9a-f-]{36}$/);
    page.once("dialog", (dialog) => void dialog.dismiss());
    await card.getByTestId("verify-firm").click();
    await expect(card.getByTestId("verify-firm")).toBeVisible();
    await expect(page.getByTestId("verification-notice")).toHaveCount(0);
    page.once("dialog", (dialog) => { expect(dialog.message()).toContain(firmName); void dialog.accept(); });
    await card.getByTestId("verify-firm").click();
    await expect(page.getByTestId("verification-notice")).toContainText(firmName);
    await expect(page.getByTestId("verification-list").locator("li").filter({ hasText: firmName })).toHaveCount(0);

    await context.clearCookies();
    await signIn(page, email, "Kojo-no-Chikara-42");
    await page.goto("/firm/members");
    await expect(page).toHaveURL(/\/firm\/members/);
  });
});
