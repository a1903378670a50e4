// Next.js calls register() once when a server process starts: request tracing (durations by
// route and access logs, lib/observability/tracing.ts), then the scheduled work on the
// PostgreSQL-backed queue (lib/queue; lib/queue/app-queue.ts skips `next build` and
// QUEUE_WORKERS=false). Node.js runtime only.
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startRequestTracing } = await import("./lib/observability/tracing");
  startRequestTracing();
  const { startAppQueue } = await import("./lib/queue/app-queue");
  startAppQueue();
}

/** Every error a request ends in (a failed query included), as one structured log line with
 *  the request's id: the active trace is still the request's here. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log, errorFields } = await import("./lib/observability/log");
  log.error(
    { component: "request", method: request.method, path: request.path, route: context.routePath, routeType: context.routeType, ...errorFields(error) },
    "request error",
  );
};
