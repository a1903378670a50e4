// npm run bench:lighthouse [-- --base http://127.0.0.1:3150] [--runs 1] [--only home,directory] [--reports DIR]
// Lighthouse's performance audit, mobile emulation with its default simulated throttling (a
// mid-range phone on slow 4G, computed from the trace, so a loaded machine disturbs it less than
// real throttling would), on the pages a phone user opens first: the home page, the public
// directory, a job page and every role's start page. Builds nothing: runs against a server that is
// already up (--base), or starts the production build of this checkout (`npx next build` first)
// on a free port with the environment's DATABASE_URL. Seed first: `npm run db:seed -- --firms 300`.
// Staff sign in with their second factor when the e2e suite has enrolled them (its codes in
// .data/e2e-totp-secrets.json); otherwise their start page is the one that asks to enrol.
// Prints a table (median of --runs) with the machine's load average, then one JSON line; --reports
// keeps each run's whole Lighthouse report (LCP element, long tasks, unused scripts) as JSON in DIR.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { generate } from "otplib";
import { startInstance, type AppInstance } from "./support/app-instance";
import { signInForBenchmark } from "./support/sign-in";

const ROOT = path.resolve(import.meta.dirname, "..");
const LIGHTHOUSE = path.join(ROOT, "node_modules/.bin/lighthouse");
const TOTP_SECRETS = path.join(ROOT, ".data/e2e-totp-secrets.json");

const { values } = parseArgs({
  options: {
    base: { type: "string" },
    runs: { type: "string", default: "1" },
    only: { type: "string" },
    reports: { type: "string" },
  },
});
const runs = Math.max(1, Number(values.runs));

interface Page {
  name: string;
  path: string | ((base: string, cookie: string) => Promise<string>);
  email?: string;
}

/** The first job the firm's job board links to. */
async function firstJobPath(base: string, cookie: string): Promise<string> {
  const html = await (await fetch(`${base}/jobs`, { headers: { cookie } })).text();
  const id = /href="\/jobs\/([^"/?#]+)"/.exec(html)?.[1];
  if (!id) throw new Error("the job board lists no job: seed the database first");
  return `/jobs/${id}`;
}

const PAGES: Page[] = [
  { name: "home", path: "/" },
  { name: "directory", path: "/directory" },
  { name: "login", path: "/login" },
  { name: "job page", path: firstJobPath, email: "firm-admin@demo.kyodo.example" },
  { name: "start: firm admin", path: "/start", email: "firm-admin@demo.kyodo.example" },
  { name: "start: shop floor", path: "/start", email: "firm-member@demo.kyodo.example" },
  { name: "start: buyer", path: "/start", email: "buyer@demo.kyodo.example" },
  { name: "start: association staff", path: "/start", email: "ota-staff@demo.kyodo.example" },
  { name: "start: federation staff", path: "/start", email: "federation@demo.kyodo.example" },
  { name: "start: admin", path: "/start", email: "admin@demo.kyodo.example" },
];

async function sessionCookie(base: string, email: string): Promise<{ cookie: string; twoFactor: boolean }> {
  const secrets = existsSync(TOTP_SECRETS) ? (JSON.parse(readFileSync(TOTP_SECRETS, "utf8")) as Record<string, string>) : {};
  const secret = secrets[email];
  if (!secret) return { cookie: await signInForBenchmark(base, email), twoFactor: false };
  // A code is accepted once: wait for a fresh 30 s window rather than reuse one an e2e run just used.
  const wait = 30_000 - (Date.now() % 30_000) + 500;
  await new Promise((resolve) => setTimeout(resolve, wait));
  return { cookie: await signInForBenchmark(base, email, await generate({ secret })), twoFactor: true };
}

interface Result {
  page: string;
  path: string;
  performance: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  weightKiB: number;
  fontKiB: number;
  scriptKiB: number;
  stylesheetKiB: number;
  documentKiB: number;
}

interface LighthouseReport {
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number; details?: { items?: { resourceType: string; transferSize: number }[] } }>;
  runtimeError?: { code: string; message: string };
}

async function lighthouse(url: string, cookie: string, reportPath?: string): Promise<LighthouseReport> {
  const args = [
    url,
    "--only-categories=performance",
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    "--max-wait-for-load=90000",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
  ];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  const { stdout } = await promisify(execFile)(LIGHTHOUSE, args, {
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
  });
  if (reportPath) writeFileSync(reportPath, stdout);
  const report = JSON.parse(stdout) as LighthouseReport;
  if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
  return report;
}

/** Lighthouse sometimes fails to record the trace (NO_NAVSTART) on this machine: such a run is
 *  made again (twice at most) and counted, never left out of the median silently. */
let retriedRuns = 0;
async function lighthouseRetried(url: string, cookie: string, reportPath?: string): Promise<LighthouseReport> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouse(url, cookie, reportPath);
    } catch (error) {
      if (attempt > 2) throw error;
      retriedRuns++;
      console.error(`Lighthouse failed on ${url} (${String(error).split("\n")[0]!.slice(0, 200)}): running it again`);
    }
  }
}

function summarise(page: string, pagePath: string, report: LighthouseReport): Result {
  const value = (audit: string) => report.audits[audit]?.numericValue ?? NaN;
  const summary = report.audits["resource-summary"]?.details?.items ?? [];
  const kib = (type: string) => Math.round((summary.find((item) => item.resourceType === type)?.transferSize ?? 0) / 102.4) / 10;
  return {
    page,
    path: pagePath,
    performance: Math.round((report.categories.performance.score ?? 0) * 100),
    fcpMs: Math.round(value("first-contentful-paint")),
    lcpMs: Math.round(value("largest-contentful-paint")),
    tbtMs: Math.round(value("total-blocking-time")),
    cls: Math.round(value("cumulative-layout-shift") * 1000) / 1000,
    speedIndexMs: Math.round(value("speed-index")),
    weightKiB: Math.round(value("total-byte-weight") / 102.4) / 10,
    fontKiB: kib("font"),
    scriptKiB: kib("script"),
    stylesheetKiB: kib("stylesheet"),
    documentKiB: kib("document"),
  };
}

/** The run with the median performance score. */
const median = (results: Result[]) => [...results].sort((a, b) => a.performance - b.performance)[Math.floor(results.length / 2)]!;

async function main() {
  let instance: AppInstance | undefined;
  if (!values.base && !existsSync(path.join(ROOT, ".next/BUILD_ID"))) throw new Error("no production build: run `npx next build` first, or pass --base");
  const base = (values.base ?? (instance = await startInstance({})).url).replace(/\/$/, "");
  const only = values.only?.split(",").map((name) => name.trim());
  const pages = only ? PAGES.filter((page) => only.some((name) => page.name.includes(name))) : PAGES;
  if (values.reports) mkdirSync(values.reports, { recursive: true });
  const loadBefore = loadavg();
  const results: (Result & { twoFactor: boolean })[] = [];
  try {
    for (const page of pages) {
      const session = page.email ? await sessionCookie(base, page.email) : { cookie: "", twoFactor: false };
      const pagePath = typeof page.path === "string" ? page.path : await page.path(base, session.cookie);
      const each: Result[] = [];
      for (let run = 0; run < runs; run++) {
        const reportPath = values.reports ? path.join(values.reports, `${page.name.replace(/[^a-z]+/gi, "-")}-${run + 1}.json`) : undefined;
        each.push(summarise(page.name, pagePath, await lighthouseRetried(`${base}${pagePath}`, session.cookie, reportPath)));
      }
      const result = { ...median(each), twoFactor: session.twoFactor };
      results.push(result);
      console.error(`${page.name}: ${result.performance} (LCP ${result.lcpMs} ms)`);
    }
  } finally {
    await instance?.stop();
  }
  const loadAfter = loadavg();
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(" ");
  const s = (ms: number) => (ms / 1000).toFixed(1);
  console.log([
    `Lighthouse ${runs > 1 ? `(median of ${runs} runs) ` : ""}mobile, simulated throttling, ${base}; load average before ${load(loadBefore)}, after ${load(loadAfter)}`,
    "| page | performance | FCP s | LCP s | TBT ms | CLS | speed index s | weight KiB | fonts KiB | scripts KiB | CSS KiB | HTML KiB |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map((r) => `| ${r.page}${r.twoFactor ? " (2FA)" : ""} | ${r.performance} | ${s(r.fcpMs)} | ${s(r.lcpMs)} | ${r.tbtMs} | ${r.cls} | ${s(r.speedIndexMs)} | ${r.weightKiB} | ${r.fontKiB} | ${r.scriptKiB} | ${r.stylesheetKiB} | ${r.documentKiB} |`),
  ].join("\n"));
  if (retriedRuns) console.log(`${retriedRuns} run(s) failed to record and were made again`);
  console.log(JSON.stringify({ bench: "lighthouse", runs, base, loadBefore, loadAfter, retriedRuns, results }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
