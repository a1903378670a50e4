// OpenID Connect sign-in end to end: the test starts a real OpenID provider (the oidc-provider
// package, with its built-in login and consent pages) and an app server configured for it, and signs
// in through Chromium. A person the provider knows whose e-mail has an active account gets a session
// for that account; a person the provider knows but the platform does not is sent back to the
// sign-in page with a clear message, and no account is created (accounts come from registration or
// invitation only).
import type { Server } from "node:http";
import pg from "pg";
import Provider from "oidc-provider";
import { expect, test, type Page } from "@playwright/test";
import { freePort, hasProductionBuild, removeFolder, startOwnServer, waitForOk, type OwnServer } from "./support/own-server";

const e2eDatabase = process.env.DATABASE_URL;
const CLIENT = { id: "kyodo-e2e", secret: "a-client-secret-for-the-e2e-provider-0123456789" };
/** The provider's people: subject → claims. */
const PEOPLE: Record<string, { email: string; name: string }> = {
  "idp-buyer": { email: "buyer@demo.kyodo.example", name: "Demo Buyer" },
  "idp-stranger": { email: "stranger-e2e@idp.example", name: "Not On The Platform" },
};

async function query<T>(sql: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: e2eDatabase });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** From the app's sign-in page through the provider's login and consent pages, back to the app. */
async function signInWithProvider(page: Page, app: OwnServer, subject: string): Promise<void> {
  await page.goto(`${app.baseURL}/login`);
  await page.getByRole("button", { name: "テスト IdP でログイン" }).click();
  await page.waitForURL(/\/interaction\//);
  await page.locator('input[name="login"]').fill(subject);
  await page.locator('input[name="password"]').fill("any password: the provider's dev login takes it");
  await page.locator('button[type="submit"]').click();
  // The provider asks once per client for consent.
  const consent = page.locator('button[type="submit"]');
  await page.waitForURL((url) => url.origin === app.baseURL || /\/interaction\//.test(url.pathname));
  if (new URL(page.url()).origin !== app.baseURL) await consent.click();
  await page.waitForURL((url) => url.origin === app.baseURL && !url.pathname.startsWith("/api/auth"));
}

test.describe("OpenID Connect sign-in", () => {
  test.beforeEach(({}, testInfo) => test.skip(testInfo.project.name !== "desktop", "starts its own servers: once is enough"));
  test.skip(!hasProductionBuild(), "needs the production build (npm run build; the e2e web server makes it)");
  test.skip(!e2eDatabase, "needs PostgreSQL (DATABASE_URL): a second server cannot share the embedded database");
  test.describe.configure({ mode: "serial", timeout: 180_000 });

  let provider: Server;
  let app: OwnServer & { dataDir: string };

  test.beforeAll(async () => {
    const providerPort = await freePort();
    const issuer = `http://127.0.0.1:${providerPort}`;
    app = await startOwnServer({ DATABASE_URL: e2eDatabase!, OIDC_ISSUER: issuer, OIDC_CLIENT_ID: CLIENT.id, OIDC_CLIENT_SECRET: CLIENT.secret, OIDC_NAME: "テスト IdP" });
    const oidc = new Provider(issuer, {
      clients: [{ client_id: CLIENT.id, client_secret: CLIENT.secret, redirect_uris: [`${app.baseURL}/api/auth/callback/oidc`], grant_types: ["authorization_code"], response_types: ["code"] }],
      claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
      async findAccount(_ctx, subject) {
        const person = PEOPLE[subject];
        if (!person) return undefined;
        return { accountId: subject, claims: async () => ({ sub: subject, email: person.email, email_verified: true, name: person.name }) };
      },
      cookies: { keys: ["cookie-key-for-the-e2e-provider-0123456789"] },
      features: { devInteractions: { enabled: true } },
    });
    provider = oidc.listen(providerPort);
    await waitForOk(`${issuer}/.well-known/openid-configuration`, 10_000);
    await waitForOk(`${app.baseURL}/api/health`, 90_000);
  });

  test.afterAll(async () => {
    await app?.stop();
    if (app) removeFolder(app.dataDir);
    await new Promise((resolve) => provider?.close(resolve));
  });

  test("a person with an active account is signed in to that account", async ({ page }) => {
    await signInWithProvider(page, app, "idp-buyer");
    const session = (await (await page.request.get(`${app.baseURL}/api/auth/session`)).json()) as { sub?: string };
    const [buyer] = await query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, ["buyer@demo.kyodo.example"]);
    expect(session.sub).toBe(buyer!.id);
    await page.goto(`${app.baseURL}/buyer/jobs`);
    await expect(page).toHaveURL(/\/buyer\/jobs/);
  });

  test("a person the provider knows but the platform does not is refused with a message, and no account is made", async ({ page }) => {
    const before = await query<{ n: string }>(`SELECT count(*) AS n FROM "User"`, []);
    await signInWithProvider(page, app, "idp-stranger");
    await expect(page).toHaveURL(/\/login\?.*error=AccessDenied/);
    await expect(page.getByText("シングルサインオンで有効なアカウントが見つかりませんでした。")).toBeVisible();
    const session = (await (await page.request.get(`${app.baseURL}/api/auth/session`)).json()) as { sub?: string };
    expect(session.sub).toBeUndefined();
    expect(await query(`SELECT id FROM "User" WHERE email = $1`, [PEOPLE["idp-stranger"]!.email])).toEqual([]);
    expect(await query<{ n: string }>(`SELECT count(*) AS n FROM "User"`, [])).toEqual(before);
    const [refusal] = await query<{ details: { reason?: string } }>(`SELECT details FROM "AuditLog" WHERE action = 'auth.signin.failure' AND "targetId" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [PEOPLE["idp-stranger"]!.email]);
    expect(refusal?.details.reason).toBe("unknown_email");
  });
});
