// Signing in from the browser as a user would, including two-factor sign-in for staff: a staff
// account enrols an authenticator on first sign-in; the secret is kept in .data/ so
// a retry (a new worker) can still produce codes for an account the first attempt enrolled.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
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

const LOCKS = path.resolve(".data/e2e-totp-locks");
const WINDOWS = path.resolve(".data/e2e-totp-windows.json");
const windows = (): Record<string, number> => (existsSync(WINDOWS) ? (JSON.parse(readFileSync(WINDOWS, "utf8")) as Record<string, number>) : {});

/**
 * One worker at a time uses an account's codes, each from a 30 s window no worker used before: the
 * server accepts a code once, and the refused ones count towards the account's sign-in lock (two
 * specs signing in as one staff account at once locked it out). `code` waits for a fresh window.
 */
async function withCodeWindow<T>(email: string, run: (code: (secret: string) => Promise<string>) => Promise<T>): Promise<T> {
  const lock = path.join(LOCKS, email);
  mkdirSync(LOCKS, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A worker that died holding the lock leaves it behind; nothing holds one for two minutes.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        /* released meanwhile */
      }
      await sleep(250);
    }
  }
  try {
    return await run(async (secret) => {
      const used = windows()[email] ?? -1;
      if (Math.floor(Date.now() / 30_000) <= used) await sleep((used + 1) * 30_000 - Date.now() + 500);
      writeFileSync(WINDOWS, JSON.stringify({ ...windows(), [email]: Math.floor(Date.now() / 30_000) }));
      return generate({ secret });
    });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
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
    await withCodeWindow(email, async (code) => {
      await codeField.fill(await code(secret));
      await page.getByTestId("sign-in-submit").click();
      await expect(page.getByTestId("viewer").first()).toBeAttached({ timeout: 45_000 });
    });
  }
}

/** Staff and admins must enrol an authenticator before anything else; do it when asked. */
export async function enrolTwoFactorIfAsked(page: Page, email: string) {
  // Under the account's lock: a second worker enrolling at once would replace the first one's key.
  await withCodeWindow(email, async (code) => {
    await page.goto("/profile/security");
    await page.waitForLoadState("networkidle");
    if (!(await page.getByTestId("2fa-required").isVisible())) return;
    await page.getByTestId("2fa-start").click();
    const secret = (await page.getByTestId("2fa-key").innerText()).replace(/\s+/g, "");
    remember(email, secret);
    await page.locator('input[name="code"]').first().fill(await code(secret));
    await page.getByTestId("2fa-enable").click();
    await expect(page.getByTestId("recovery-codes")).toBeVisible();
    await page.getByTestId("2fa-continue").click();
  });
}
