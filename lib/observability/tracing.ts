// Next.js records a span for every request it answers (with the matched route pattern) once a
// tracer provider is registered. We register one that keeps nothing: when a request's span ends
// it observes the duration histogram and writes one access log line. The trace context follows
// async calls (AsyncLocalStorage), which gives every log line of the request its request id.
import { context, trace, type Attributes } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { BasicTracerProvider, type ReadableSpan, type SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { log } from "./log";
import { metrics } from "./metrics";

const REQUEST_SPAN = "BaseServer.handleRequest";

function seconds(span: ReadableSpan): number {
  return span.duration[0] + span.duration[1] / 1e9;
}

function text(attributes: Attributes, name: string): string | undefined {
  const value = attributes[name];
  return value === undefined ? undefined : String(value);
}

const requestSpans: SpanProcessor = {
  onStart() {},
  onEnd(span) {
    const { attributes } = span;
    if (attributes["next.span_type"] !== REQUEST_SPAN) return;
    // With a proxy (middleware) Next answers a page in two passes, each with a request span; the
    // proxy pass resolves no route. Count the pass that rendered (it has the route), or a lone span.
    const route = text(attributes, "next.route");
    if (!route && span.parentSpanContext) return;
    const method = text(attributes, "http.method") ?? "GET";
    const status = text(attributes, "http.status_code") ?? "0";
    const duration = seconds(span);
    metrics().httpDuration.observe({ method, route: route ?? "unmatched", status }, duration);
    const line = { requestId: span.spanContext().traceId, method, route, target: text(attributes, "http.target"), status: Number(status), ms: Math.round(duration * 1000) };
    if (Number(status) >= 500) log.error(line, "request failed");
    else log.info(line, "request");
  },
  forceFlush: async () => {},
  shutdown: async () => {},
};

/** Registers the tracer provider and the context manager, once per process. */
export function startRequestTracing(): void {
  const holder = globalThis as typeof globalThis & { __kjTracing?: boolean };
  if (holder.__kjTracing) return;
  holder.__kjTracing = true;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [requestSpans] }));
}
