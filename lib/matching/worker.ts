// Entry of a composer worker thread (lib/matching-pool runs it with piscina): one task in, its
// result out. Imports only lib/matching, so the production build bundles it into one file
// (scripts/build-matching-worker.mjs).
import { setPriority } from "node:os";
import { runMatchingTask, type MatchingTask } from "./tasks";

// On Linux a nice value is per thread: the composer's threads yield the cores to the request
// threads (and the database) when both want them, so a page load is not slowed by a search.
try {
  setPriority(0, 10);
} catch {
  /* not permitted here: the threads keep the default priority */
}

export default function matchingWorker(task: MatchingTask) {
  return runMatchingTask(task);
}
