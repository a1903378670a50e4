// @ts-check
import createNextIntlPlugin from "next-intl/plugin";
import { SERVER_ACTION_BODY_LIMIT } from "./lib/security/body-limits.mjs";
import { contentSecurityPolicy, policyOptionsFromEnv, securityHeaders } from "./lib/security/headers.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time.
  // pg-boss (the job queue, started from instrumentation.ts) is loaded as is, like pg.
  // subset-font finds its HarfBuzz WebAssembly with require.resolve, which a bundle cannot answer.
  // piscina starts its worker threads from its own files (lib/matching-pool).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg-boss", "subset-font", "piscina"],
  poweredByHeader: false,
  // Server actions take 1 MB by default; a shop photo from a phone (up to 5 MB, lib/firm-profile/media.ts)
  // and a capability spreadsheet (2 MB) must fit. Larger files (drawings) go to route handlers.
  experimental: { serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT } },
  typedRoutes: false,
  // Security headers on every response (lib/security/headers.mjs). Pages get their
  // Content-Security-Policy with a per-response nonce from proxy.ts; the paths outside the proxy
  // (route handlers, Next's static files) get the same policy without a nonce here.
  async headers() {
    const options = policyOptionsFromEnv();
    const policy = [{ key: "Content-Security-Policy", value: contentSecurityPolicy(options) }];
    return [
      { source: "/:path*", headers: securityHeaders(options) },
      { source: "/api/:path*", headers: policy },
      { source: "/_next/:path*", headers: policy },
    ];
  },
};

export default withNextIntl(nextConfig);
