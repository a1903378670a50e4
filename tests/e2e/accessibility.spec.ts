// axe on every main page, signed out and as each role, desktop and phone: no critical or serious
// violation, no message missing in the browser, and no two landmarks of one kind with the same name
// (each suggestion card once named its sections 「工程の流れ」 and 「スコアの内訳」 alike, so a screen
// reader's landmark list repeated them).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type ConsoleMessage, type Page } from "@playwright/test";
import { enrolTwoFactorIfAsked, signIn } from "./support/sign-in";

const LANDMARK_RULES = new Set(["landmark-unique", "landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo", "landmark-no-duplicate-main"]);

/** The page's violations that matter, as lines (every page of a test is scanned before it fails).
 *  A message the browser could not find counts too: the page sends only the namespaces its client
 *  components use (decision 027), and next-intl then logs MISSING_MESSAGE and shows the key. */
async function violationsOf(page: Page, path: string): Promise<string[]> {
  const missing: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    if (message.text().includes("MISSING_MESSAGE")) missing.push(`${path}: ${message.text().slice(0, 200)}`);
  };
  page.on("console", onConsole);
  try {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const { violations } = await new AxeBuilder({ page }).analyze();
    return [
      ...missing,
      ...violations
        .filter((v) => v.impact === "critical" || v.impact === "serious" || LANDMARK_RULES.has(v.id))
        .map((v) => `${path}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`),
    ];
  } finally {
    page.off("console", onConsole);
  }
}

async function expectAccessible(page: Page, paths: readonly (string | null)[]) {
  const found: string[] = [];
  for (const path of paths) if (path) found.push(...(await violationsOf(page, path)));
  expect(found).toEqual([]);
}

/** The first link on the page whose address matches, as a path. */
async function firstLink(page: Page, path: string, pattern: RegExp): Promise<string | null> {
  await page.goto(path);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.find((href) => pattern.test(href)) ?? null;
}

const JOB = /^\/jobs\/[0-9a-f-]{36}$/;
const GROUP = /^\/groups\/[0-9a-f-]{36}$/;
const FIRM = /^\/firms\/[0-9a-f-]{36}$/;

test.describe("every main page passes axe", () => {
  test.describe.configure({ timeout: 240_000 });

  test("signed out", async ({ page }) => {
    await expectAccessible(page, ["/", "/directory", "/login", "/register", "/register?as=buyer"]);
  });

  test("a firm", async ({ page }) => {
    await signIn(page, "firm-admin@demo.kyodo.example");
    const job = await firstLink(page, "/jobs?show=all", JOB);
    const group = await firstLink(page, "/groups", GROUP);
    const firm = await firstLink(page, "/directory", FIRM);
    await expectAccessible(page, ["/jobs", "/directory", "/groups", "/inquiries", "/firm/profile", "/firm/members", "/notifications", "/profile", job, group, firm]);
  });

  test("a buyer", async ({ page }) => {
    await signIn(page, "buyer@demo.kyodo.example");
    const job = await firstLink(page, "/buyer/jobs", JOB);
    expect(job).not.toBeNull();
    await expectAccessible(page, ["/buyer/jobs", "/buyer/jobs?tab=finished", "/buyer/jobs/new", "/directory", "/groups", "/inquiries", job!, `${job!}/suggestions`, `${job!}/compose`]);
  });

  test("association and federation staff", async ({ page, context }) => {
    await signIn(page, "ota-staff@demo.kyodo.example");
    await enrolTwoFactorIfAsked(page, "ota-staff@demo.kyodo.example");
    await expectAccessible(page, ["/staff/verifications", "/staff/approvals", "/staff/job-reviews", "/staff/cooperative", "/staff/certificates", "/kpi"]);
    await context.clearCookies();
    await signIn(page, "federation@demo.kyodo.example");
    await enrolTwoFactorIfAsked(page, "federation@demo.kyodo.example");
    await expectAccessible(page, ["/admin/associations", "/admin/staff", "/admin/audit", "/kpi"]);
  });
});
