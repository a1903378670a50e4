// The CI script's own parts: the tree check after `npm ci` and the closing summary, run as CI runs
// them (a real git repository in a temporary folder, the real node script).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "kj-ci-"));
  folders.push(folder);
  return folder;
}
function run(command: string, args: string[], cwd = root) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8" });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe(".ci/run", () => {
  it("installs with npm ci and checks the tree after the install", () => {
    const script = readFileSync(path.join(root, ".ci/run"), "utf8");
    expect(script).toMatch(/^npm ci /m);
    expect(script).not.toMatch(/^npm install/m);
    expect(script.indexOf(".ci/tree-unchanged.sh")).toBeGreaterThan(script.indexOf("npm ci "));
  });
});

describe(".ci/tree-unchanged.sh", () => {
  it("passes on an unchanged checkout and ignores untracked files", () => {
    const repo = tempFolder();
    const git = (...args: string[]) => expect(run("git", ["-c", "user.name=ci", "-c", "user.email=ci@example.invalid", ...args], repo).code).toBe(0);
    git("init", "-q");
    writeFileSync(path.join(repo, "package-lock.json"), '{"lockfileVersion":3}\n');
    git("add", ".");
    git("commit", "-qm", "lockfile");
    writeFileSync(path.join(repo, "untracked.txt"), "generated\n");
    const clean = run(path.join(root, ".ci/tree-unchanged.sh"), [repo]);
    expect(clean.out).toContain("tracked files unchanged");
    expect(clean.code).toBe(0);

    writeFileSync(path.join(repo, "package-lock.json"), '{"lockfileVersion":3,"packages":{}}\n');
    const dirty = run(path.join(root, ".ci/tree-unchanged.sh"), [repo]);
    expect(dirty.code).toBe(1);
    expect(dirty.out).toContain("package-lock.json");
  });
});

describe(".ci/summary.mjs", () => {
  const reports = () => {
    const folder = tempFolder();
    const vitest = path.join(folder, "vitest.json");
    const playwright = path.join(folder, "playwright.json");
    writeFileSync(vitest, JSON.stringify({ numPassedTests: 10, numFailedTests: 0, numFailedTestSuites: 0, numPendingTests: 0, numTodoTests: 0 }));
    writeFileSync(playwright, JSON.stringify({ stats: { expected: 4, unexpected: 0, flaky: 0, skipped: 1 }, errors: [] }));
    return ["--vitest", vitest, "--playwright", playwright];
  };

  it("passes when every runner and step passed", () => {
    const result = run("node", [".ci/summary.mjs", ...reports()]);
    expect(result.out).toContain("14 passed, 0 failed, 1 skipped");
    expect(result.code).toBe(0);
  });

  it("names a failed typecheck even when every test passed", () => {
    const result = run("node", [".ci/summary.mjs", ...reports(), "--failed-step", "typecheck", "--failed-step", "lint"]);
    expect(result.out).toContain("FAILED STEPS: typecheck, lint");
    expect(result.out).toMatch(/14 passed, 0 failed.*2 step\(s\) failed/);
    expect(result.code).toBe(1);
  });

  it("fails when a report is missing", () => {
    const result = run("node", [".ci/summary.mjs", "--vitest", "/nonexistent/vitest.json", "--playwright", "/nonexistent/p.json"]);
    expect(result.out).toContain("vitest: no report");
    expect(result.code).toBe(1);
  });
});
