// The JavaScript each page makes a browser load (gzip), from a running production server
// (`npm run build && npm run start`), signed in as the demo firm admin: the job board, the demo
// confidential job, and its PDF and DXF drawings in the in-page viewer. Shows that pdf.js and the
// DXF parser load on the drawing page only.
//   npm run bench:drawing-pages -- --base http://127.0.0.1:3000
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";

const base = process.argv[process.argv.indexOf("--base") + 1] ?? "http://127.0.0.1:3000";
const EMAIL = "firm-admin@demo.kyodo.example";
const PASSWORD = "Kyodo-Demo-2026";

async function measure(page: Page, path: string) {
  const scripts = new Map<string, number>();
  const collect = async (response: import("@playwright/test").Response) => {
    // Workers (pdf.js parses in one) are fetched as "other", not "script".
    if (!response.ok() || (response.request().resourceType() !== "script" && !/\.m?js(\?|$)/.test(response.url()))) return;
    const body = await response.body().catch(() => null);
    if (body) scripts.set(response.url(), gzipSync(body).byteLength);
  };
  page.on("response", collect);
  await page.goto(new URL(path, base).toString(), { waitUntil: "networkidle" });
  // The viewers load their own chunks (and pdf.js its worker) after hydration: wait until drawn.
  if (path.includes("/drawings/")) await page.locator('[data-rendered-page="1"], [data-testid="dxf-svg"]').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1000);
  page.off("response", collect);
  const total = [...scripts.values()].reduce((a, b) => a + b, 0);
  const heavy = [...scripts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([url, size]) => `${url.split("/").pop()} ${(size / 1024).toFixed(0)} kB`);
  return { path, files: scripts.size, kB: Math.round(total / 1024), heavy };
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
await page.goto(new URL("/login", base).toString());
await page.locator('input[name="email"]').fill(EMAIL);
await page.locator('input[name="password"]').fill(PASSWORD);
await page.getByTestId("sign-in-submit").click();
await page.getByTestId("viewer").first().waitFor({ state: "attached" });
await page.goto(new URL("/jobs?show=all&q=" + encodeURIComponent("油圧バルブブロック"), base).toString());
const jobPath = new URL((await page.getByTestId("board-results").getByRole("link").first().getAttribute("href"))!, base).pathname;
await page.goto(new URL(jobPath, base).toString(), { waitUntil: "networkidle" });
const drawingPaths = await page.getByTestId("drawing-view").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));

// Each page from a fresh context, so nothing is cached from the page before.
const rows = [];
for (const path of ["/jobs", "/directory", jobPath, ...drawingPaths]) {
  const context = await browser.newContext({ storageState: await page.context().storageState() });
  rows.push(await measure(await context.newPage(), path));
  await context.close();
}
await browser.close();
console.table(rows.map((r) => ({ page: r.path, "JS files": r.files, "JS gzip kB": r.kB, largest: r.heavy.join(", ") })));
