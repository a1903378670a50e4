// Entry of a composer worker thread (lib/matching-pool runs it with piscina): one task in, its
// result out (the suggestions page's task also asks its caller for past partnerships midway). Imports only lib/matching, so the production build bundles it into one file
// (scripts/build-matching-worker.mjs).
import { setPriority } from "node:os";
import { partnersOver, runMatchingTask, suggestWithPartners, type MatchingTask, type SuggestWithPartnersTask } from "./tasks";

// On Linux a nice value is per thread: the composer's threads yield the cores to the request
// threads (and the database) when both want them, so a page load is not slowed by a search.
try {
  setPriority(0, 10);
} catch {
  /* not permitted here: the threads keep the default priority */
}

export default async function matchingWorker(task: MatchingTask | SuggestWithPartnersTask) {
  if (task.kind !== "suggestWithPartners") return runMatchingTask(task);
  try {
    return await suggestWithPartners(task, partnersOver(task.port!));
  } finally {
    task.port!.close();
  }
}
