// Security headers for every response, used by next.config.js (plain JS so the config can import
// it). The CSP allows inline scripts because Next.js' App Router streams inline bootstrap scripts;
// a nonce would force every page to render dynamically. Development adds what React's dev tools
// and hot reloading need ('unsafe-eval', WebSocket).

/**
 * @param {{ dev: boolean, https?: boolean, oidcIssuer?: string }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ dev, https, oidcIssuer }) {
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
    "script-src": ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
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
 * @param {{ dev: boolean, https?: boolean, oidcIssuer?: string }} options
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders(options) {
  const headers = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
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
