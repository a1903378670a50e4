// Bundles the composer's worker thread (lib/matching-pool/worker.ts: the pure composer, and the
// record of a run over pg) into one ES module next to Next's output, where lib/matching-pool finds
// it under `next start`. pg stays outside, loaded from node_modules as the server loads it. Run
// after `next build` (which empties .next/): `npm run build` does both.
import { build } from "esbuild";

await build({
  entryPoints: ["lib/matching-pool/worker.ts"],
  external: ["pg"],
  outfile: ".next/matching-worker.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
});
