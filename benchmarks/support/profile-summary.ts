// npx tsx benchmarks/support/profile-summary.ts FILE.cpuprofile [--top 40]
// Where a V8 CPU profile (node --cpu-prof, e.g. from `npm run bench:load -- --cpu-prof DIR`) spent
// its time: self time by package or area (Next.js, React's renderer, pg, Prisma, the app's own
// chunks, GC, idle), then the functions with the most self and total time.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "40" } } });
const file = positionals[0];
if (!file) throw new Error("usage: profile-summary.ts FILE.cpuprofile");
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const top = Number(values.top);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const totalUs = [...self.values()].reduce((a, b) => a + b, 0);

function area(url: string, name: string): string {
  if (!url) return name.startsWith("(") ? name : "(native)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg === "next") {
    if (/react-dom|react-server-dom/.test(url)) return "react renderer (next/compiled)";
    return "next";
  }
  if (pkg) return pkg;
  if (url.includes(".next/server/chunks/ssr") || url.includes(".next/server/app")) return "app chunks (.next/server)";
  if (url.includes(".next/server")) return ".next/server (other)";
  if (url.startsWith("node:")) return "node core";
  return url.replace(/^file:\/\//, "").split("/").slice(-2).join("/");
}

const label = (n: ProfileNode) => `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.replace(/^.*node_modules\//, "").replace(/^.*\.next\//, ".next/")}:${n.callFrame.lineNumber + 1}`;
const pct = (us: number) => `${((100 * us) / totalUs).toFixed(1).padStart(5)} %`;

const areas = new Map<string, number>();
const selfByFn = new Map<string, number>();
for (const [id, us] of self) {
  const n = byId.get(id)!;
  const a = area(n.callFrame.url, n.callFrame.functionName);
  areas.set(a, (areas.get(a) ?? 0) + us);
  selfByFn.set(label(n), (selfByFn.get(label(n)) ?? 0) + us);
}
// Total (inclusive) time per function: each sample counts once for every distinct function on its stack.
const totalByFn = new Map<string, number>();
for (const [id, us] of self) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const l = label(byId.get(at)!);
    if (seen.has(l)) continue;
    seen.add(l);
    totalByFn.set(l, (totalByFn.get(l) ?? 0) + us);
  }
}

const print = (title: string, map: Map<string, number>, n: number) => {
  console.log(`\n${title}`);
  for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${pct(us)} ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`);
};
console.log(`${file}: ${(totalUs / 1e6).toFixed(1)} s sampled`);
print("self time by area", areas, 25);
print("self time by function", selfByFn, top);
print("total time by function", totalByFn, top);
