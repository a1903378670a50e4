// Real `next start` processes of this checkout's production build, for tests that need what only
// a running server shows (several instances on one database, request logs, throughput). Builds
// first when there is no build or it is older than the last commit.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT = path.join(ROOT, "node_modules/.bin/next");

export function ensureProductionBuild(): void {
  const buildId = path.join(ROOT, ".next/BUILD_ID");
  const committedAt = Number(execFileSync("git", ["log", "-1", "--format=%ct"], { cwd: ROOT, encoding: "utf8" }).trim()) * 1000;
  if (existsSync(buildId) && statSync(buildId).mtimeMs > committedAt && existsSync(path.join(ROOT, ".next/matching-worker.mjs"))) return;
  // npm run build: Next's build, then the composer's worker bundle (scripts/build-matching-worker.mjs).
  execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "ignore", env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface AppInstance {
  url: string;
  /** Every JSON log line the process wrote so far. */
  logs: Record<string, unknown>[];
  process: ChildProcess;
  stop(): Promise<void>;
}

/** The Node.js flags `npm start` gives the server (package.json's start script: its memory shape,
 *  decision 034), so tests and benchmarks run the server as production does. */
export function startScriptNodeOptions(): string {
  const { scripts } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
  return /NODE_OPTIONS="([^"$]*)/.exec(scripts.start ?? "")?.[1]?.trim() ?? "";
}

/** cpuProfileDir: where the server's Node.js writes V8 CPU profiles of its threads when it stops
 *  (node --cpu-prof, which NODE_OPTIONS refuses, so Next's script is run under node with it);
 *  summarise one with `npx tsx benchmarks/support/profile-summary.ts FILE`. */
export async function startInstance(env: Record<string, string>, options: { port?: number; timeoutMs?: number; cpuProfileDir?: string } = {}): Promise<AppInstance> {
  const port = options.port ?? (await freePort());
  const timeoutMs = options.timeoutMs ?? 120_000;
  const args = ["start", "-p", String(port), "-H", "127.0.0.1"];
  const profile = options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const child = spawn(profile.length ? process.execPath : NEXT, profile.length ? [...profile, realpathSync(NEXT), ...args] : args, {
    cwd: ROOT,
    env: {
      ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "info",
      NODE_OPTIONS: `${startScriptNodeOptions()} ${process.env.NODE_OPTIONS ?? ""}`.trim(), ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Record<string, unknown>[] = [];
  let pending = "";
  const output: string[] = [];
  child.stdout!.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      output.push(line);
      if (line.startsWith("{")) {
        try {
          logs.push(JSON.parse(line) as Record<string, unknown>);
        } catch {
          /* not ours */
        }
      }
    }
  });
  child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output.join("\n").slice(-2000)}`);
    try {
      const response = await fetch(`${url}/api/health/ready`);
      if (response.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`next start was not ready within ${timeoutMs} ms:\n${output.join("\n").slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    logs,
    process: child,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
