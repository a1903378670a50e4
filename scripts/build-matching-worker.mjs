// Bundles the composer's worker thread (lib/matching/worker.ts, pure TypeScript without
// dependencies) into one ES module next to Next's output, where lib/matching-pool finds it under
// `next start`. Run after `next build` (which empties .next/): `npm run build` does both.
import { build } from "esbuild";

await build({
  entryPoints: ["lib/matching/worker.ts"],
  outfile: ".next/matching-worker.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
});
