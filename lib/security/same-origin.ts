// One same-origin rule for every write (CSRF): a request that is not GET, HEAD or OPTIONS must
// carry an Origin header equal to this site's origin (scheme, host and port). proxy.ts applies it
// to every page path, which covers server actions and plain form posts; route handlers under /api
// (outside the proxy, so large uploads are not buffered by it) call rejectForeignOrigin first.
// Next.js' own server-action check compares the host only and answers a foreign Origin with a 500;
// this runs before it, refuses a missing Origin, a Referer alone and an https Origin for an http
// host as well, and answers 403 with a short reason.
// "This site" is NEXTAUTH_URL's origin and the request's own: Host (or X-Forwarded-Host) with the
// connection's scheme (or X-Forwarded-Proto). Forwarding headers reach this point only from a proxy
// named in TRUSTED_PROXIES (lib/security/forwarded-headers.ts drops them otherwise).
const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/** The origins this app answers on: NEXTAUTH_URL's, plus the request's own host. */
function allowedOrigins(request: Request): Set<string> {
  const allowed = new Set<string>();
  const configured = process.env.NEXTAUTH_URL;
  if (configured) {
    try {
      allowed.add(new URL(configured).origin);
    } catch {
      /* ignored: env.ts reports a bad URL */
    }
  }
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) {
    const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
    allowed.add(`${proto}://${host}`.toLowerCase());
  }
  return allowed;
}

/** Why a write is refused, or null when it may go on (safe methods always may). */
export function originProblem(request: Request): string | null {
  if (SAFE.has(request.method.toUpperCase())) return null;
  const origin = request.headers.get("origin");
  if (!origin) return "missing Origin header";
  if (origin === "null") return "opaque Origin (null)";
  return allowedOrigins(request).has(origin.toLowerCase()) ? null : "Origin is not this site";
}

export function isSameOrigin(request: Request): boolean {
  return originProblem(request) === null;
}

/** A 403 Response naming the reason for a write with a missing or foreign Origin, else null. */
export function rejectForeignOrigin(request: Request): Response | null {
  const reason = originProblem(request);
  if (!reason) return null;
  return Response.json({ error: "forbidden_origin", reason }, { status: 403, headers: { "cache-control": "no-store" } });
}
