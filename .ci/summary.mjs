// The closing lines of .ci/run: each runner's counts, the steps that failed (a failed typecheck,
// lint or install has no test count, so it is named here or it would go unseen), and one
// "N passed, N failed" line. Exit 1 when anything failed.
//   node .ci/summary.mjs --vitest FILE --playwright FILE [--failed-step NAME]…
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    vitest: { type: "string" },
    playwright: { type: "string" },
    "failed-step": { type: "string", multiple: true, default: [] },
  },
});

const read = (file) => {
  if (!file) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
};

let passed = 0;
let failed = 0;
let skipped = 0;
const failedSteps = [...values["failed-step"]];

const v = read(values.vitest);
if (v) {
  passed += v.numPassedTests;
  failed += Math.max(v.numFailedTests, v.numFailedTestSuites ?? 0);
  skipped += v.numPendingTests + v.numTodoTests;
  console.log(`vitest: ${v.numPassedTests} passed, ${v.numFailedTests} failed`);
} else {
  failed += 1;
  console.log("vitest: no report");
}

const p = read(values.playwright);
if (p && p.stats) {
  passed += p.stats.expected;
  failed += p.stats.unexpected + (p.errors?.length ?? 0);
  skipped += p.stats.skipped;
  console.log(`playwright: ${p.stats.expected} passed, ${p.stats.unexpected} failed, ${p.stats.flaky} flaky`);
} else {
  failed += 1;
  console.log("playwright: no report");
}

if (failedSteps.length > 0) console.log(`FAILED STEPS: ${failedSteps.join(", ")}`);
console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : "") + (failedSteps.length ? `; ${failedSteps.length} step(s) failed` : ""));
process.exit(failed > 0 || failedSteps.length > 0 ? 1 : 0);
