// Next.js calls register() once when a server process starts. The scheduled work (job expiry,
// daily digests, reminders) runs on the PostgreSQL-backed queue in lib/queue, in the Node.js
// runtime only; lib/queue/app-queue.ts skips `next build` and QUEUE_WORKERS=false.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startAppQueue } = await import("./lib/queue/app-queue");
  startAppQueue();
}
