// Starts the queue once per server process, from instrumentation.ts. Not in `next build`, not
// when QUEUE_WORKERS=false, never in tests (they start their own queue on their own database).
// If the database is not reachable yet, it tries again a minute later.
import "server-only";
import { env } from "@/lib/config/env";
import { getDatabase } from "@/lib/db/client";
import { errorFields, log } from "@/lib/observability/log";
import { metrics } from "@/lib/observability/metrics";
import { startQueue, type Queue } from "./queue";

const RETRY_MS = 60_000;
const holder = globalThis as typeof globalThis & { __kjQueue?: Promise<Queue | null> };

export function shouldRunQueue(): boolean {
  if (process.env.NEXT_PHASE === "phase-production-build") return false;
  const config = env();
  return config.NODE_ENV !== "test" && config.QUEUE_WORKERS;
}

async function startWithRetry(): Promise<Queue | null> {
  for (;;) {
    try {
      const queue = await startQueue(await getDatabase());
      metrics().queueDepth = () => queue.depth();
      log.info({ component: "queue", tasks: queue.tasks.map((t) => `${t.name} (${t.cron} ${t.timeZone})`) }, "queue started");
      return queue;
    } catch (error) {
      log.warn({ component: "queue", retryInSeconds: RETRY_MS / 1000, ...errorFields(error) }, "queue could not start");
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS).unref());
    }
  }
}

/** Starts in the background (the server does not wait for it); the same process starts it once. */
export function startAppQueue(): void {
  if (!shouldRunQueue()) return;
  holder.__kjQueue ??= startWithRetry();
}
