// The composer runs off the request thread: a pool of worker threads (piscina), one per core, so a
// page load never waits behind a suggestion's search (issue 20). The worker is lib/matching-pool/worker.ts:
// under `next start` its bundle from the build (scripts/build-matching-worker.mjs, written next to
// Next's own output), elsewhere (vitest, scripts, next dev) the TypeScript source through tsx.
// Where neither can start (MATCHING_WORKERS=0, or a production build without the bundle) the task
// runs in the calling thread: same answer, only the waiting differs.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import {
  runMatchingTask, suggestWithPartners, type CandidateSet, type MatchingTask, type MatchingTaskResult, type PartnersOf, type SuggestWithPartnersTask,
} from "@/lib/matching/tasks";
import { log } from "@/lib/observability/log";
import type { RecordedOutcome, RecordOnThread } from "./worker";

/** The production bundle of lib/matching-pool/worker.ts, relative to the app's root. */
export const WORKER_BUNDLE = ".next/matching-worker.mjs";
const WORKER_SOURCE = "lib/matching-pool/worker.ts";

/** One worker thread and the tasks it runs now (running or queued). */
interface Lane {
  thread: Piscina;
  tasks: number;
}

interface PoolHolder {
  /** null: no thread can start here; tasks run in the calling thread. */
  __kjMatchingLanes?: Lane[] | null;
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

// One single-thread pool per core rather than one pool of all: a task on a kept set goes to the
// thread that has parsed that set (tasks.ts keeps a few per thread), unless that thread is busy and
// another is idle. With one shared queue every thread parsed every job's set in turn, ~15 ms each.
function lanes(): Lane[] | null {
  if (holder.__kjMatchingLanes !== undefined) return holder.__kjMatchingLanes;
  const options = workerOptions();
  if (!options) {
    log.warn({ component: "matching" }, "no composer worker can start here: matching runs on the request thread");
    return (holder.__kjMatchingLanes = null);
  }
  const threads = Math.max(1, Number(process.env.MATCHING_WORKERS) || availableParallelism());
  holder.__kjMatchingLanes = Array.from({ length: threads }, () => ({
    thread: new Piscina({
      filename: options.filename,
      execArgv: options.execArgv,
      minThreads: 1,
      maxThreads: 1,
      // The thread stays up: starting one (and compiling the composer) costs far more than a task.
      idleTimeout: Number.POSITIVE_INFINITY,
    }),
    tasks: 0,
  }));
  return holder.__kjMatchingLanes;
}

/** The lane for a task: the kept set's own lane when it is free or none is; otherwise an idle one. */
function laneFor(all: Lane[], candidates: CandidateSet): Lane {
  const own = candidates.kept ? all[stringHash(candidates.kept.id) % all.length]! : undefined;
  if (own && own.tasks === 0) return own;
  const idle = all.find((lane) => lane.tasks === 0);
  return idle ?? own ?? all.reduce((a, b) => (b.tasks < a.tasks ? b : a));
}

function stringHash(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) >>> 0;
  return hash;
}

async function runInLane<R>(lane: Lane, task: object, transferList?: MessagePort[]): Promise<R> {
  lane.tasks++;
  try {
    return (await lane.thread.run(task, transferList ? { transferList } : undefined)) as R;
  } finally {
    lane.tasks--;
  }
}

/** Runs one composer task on a worker thread (in the calling thread where none can start). */
export async function runOnComposer<T extends MatchingTask>(task: T): Promise<MatchingTaskResult<T>> {
  const all = lanes();
  if (!all) return runMatchingTask(task);
  return runInLane(laneFor(all, task.candidates), task);
}

/** The shortlist, the past partnerships among it (from a kept set, else `partnersOf` here, which
 *  reads the database), and the search, as one task on one thread: the candidates are parsed there
 *  once, not per task. With `record`, the thread also records the computation (`recorded`); where
 *  no thread can start, the caller records it. */
export async function suggestOnComposer(task: SuggestWithPartnersTask, partnersOf: PartnersOf, record?: RecordOnThread): Promise<RecordedOutcome> {
  const all = lanes();
  if (!all) return suggestWithPartners(task, partnersOf);
  const lane = laneFor(all, task.candidates);
  // A set kept with its partnerships never asks: no channel for it (each costs both threads a wake-up).
  if (task.candidates.kept?.pairs) return runInLane<RecordedOutcome>(lane, { ...task, record });
  const { port1, port2 } = new MessageChannel();
  port1.on("message", (firmIds: string[]) => {
    partnersOf(firmIds).then(
      (partners) => port1.postMessage({ partners }),
      (error: unknown) => port1.postMessage({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
  try {
    return await runInLane<RecordedOutcome>(lane, { ...task, port: port2, record }, [port2]);
  } finally {
    port1.close();
  }
}

/** Tasks that can run at once here: the threads (1 in the calling thread). */
export function composerThreadCount(): number {
  return lanes()?.length ?? 1;
}

/** Suggestion computations, each with its record, at once (lib/matching-service): MATCHING_AT_ONCE,
 *  else one more than the composer's threads. A computation holds its turn while its answer waits
 *  for the request thread and its record for the database, and its thread idles meanwhile: with
 *  as many as threads, the threads stood idle four fifths of the time (decision 038). */
export function computationsAtOnce(): number {
  const set = Number(process.env.MATCHING_AT_ONCE);
  return Number.isInteger(set) && set > 0 ? set : composerThreadCount() + 1;
}

/** Whether tasks run on worker threads here (false: in the calling thread). */
export function composerUsesThreads(): boolean {
  return lanes() !== null;
}

/** Stops the threads (scripts and tests, so the process can exit). */
export async function closeComposerPool(): Promise<void> {
  const all = holder.__kjMatchingLanes;
  holder.__kjMatchingLanes = undefined;
  if (all) await Promise.all(all.map((lane) => lane.thread.destroy()));
}
