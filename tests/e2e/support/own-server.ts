// A second production server (`next start` on the e2e build) with settings of its own, for tests
// that must not disturb the shared e2e server: a configuration that stops the start, or a sign-in
// throttle that would lock the shared server's address out for everyone.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export const hasProductionBuild = () => existsSync(".next/BUILD_ID");
export const LONG_SECRET = "a-long-enough-secret-for-this-test-0123456789";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export interface OwnServer {
  baseURL: string;
  port: number;
  /** Everything the process printed so far. */
  output(): string;
  /** Resolves with the exit code, or "running" when the process is still up after `limitMs`. */
  exited(limitMs: number): Promise<number | "running">;
  /** Stops the process (SIGTERM) and waits for it. */
  stop(): Promise<void>;
}

/** Starts `next start` on a free port with an embedded database in `dataDir` (a new temporary
 *  folder unless given) and the given settings on top of safe defaults. */
export async function startOwnServer(settings: Record<string, string>, dataDir = mkdtempSync(path.join(tmpdir(), "kj-own-"))): Promise<OwnServer & { dataDir: string }> {
  const port = await freePort();
  const inherited: NodeJS.ProcessEnv = { ...process.env };
  delete inherited.DATABASE_URL; // the shared e2e database is not this server's
  const environment: NodeJS.ProcessEnv = {
    ...inherited,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    QUEUE_WORKERS: "false",
    PGLITE_DIR: dataDir,
    SEED_ON_FIRST_START: "false",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: LONG_SECRET,
    ...settings,
  };
  const child: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], { env: environment, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exit = new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? -1)));
  return {
    baseURL: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    output: () => output,
    exited: (limitMs) => Promise.race([exit, new Promise<"running">((resolve) => setTimeout(() => resolve("running"), limitMs))]),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exit;
    },
  };
}

/** Waits until `url` answers 200 (the first request migrates and seeds the embedded database). */
export async function waitForOk(url: string, limitMs: number): Promise<void> {
  const until = Date.now() + limitMs;
  let last = "";
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer 200 within ${limitMs} ms (${last})`);
}

export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}.lock`, { force: true });
}
