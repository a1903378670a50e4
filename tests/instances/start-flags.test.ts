// `npm start` gives the server its memory shape (decision 034): a ceiling on the old generation,
// which also makes V8 grow the heap by less after each collection, and a larger young generation,
// so a request's short-lived objects die there. Tests and benchmarks start the server with the
// same flags, read from the start script itself.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { startScriptNodeOptions } from "../../benchmarks/support/app-instance";

describe("the server's Node.js flags", () => {
  it("are read from npm start's script, and a Node.js given them has that heap ceiling", () => {
    const flags = startScriptNodeOptions();
    expect(flags).toMatch(/--max-old-space-size=\d+/);
    expect(flags).toMatch(/--max-semi-space-size=\d+/);
    const ceilingMb = Number(/--max-old-space-size=(\d+)/.exec(flags)![1]);
    const limit = execFileSync(process.execPath, ["-e", "process.stdout.write(String(require('v8').getHeapStatistics().heap_size_limit))"], {
      env: { ...process.env, NODE_OPTIONS: flags },
      encoding: "utf8",
    });
    // The limit covers the old generation and the young one's reserve on top.
    expect(Number(limit) / 1024 / 1024).toBeGreaterThanOrEqual(ceilingMb);
    expect(Number(limit) / 1024 / 1024).toBeLessThan(ceilingMb + 512);
  });
});
