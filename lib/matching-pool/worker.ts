// Entry of a composer worker thread (lib/matching-pool runs it with piscina): one task in, its
// result out (the suggestions page's task also asks its caller for past partnerships midway).
// A suggestion computation on PostgreSQL is also recorded here, on the thread's own connection:
// its turn then never waits for the request thread between the answer and the record (decision
// 039). Its imports are relative and free of Next.js and Prisma, so the production build bundles
// it into one file (scripts/build-matching-worker.mjs).
import { setPriority } from "node:os";
import { openPgPool } from "../db/pg-pool";
import { pgPoolConnection, type SqlConnection } from "../db/sql-connection";
import { partnersOver, runMatchingTask, suggestWithPartners, type MatchingTask, type SuggestOutcome, type SuggestWithPartnersTask } from "../matching/tasks";
import { elapsedSince, recordRun, runToRecord, type RecordedRun, type RunMeta } from "../matching-service/record-run";

// On Linux a nice value is per thread: the composer's threads yield the cores to the request
// threads (and the database) when both want them, so a page load is not slowed by a search.
try {
  setPriority(0, 10);
} catch {
  /* not permitted here: the threads keep the default priority */
}

/** Record the computation in this database once it is answered. */
export interface RecordOnThread {
  url: string;
  meta: RunMeta;
}

export type ComposerTask = MatchingTask | (SuggestWithPartnersTask & { record?: RecordOnThread });

/** A suggestion computation's outcome, with its record when the thread made it. */
export type RecordedOutcome = SuggestOutcome & { recorded?: { run: RecordedRun; durationMs: number } };

export default async function composerWorker(task: ComposerTask) {
  if (task.kind !== "suggestWithPartners") return runMatchingTask(task);
  try {
    const outcome: RecordedOutcome = await suggestWithPartners(task, task.port ? partnersOver(task.port) : noPartnersAsked);
    if (!task.record) return outcome;
    const durationMs = elapsedSince(task.record.meta.startedAt);
    const run = await recordRun(connectionTo(task.record.url), runToRecord(task.record.meta, outcome, durationMs));
    return { ...outcome, recorded: { run, durationMs } };
  } finally {
    task.port?.close();
  }
}

/** A task without a port is on a set kept with its partnerships, which never asks for them. */
const noPartnersAsked = () => Promise.reject(new Error("a set kept with its partnerships was asked for them"));

const connections = new Map<string, SqlConnection>();

/** One connection per database: a thread runs one task at a time. */
function connectionTo(url: string): SqlConnection {
  let connection = connections.get(url);
  if (!connection) {
    // A dropped idle connection is replaced by the next record.
    connections.set(url, (connection = pgPoolConnection(openPgPool(url, 1, () => undefined))));
  }
  return connection;
}
