// npm run map:build -- [--geo DIR]
// Makes the directory map's committed geometry (lib/directory/area-map-shapes.{json,svg}) from the
// municipal boundaries in DIR (default ../shared/geo, beside the repository; see
// scripts/area-map/source.ts). A fresh clone needs neither the input nor this script to show the map.
// Run it again when lib/taxonomy/municipalities.ts gains an area (tests/directory/area-map-asset
// checks that every area is drawn, and rebuilds and compares when the input is there).
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { MUNICIPALITIES } from "@/lib/taxonomy/municipalities";
import { buildAreaMap } from "./area-map/build";
import { assetFiles, DEFAULT_GEO_DIR, readBoundaries } from "./area-map/source";

const { values } = parseArgs({ options: { geo: { type: "string", default: DEFAULT_GEO_DIR } } });
for (const [file, text] of Object.entries(assetFiles(buildAreaMap(readBoundaries(values.geo!), MUNICIPALITIES)))) {
  writeFileSync(file, text);
  console.log(`${file}: ${text.length} bytes, ${gzipSync(text).length} gzipped`);
}
