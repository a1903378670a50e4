// The caller's IP address for throttling and the audit log. Behind a reverse proxy, the proxy
// appends the real client address to X-Forwarded-For; Next.js adds the socket address only when the
// header is missing. We take the right-most entry (the one our nearest hop added); a direct client
// could forge it, which is why the per-account throttle does not depend on it.
type HeaderSource = { get(name: string): string | null };

export function clientIpFrom(headers: HeaderSource | Record<string, string | string[] | undefined>): string {
  const get = (name: string): string | null => {
    if (typeof (headers as HeaderSource).get === "function") return (headers as HeaderSource).get(name);
    const value = (headers as Record<string, string | string[] | undefined>)[name];
    return Array.isArray(value) ? (value.at(-1) ?? null) : (value ?? null);
  };
  const forwarded = get("x-forwarded-for");
  const candidate = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1) ?? get("x-real-ip") ?? "";
  const cleaned = candidate.replace(/^::ffff:/, "").slice(0, 64);
  return /^[0-9a-fA-F:.]+$/.test(cleaned) ? cleaned : "unknown";
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
