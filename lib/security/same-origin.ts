// Route handlers that change state refuse requests whose Origin is missing or foreign (CSRF).
// Server actions get the same check from Next.js itself (Origin must match Host / X-Forwarded-Host;
// see tests/auth/same-origin.test.ts). Safe methods (GET, HEAD, OPTIONS) pass.
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
    allowed.add(`${proto}://${host}`);
  }
  return allowed;
}

export function isSameOrigin(request: Request): boolean {
  if (SAFE.has(request.method.toUpperCase())) return true;
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  return allowedOrigins(request).has(origin);
}

/** A 403 Response for a foreign or missing Origin on a write, else null. */
export function rejectForeignOrigin(request: Request): Response | null {
  if (isSameOrigin(request)) return null;
  return Response.json({ error: "forbidden_origin" }, { status: 403 });
}
