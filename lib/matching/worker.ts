// Entry of a composer worker thread (lib/matching-pool runs it with piscina): one task in, its
// result out. Imports only lib/matching, so the production build bundles it into one file
// (scripts/build-matching-worker.mjs).
import { runMatchingTask, type MatchingTask } from "./tasks";

export default function matchingWorker(task: MatchingTask) {
  return runMatchingTask(task);
}
