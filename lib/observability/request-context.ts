// The request id that ties together every log line of one piece of work. In a web request it
// is the OpenTelemetry trace id of Next.js's request span (tracing.ts makes Next record spans,
// and the trace context follows async calls), so database errors deep in a request carry it.
// Queue tasks and scripts run inside withRequestId: a task started by a request carries that
// request's id in its job data.
import { AsyncLocalStorage } from "node:async_hooks";
import { trace } from "@opentelemetry/api";

const holder = globalThis as typeof globalThis & { __kjRequestIds?: AsyncLocalStorage<string> };
const requestIds = (holder.__kjRequestIds ??= new AsyncLocalStorage<string>());

export function withRequestId<T>(requestId: string, work: () => T): T {
  return requestIds.run(requestId, work);
}

export function currentRequestId(): string | undefined {
  const explicit = requestIds.getStore();
  if (explicit) return explicit;
  const span = trace.getActiveSpan();
  const traceId = span?.spanContext().traceId;
  return traceId && !/^0+$/.test(traceId) ? traceId : undefined;
}
