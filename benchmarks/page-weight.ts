// npm run bench:page-weight -- --base http://localhost:3000 [--path /directory] [--email E | --anonymous] [--part TESTID]
// What a browser downloads for one page of a running production build (`npm run build && npm run
// start`): the HTML document, every script and stylesheet it names and every SVG file it draws
// from with <use>, raw and gzip-compressed (level 6, as the server compresses), and, with --part,
// the markup of the element carrying data-testid=TESTID on its own (e.g. the directory's area map).
// Prints a table and one JSON line.
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { signInForBenchmark } from "./support/sign-in";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://localhost:3000" },
    path: { type: "string", default: "/directory" },
    email: { type: "string", default: "buyer@demo.kyodo.example" },
    anonymous: { type: "boolean", default: false },
    part: { type: "string" },
  },
});
const base = values.base!.replace(/\/$/, "");

interface Weight { raw: number; gzip: number }
const weigh = (bytes: Uint8Array | string): Weight => {
  const buffer = typeof bytes === "string" ? Buffer.from(bytes) : Buffer.from(bytes);
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 6 }).length };
};
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/** The outer markup of the first element with data-testid=`testId`, balancing its tag name. */
function elementMarkup(html: string, testId: string): string | null {
  const marker = html.indexOf(`data-testid="${testId}"`);
  if (marker < 0) return null;
  const start = html.lastIndexOf("<", marker);
  const tag = /^<([a-zA-Z0-9-]+)/.exec(html.slice(start))![1]!;
  const pattern = new RegExp(`<${tag}[\\s>]|</${tag}>`, "g");
  pattern.lastIndex = start;
  let depth = 0;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    depth += m[0].startsWith("</") ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  return null;
}

async function main() {
  const cookie = values.anonymous ? "" : await signInForBenchmark(base, values.email!);
  const res = await fetch(`${base}${values.path}`, { headers: { cookie } });
  const html = await res.text();
  if (res.status !== 200) throw new Error(`GET ${values.path} answered ${res.status}`);
  const urls = (pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((m) => m[1]!.replaceAll("&amp;", "&")))];
  const fetchAll = async (list: string[]) => {
    let total: Weight = { raw: 0, gzip: 0 };
    for (const url of list) {
      const asset = await fetch(new URL(url, base));
      if (asset.status !== 200) throw new Error(`GET ${url} answered ${asset.status}`);
      total = add(total, weigh(new Uint8Array(await asset.arrayBuffer())));
    }
    return total;
  };
  const scripts = urls(/<script[^>]*\ssrc="([^"]+)"/g);
  const styles = urls(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const drawnFrom = urls(/<use[^>]*\shref="([^"#]+)#/g);
  const rows: [string, number, Weight][] = [
    ["HTML document", 1, weigh(html)],
    ["scripts", scripts.length, await fetchAll(scripts)],
    ["stylesheets", styles.length, await fetchAll(styles)],
    ["SVG files drawn with <use>", drawnFrom.length, await fetchAll(drawnFrom)],
  ];
  const total = rows.reduce((sum, [, , w]) => add(sum, w), { raw: 0, gzip: 0 });
  if (values.part) {
    const markup = elementMarkup(html, values.part);
    rows.push([`of the HTML: data-testid="${values.part}"`, markup ? 1 : 0, markup ? weigh(markup) : { raw: 0, gzip: 0 }]);
  }
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log([
    `page weight of ${base}${values.path} (${values.anonymous ? "signed out" : values.email})`,
    "| what | files | raw KiB | gzip KiB |",
    "|---|---:|---:|---:|",
    ...rows.map(([what, files, w]) => `| ${what} | ${files} | ${kb(w.raw)} | ${kb(w.gzip)} |`),
    `| total downloaded | ${1 + scripts.length + styles.length + drawnFrom.length} | ${kb(total.raw)} | ${kb(total.gzip)} |`,
  ].join("\n"));
  console.log(JSON.stringify({ bench: "page-weight", path: values.path, ...Object.fromEntries(rows.map(([what, , w]) => [what, w])), total }));
}

await main();
