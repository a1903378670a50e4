// Security headers, used by next.config.js and proxy.ts (plain JS so the config can import it).
// Pages get their Content-Security-Policy from proxy.ts with a fresh nonce per response: Next.js
// puts that nonce on its own inline bootstrap scripts and script tags, and 'strict-dynamic' lets
// the scripts they load run, so no 'unsafe-inline' is needed for scripts. Responses the proxy does
// not see (route handlers, static files) get the same policy without a nonce: no inline script at all.
// Styles keep 'unsafe-inline' (React style attributes, e.g. progress bars). Development adds what
// React's dev tools and hot reloading need ('unsafe-eval', WebSocket).

/**
 * @typedef {{ dev: boolean, https?: boolean, oidcIssuer?: string, nonce?: string }} PolicyOptions
 */

/**
 * @param {PolicyOptions} options
 * @returns {string}
 */
export function contentSecurityPolicy({ dev, https, oidcIssuer, nonce }) {
  const formTargets = ["'self'"];
  if (oidcIssuer) {
    try {
      formTargets.push(new URL(oidcIssuer).origin); // the sign-in form redirects to the identity provider
    } catch {
      /* env.ts reports a bad URL */
    }
  }
  const directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'", ...(nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : []), ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(dev ? ["ws:", "wss:"] : [])],
    "frame-src": ["'none'"],
    "frame-ancestors": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": formTargets,
    "worker-src": ["'self'", "blob:"],
    "manifest-src": ["'self'"],
  };
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(" ")}`);
  if (https && !dev) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}

/**
 * The policy options of this process, from its environment.
 * @returns {PolicyOptions}
 */
export function policyOptionsFromEnv() {
  return {
    dev: process.env.NODE_ENV !== "production",
    https: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
    oidcIssuer: process.env.OIDC_ISSUER || undefined,
  };
}

/**
 * Every header but the CSP (pages get theirs from proxy.ts, the rest from next.config.js).
 * @param {PolicyOptions} options
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders(options) {
  const headers = [
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
    { key: "X-DNS-Prefetch-Control", value: "off" },
  ];
  if (options.https && !options.dev) headers.push({ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" });
  return headers;
}
