// Types for headers.mjs (plain JS so next.config.js can import it).
export interface HeaderOptions {
  dev: boolean;
  https?: boolean;
  oidcIssuer?: string;
  /** A page's per-response nonce (proxy.ts); without it the policy allows no inline script. */
  nonce?: string;
}
export declare function contentSecurityPolicy(options: HeaderOptions): string;
export declare function policyOptionsFromEnv(): HeaderOptions;
export declare function securityHeaders(options: HeaderOptions): { key: string; value: string }[];
