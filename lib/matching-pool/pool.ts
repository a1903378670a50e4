// The composer runs off the request thread: a pool of worker threads (piscina), one per core, so a
// page load never waits behind a suggestion's search (issue 20). The worker is lib/matching/worker.ts:
// under `next start` its bundle from the build (scripts/build-matching-worker.mjs, written next to
// Next's own output), elsewhere (vitest, scripts, next dev) the TypeScript source through tsx.
// Where neither can start (MATCHING_WORKERS=0, or a production build without the bundle) the task
// runs in the calling thread: same answer, only the waiting differs.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import { runMatchingTask, type MatchingTask, type MatchingTaskResult } from "@/lib/matching/tasks";
import { log } from "@/lib/observability/log";

/** The production bundle of lib/matching/worker.ts, relative to the app's root. */
export const WORKER_BUNDLE = ".next/matching-worker.mjs";
const WORKER_SOURCE = "lib/matching/worker.ts";

interface PoolHolder {
  /** null: no pool can start here; tasks run in the calling thread. */
  __kjMatchingPool?: Piscina | null;
}
// On globalThis so `next dev` hot reloads reuse the threads instead of starting more.
const holder = globalThis as typeof globalThis & PoolHolder;

function workerOptions(): { filename: string; execArgv?: string[] } | null {
  if (process.env.MATCHING_WORKERS === "0") return null;
  const root = process.cwd();
  if (process.env.NODE_ENV === "production") {
    const bundle = path.join(/* turbopackIgnore: true */ root, WORKER_BUNDLE);
    if (existsSync(bundle)) return { filename: bundle };
  }
  const source = path.join(/* turbopackIgnore: true */ root, WORKER_SOURCE);
  if (!existsSync(source)) return null;
  // tsx compiles the source in the worker; a parent already running under tsx passes it on.
  const execArgv = process.execArgv.some((a) => a.includes("tsx")) ? process.execArgv : [...process.execArgv, "--import", "tsx"];
  return { filename: source, execArgv };
}

function pool(): Piscina | null {
  if (holder.__kjMatchingPool !== undefined) return holder.__kjMatchingPool;
  const options = workerOptions();
  if (!options) {
    log.warn({ component: "matching" }, "no composer worker can start here: matching runs on the request thread");
    return (holder.__kjMatchingPool = null);
  }
  const threads = Math.max(1, Number(process.env.MATCHING_WORKERS) || availableParallelism());
  holder.__kjMatchingPool = new Piscina({
    filename: options.filename,
    execArgv: options.execArgv,
    minThreads: threads,
    maxThreads: threads,
    // The threads stay up: starting one (and compiling the composer) costs far more than a task.
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  return holder.__kjMatchingPool;
}

/** Runs one composer task on the pool (in the calling thread where no pool can start). */
export async function runOnComposer<T extends MatchingTask>(task: T): Promise<MatchingTaskResult<T>> {
  const threads = pool();
  if (!threads) return runMatchingTask(task);
  return (await threads.run(task)) as MatchingTaskResult<T>;
}

/** Tasks that can run at once here: the pool's threads (1 in the calling thread). */
export function composerThreadCount(): number {
  return pool()?.options.maxThreads ?? 1;
}

/** Whether tasks run on worker threads here (false: in the calling thread). */
export function composerUsesThreads(): boolean {
  return pool() !== null;
}

/** Stops the threads (scripts and tests, so the process can exit). */
export async function closeComposerPool(): Promise<void> {
  const threads = holder.__kjMatchingPool;
  holder.__kjMatchingPool = undefined;
  if (threads) await threads.destroy();
}
