// End-to-end tests in Debian's Chromium (Playwright cannot download browsers here).
//
// The app runs as a production build (`next build && next start`) on port 3100: robust in CI and
// next to a developer's `next dev` in the same folder (Next allows one dev server per project).
// Set E2E_DEV_SERVER=1 to test against `next dev` instead (faster to start, slower first pages).
// Without DATABASE_URL the app uses its own embedded database in .data/e2e, apart from .data/pglite.
import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets several checkouts run their suites side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 3100);
const isCI = Boolean(process.env.CI);
const useDevServer = process.env.E2E_DEV_SERVER === "1";
// `next dev` serves its scripts only to localhost (it blocks other origins, 127.0.0.1 included).
const baseURL = `http://${useDevServer ? "localhost" : "127.0.0.1"}:${port}`;

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: isCI ? 2 : undefined,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: isCI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], browserName: "chromium", launchOptions: chromium },
    },
    {
      name: "phone",
      use: { ...devices["Pixel 7"], browserName: "chromium", launchOptions: chromium },
    },
  ],
  webServer: {
    command: useDevServer ? `npm run dev -- -p ${port}` : `npm run build && npm run start -- -p ${port}`,
    // Health opens (and on first start migrates and seeds) the database, so the tests start on a ready app.
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: !isCI,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      // DATABASE_URL, when set, is passed through with the rest of the environment.
      PGLITE_DIR: process.env.E2E_PGLITE_DIR ?? ".data/e2e",
      SEED_FIRMS: process.env.SEED_FIRMS ?? "300",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? baseURL,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-not-for-production-0123456789",
    },
  },
});
