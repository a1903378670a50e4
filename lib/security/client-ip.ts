// The caller's IP address for throttling and the audit log. It is the address the request guard
// (lib/security/forwarded-headers.ts, installed at start) worked out from the socket and, only
// behind a proxy named in TRUSTED_PROXIES, from X-Forwarded-For. A client-written X-Forwarded-For
// or X-Real-IP is never read here; without the guard's stamp the address is "unknown".
import { CLIENT_IP_HEADER, stampedClientIp } from "./forwarded-headers";

type HeaderSource = { get(name: string): string | null };

export function clientIpFrom(headers: HeaderSource | Record<string, string | string[] | undefined>): string {
  const value = typeof (headers as HeaderSource).get === "function" ? (headers as HeaderSource).get(CLIENT_IP_HEADER) : [(headers as Record<string, string | string[] | undefined>)[CLIENT_IP_HEADER]].flat().at(-1);
  return stampedClientIp(value) ?? "unknown";
}

/** The IP of the current request (server components, actions, route handlers). */
export async function currentClientIp(): Promise<string> {
  try {
    const { headers } = await import("next/headers");
    return clientIpFrom(await headers());
  } catch {
    return "unknown"; // outside a request (scripts, tests)
  }
}
