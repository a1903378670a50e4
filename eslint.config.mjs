import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  // Links come from components/ui/link.tsx: no prefetch on entering the viewport (decision 031).
  { rules: { "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Import Link from @/components/ui/link (no viewport prefetch, docs/decisions/031-phone-blocking-time.md)." }] }] } },
  { files: ["components/ui/link.tsx"], rules: { "no-restricted-imports": "off" } },
  { ignores: ["lib/generated/**", ".next/**", ".data/**", "node_modules/**", "playwright-report/**", "test-results/**", "next-env.d.ts"] },
];
export default config;
