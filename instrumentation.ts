// Next.js calls register() once when a server process starts, before it handles requests
// (Node.js runtime only):
// 1. An invalid configuration stops the process (lib/config/start-check.ts).
// 2. Forwarding headers are believed only from TRUSTED_PROXIES (lib/security/forwarded-headers.ts),
//    installed before the first request is handled (not in `next build`, which serves none).
//    Health probes (/api/health, /api/health/live) are answered there too, before Next.js.
// 3. Request tracing (durations by route and access logs, lib/observability/tracing.ts).
// 4. The scheduled work on the PostgreSQL-backed queue (lib/queue; lib/queue/app-queue.ts skips
//    `next build` and QUEUE_WORKERS=false).
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { stopOnInvalidConfiguration } = await import("./lib/config/start-check");
  stopOnInvalidConfiguration();
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    const { env } = await import("./lib/config/env");
    const { installForwardedHeaderGuard } = await import("./lib/security/forwarded-headers");
    installForwardedHeaderGuard(env().TRUSTED_PROXIES);
    // After the guard, so it runs first: probes need no forwarding headers (lib/observability/probes.ts).
    const { installProbes } = await import("./lib/observability/probes");
    installProbes();
  }
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
