// What a first visit downloads for the pages a phone user opens first, held to the budgets in
// benchmarks/page-weight-budget.json (docs/decisions/026-fonts-on-phones.md): the HTML, every
// script and stylesheet, and the fonts the first screen asks for (the bundled font is asked for
// after the page has loaded; the test waits for it), and apart the part before the font (what the
// first paint races). Bytes as sent (compressed), from the
// browser's resource timing, on an empty cache. Prefetches of other pages are not counted.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { BUNDLED_FONT_CLASS, BUNDLED_FONT_COOKIE } from "../../lib/fonts/bundled-font";
import { enrolTwoFactorIfAsked, signIn } from "./support/sign-in";

/** kib: everything counted; criticalKib: what the first paint waits for or races (HTML, scripts, the
 *  app's stylesheets; not the bundled font, which comes after). */
interface Budget { kib: number; criticalKib: number }
const budgets = JSON.parse(readFileSync(path.resolve("benchmarks/page-weight-budget.json"), "utf8")) as { pages: Record<string, Budget> };

interface Weight { document: number; script: number; stylesheet: number; font: number; other: number }

/** The page's first load by kind, once the bundled font has been asked for and has arrived. */
async function firstLoadWeight(page: Page): Promise<Weight> {
  await page.waitForLoadState("load");
  await expect(page.locator(`html.${BUNDLED_FONT_CLASS}`)).toBeAttached();
  await page.evaluate(async () => {
    void document.body.offsetHeight; // lay the page out with the font, so its subsets are requested
    await document.fonts.ready;
  });
  await page.waitForLoadState("networkidle");
  return page.evaluate(() => {
    const weight = { document: 0, script: 0, stylesheet: 0, font: 0, other: 0 };
    const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
    weight.document = navigation?.encodedBodySize ?? 0;
    for (const entry of performance.getEntriesByType("resource") as PerformanceResourceTiming[]) {
      const file = new URL(entry.name).pathname;
      const kind = file.startsWith("/fonts/") || /\.(woff2?|ttf|otf)$/.test(file) ? "font" : /\.js$/.test(file) ? "script" : /\.css$/.test(file) ? "stylesheet" : "other";
      weight[kind] += entry.encodedBodySize;
    }
    return weight;
  });
}

/** A fresh context (empty cache) with the signed-in session of `signedIn`, as a first visit. */
async function freshContextLike(browser: Browser, signedIn: BrowserContext, baseURL: string, isMobile: boolean, viewport: { width: number; height: number } | null): Promise<BrowserContext> {
  const state = await signedIn.storageState();
  return browser.newContext({
    baseURL,
    isMobile,
    hasTouch: isMobile,
    viewport,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    storageState: { ...state, cookies: state.cookies.filter((cookie) => cookie.name !== BUNDLED_FONT_COOKIE) },
  });
}

const PAGES: { name: string; path: string | "firstJob"; email?: string; twoFactor?: true }[] = [
  { name: "home", path: "/" },
  { name: "directory", path: "/directory" },
  { name: "login", path: "/login" },
  { name: "job page", path: "firstJob", email: "firm-admin@demo.kyodo.example" },
  { name: "start: firm admin", path: "/start", email: "firm-admin@demo.kyodo.example" },
  { name: "start: shop floor", path: "/start", email: "firm-member@demo.kyodo.example" },
  { name: "start: buyer", path: "/start", email: "buyer@demo.kyodo.example" },
  { name: "start: association staff", path: "/start", email: "ota-staff@demo.kyodo.example", twoFactor: true },
  { name: "start: federation staff", path: "/start", email: "federation@demo.kyodo.example", twoFactor: true },
  { name: "start: admin", path: "/start", email: "admin@demo.kyodo.example", twoFactor: true },
];

const kib = (bytes: number) => Math.round(bytes / 102.4) / 10;

for (const { name, path: pagePath, email, twoFactor } of PAGES) {
  test(`first load of ${name} stays within its weight budget`, async ({ browser, page, baseURL, isMobile, viewport }) => {
    const budget = budgets.pages[name];
    expect(budget, `benchmarks/page-weight-budget.json has no budget for "${name}"`).toBeDefined();
    let measured = page;
    if (email) {
      test.setTimeout(120_000); // a staff sign-in may wait for a fresh two-factor code window
      await signIn(page, email);
      if (twoFactor) await enrolTwoFactorIfAsked(page, email);
      let target = pagePath;
      if (target === "firstJob") {
        await page.goto("/jobs");
        const links = await page.locator('a[href^="/jobs/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
        target = links.find((href) => /^\/jobs\/[^/?#]+$/.test(href))!;
        expect(target, "the job board links to a job").toBeTruthy();
      }
      const fresh = await freshContextLike(browser, page.context(), baseURL!, isMobile, viewport);
      measured = await fresh.newPage();
      await measured.goto(target);
    } else {
      await page.goto(pagePath);
    }
    const weight = await firstLoadWeight(measured);
    const critical = weight.document + weight.script + weight.stylesheet;
    const counted = critical + weight.font;
    const detail = Object.entries(weight).map(([kind, bytes]) => `${kind} ${kib(bytes)} KiB`).join(", ");
    const summary = `${kib(counted)} KiB of ${budget!.kib}, critical ${kib(critical)} KiB of ${budget!.criticalKib} (${detail})`;
    test.info().annotations.push({ type: "page weight", description: `${name}: ${summary}` });
    console.log(`[page weight] ${test.info().project.name} ${name}: ${summary}`);
    expect(kib(critical), `${name} first load before the font: ${detail}`).toBeLessThanOrEqual(budget!.criticalKib);
    expect(kib(counted), `${name} first load: ${detail}`).toBeLessThanOrEqual(budget!.kib);
    if (measured !== page) await measured.context().close();
  });
}
