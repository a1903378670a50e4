// The health probes a load balancer and monitors ask every few seconds, answered before Next.js
// (issue 23 item 4, decision 029). /api/health and /api/health/live need nothing Next.js does: in a
// CPU profile of 20 connections on /api/health, Next's routing, header rules, request spans and
// web-stream body took nearly all of each request's time, the answer itself (the database check
// is cached for a second) almost none. So, like the forwarded-header guard and installed beside it
// from instrumentation.ts, this wraps the HTTP server's "request" event: GET or HEAD of exactly
// these paths is answered here with the route handler's body, status and headers (next.config's
// security headers and Content-Security-Policy included), counted in the request-duration metric
// and logged as every request is (lib/observability/tracing.ts); anything else goes on to Next.js.
// /api/health/ready stays a route handler: it also asks the file store, and nothing asks it often.
import { randomBytes } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import https from "node:https";
import { recentDatabaseHealth } from "@/lib/db/health";
import { contentSecurityPolicy, policyOptionsFromEnv, securityHeaders } from "@/lib/security/headers.mjs";
import { errorFields, log } from "./log";
import { metrics } from "./metrics";

interface ProbeAnswer {
  status: number;
  body: unknown;
}

/** The probes by path (also their route pattern), each the same answer as its route handler. */
const PROBES = new Map<string, () => Promise<ProbeAnswer>>([
  ["/api/health", async () => {
    const health = await recentDatabaseHealth();
    return { status: health.status === "ok" ? 200 : 503, body: health };
  }],
  ["/api/health/live", async () => ({ status: 200, body: { status: "ok" } })],
]);

/** The headers next.config.js gives every /api response, then the probe's own. */
function probeHeaders(): Record<string, string> {
  const options = policyOptionsFromEnv();
  const headers: Record<string, string> = {};
  for (const { key, value } of securityHeaders(options)) headers[key] = value;
  headers["Content-Security-Policy"] = contentSecurityPolicy(options);
  headers["Cache-Control"] = "no-store";
  headers["Content-Type"] = "application/json";
  return headers;
}

/** Answers the request when it is a probe (true), or leaves it to Next.js (false). */
export function answerProbe(request: IncomingMessage, response: ServerResponse, headers: Record<string, string>): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const target = request.url ?? "/";
  const query = target.indexOf("?");
  const route = query < 0 ? target : target.slice(0, query);
  const probe = PROBES.get(route);
  if (!probe) return false;
  const started = process.hrtime.bigint();
  const method = request.method;
  const finish = (answer: ProbeAnswer) => {
    const body = JSON.stringify(answer.body);
    response.writeHead(answer.status, { ...headers, "Content-Length": Buffer.byteLength(body) });
    response.end(method === "HEAD" ? undefined : body);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    metrics().httpDuration.observe({ method, route, status: String(answer.status) }, seconds);
    if (log.isLevelEnabled("info")) {
      log.info({ requestId: randomBytes(16).toString("hex"), method, route, target, status: answer.status, ms: Math.round(seconds * 1000) }, "request");
    }
  };
  probe().then(finish, (error: unknown) => {
    log.error({ component: "request", method, route, ...errorFields(error) }, "request failed");
    finish({ status: 500, body: { status: "error" } });
  });
  return true;
}

/** Installs the probe answers on every HTTP(S) server of this process; a second call does nothing. */
export function installProbes(): void {
  const holder = globalThis as typeof globalThis & { __kjProbes?: boolean };
  if (holder.__kjProbes) return;
  holder.__kjProbes = true;
  const headers = probeHeaders();
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit;
    Server.prototype.emit = function probeEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
      if (event === "request" && answerProbe(args[0] as IncomingMessage, args[1] as ServerResponse, headers)) return true;
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof emit;
  }
}
