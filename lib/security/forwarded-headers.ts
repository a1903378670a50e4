// Applies TRUSTED_PROXIES to every incoming request before Next.js sees it. Next.js believes the
// X-Forwarded-* headers a client sends (it only fills them in when missing), and it gives the app
// no other way to learn the socket's address. So, installed once from instrumentation.ts, this
// wraps the HTTP server's "request" event: from a connection that is not a named proxy, every
// forwarding header is dropped; X-Forwarded-For becomes the one client address worked out by
// lib/security/trusted-proxies.ts; and that address is also stamped, with a per-process token,
// into CLIENT_IP_HEADER for lib/security/client-ip.ts. A client cannot forge that header: the
// token is random per process, so a request the guard did not see (one queued during start-up)
// reads as "unknown" rather than as the address the client claims.
import { randomBytes } from "node:crypto";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { log } from "@/lib/observability/log";
import { refusalFor, sendRefusal } from "./malformed-requests";
import { clientAddress, parseTrustedProxies, type TrustedProxies } from "./trusted-proxies";

export const CLIENT_IP_HEADER = "x-kyodo-client-ip";
const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

type GuardState = { token: string; installed: boolean };
const holder = globalThis as typeof globalThis & { __kyodoForwardingGuard?: GuardState };

function state(): GuardState {
  holder.__kyodoForwardingGuard ??= { token: randomBytes(18).toString("base64url"), installed: false };
  return holder.__kyodoForwardingGuard;
}

/** The address the guard stamped on these headers, or null when the stamp is missing or forged. */
export function stampedClientIp(value: string | null | undefined): string | null {
  if (!value) return null;
  const [token, address] = value.split(" ");
  return token === holder.__kyodoForwardingGuard?.token && address ? address : null;
}

/** Rewrites one request's forwarding headers in place (exported for tests). */
export function guardRequest(request: IncomingMessage, trusted: TrustedProxies): void {
  const headers = request.headers;
  const peer = request.socket?.remoteAddress;
  const forwardedFor = [headers["x-forwarded-for"]].flat().filter(Boolean).join(",");
  const client = clientAddress(peer, forwardedFor, trusted);
  if (!peer || !trusted.trusts(peer)) for (const name of FORWARDING_HEADERS) delete headers[name];
  headers["x-forwarded-for"] = client;
  headers[CLIENT_IP_HEADER] = `${state().token} ${client}`;
}

/** Installs the guard on every HTTP(S) server of this process (it also refuses malformed requests,
 *  lib/security/malformed-requests.ts); a second call does nothing. */
export function installForwardedHeaderGuard(trustedProxies: string | undefined): void {
  const guard = state();
  if (guard.installed) return;
  guard.installed = true;
  const trusted = parseTrustedProxies(trustedProxies);
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit;
    Server.prototype.emit = function guardedEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
      if (event === "request") {
        const [request, response] = args as [IncomingMessage, http.ServerResponse];
        // A malformed path or an oversized server action gets its 4xx here, never Next's 500.
        const refusal = refusalFor(request);
        if (refusal) {
          log.warn({ component: "request", method: request.method, status: refusal.status, cause: refusal.error, reason: refusal.reason }, "request refused");
          sendRefusal(response, refusal);
          return true;
        }
        guardRequest(request, trusted);
      }
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof emit;
  }
}
