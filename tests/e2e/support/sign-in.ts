// Signing in from the browser as a user would, including two-factor sign-in for staff: a staff
// account enrols an authenticator on first sign-in; the secret is kept in .data/ so
// a retry (a new worker) can still produce codes for an account the first attempt enrolled.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { generate } from "otplib";

export const DEMO_PASSWORD = "Kyodo-Demo-2026";
const SECRETS = path.resolve(".data/e2e-totp-secrets.json");

function secrets(): Record<string, string> {
  return existsSync(SECRETS) ? (JSON.parse(readFileSync(SECRETS, "utf8")) as Record<string, string>) : {};
}
function remember(email: string, secret: string) {
  mkdirSync(path.dirname(SECRETS), { recursive: true });
  writeFileSync(SECRETS, JSON.stringify({ ...secrets(), [email]: secret }));
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, next = "/") {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  const form = page.getByTestId("sign-in-form");
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="password"]').fill(password);
  await page.getByTestId("sign-in-submit").click();
  const codeField = form.locator('input[name="code"]');
  await expect(page.getByTestId("viewer").or(codeField).or(page.getByTestId("sign-in-error")).first()).toBeAttached({ timeout: 45_000 }); // a password check and the first page render take long on a busy machine
  if (await codeField.isVisible()) {
    const secret = secrets()[email];
    if (!secret) throw new Error(`${email} has two-factor sign-in but this run does not know its secret`);
    await codeField.fill(await generate({ secret }));
    await page.getByTestId("sign-in-submit").click();
    // A code is accepted once: a retry signing in within the same 30 s as its first attempt gets
    // "already used" and must wait for the next code, as a person would.
    const signedIn = await page.getByTestId("viewer").first().waitFor({ state: "attached", timeout: 5_000 }).then(() => true, () => false);
    if (!signedIn) {
      await page.waitForTimeout((30 - (Math.floor(Date.now() / 1000) % 30) + 1) * 1000);
      await codeField.fill(await generate({ secret }));
      await page.getByTestId("sign-in-submit").click();
    }
  }
}

/** Staff and admins must enrol an authenticator before anything else; do it when asked. */
export async function enrolTwoFactorIfAsked(page: Page, email: string) {
  await page.goto("/profile/security");
  await page.waitForLoadState("networkidle");
  if (!(await page.getByTestId("2fa-required").isVisible())) return;
  await page.getByTestId("2fa-start").click();
  const secret = (await page.getByTestId("2fa-key").innerText()).replace(/\s+/g, "");
  remember(email, secret);
  await page.locator('input[name="code"]').first().fill(await generate({ secret }));
  await page.getByTestId("2fa-enable").click();
  await expect(page.getByTestId("recovery-codes")).toBeVisible();
  await page.getByTestId("2fa-continue").click();
}
