// Types for headers.mjs (plain JS so next.config.js can import it).
export interface HeaderOptions {
  dev: boolean;
  https?: boolean;
  oidcIssuer?: string;
}
export declare function contentSecurityPolicy(options: HeaderOptions): string;
export declare function securityHeaders(options: HeaderOptions): { key: string; value: string }[];
