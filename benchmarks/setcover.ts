// Solution quality and speed on OR-Library set-covering files.
// Usage: npx tsx benchmarks/setcover.ts FILE… [--optimum N…] [--work-limit UNITS] [--seed N] [--no-warmup]
// With no files, every *.txt in $ORLIB_DIR is used.
// Like any JavaScript benchmark, the first instance is solved once untimed so that the timed
// runs measure optimised code rather than V8 compiling it (--no-warmup measures a cold start).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseOrLibrary } from "../lib/matching/set-cover/orlib-format";
import { solveSetCover } from "../lib/matching/set-cover/solve";

interface Arguments {
  files: string[];
  optima: number[];
  workLimit?: number;
  seed?: number;
  warmup: boolean;
}

const USAGE =
  "usage: npx tsx benchmarks/setcover.ts FILE… [--optimum N…] [--work-limit UNITS] [--seed N] [--no-warmup]\n(or set ORLIB_DIR to a folder of OR-Library scp*.txt files)";

function parseArguments(argv: string[]): Arguments {
  const parsed: Arguments = { files: [], optima: [], warmup: true };
  let list: "files" | "optima" = "files";
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    const number = (flag: string) => {
      const value = Number(argv[++k]);
      if (!Number.isFinite(value)) throw new Error(`${flag} needs a number\n${USAGE}`);
      return value;
    };
    if (arg === "--optimum" || arg === "--optima") list = "optima";
    else if (arg === "--work-limit") parsed.workLimit = number(arg);
    else if (arg === "--seed") parsed.seed = number(arg);
    else if (arg === "--no-warmup") parsed.warmup = false;
    else if (arg === "--help" || arg === "-h") throw new Error(USAGE);
    else if (list === "optima") {
      const value = Number(arg);
      if (!Number.isFinite(value)) throw new Error(`--optimum values must be numbers, got "${arg}"\n${USAGE}`);
      parsed.optima.push(value);
    } else parsed.files.push(arg);
  }
  if (parsed.files.length === 0 && process.env.ORLIB_DIR) {
    const dir = process.env.ORLIB_DIR;
    parsed.files = readdirSync(dir)
      .filter((name) => name.endsWith(".txt"))
      .sort()
      .map((name) => path.join(dir, name));
  }
  if (parsed.files.length === 0) throw new Error(USAGE);
  if (parsed.optima.length > parsed.files.length) throw new Error(`more optima (${parsed.optima.length}) than files (${parsed.files.length})`);
  return parsed;
}

function main(): void {
  const args = parseArguments(process.argv.slice(2));
  const instances = args.files.map((file) => parseOrLibrary(readFileSync(file, "utf8")));
  if (args.warmup && instances[0]) solveSetCover(instances[0], { workLimit: args.workLimit, seed: args.seed });
  const table: string[] = [];
  args.files.forEach((file, index) => {
    const instance = instances[index]!;
    const result = solveSetCover(instance, { workLimit: args.workLimit, seed: args.seed });
    const name = path.basename(file).replace(/\.[^.]+$/, "");
    const optimum = args.optima[index];
    const line: Record<string, unknown> = {
      bench: "setcover",
      instance: name,
      cost: result.cost,
      lower_bound: result.lowerBound,
      work: result.work,
      ms: Math.round(result.ms * 10) / 10,
    };
    if (optimum !== undefined) {
      line.optimum = optimum;
      line.gap = Math.round(((result.cost - optimum) / optimum) * 1e6) / 1e6;
    }
    if (!result.feasible) line.uncovered_rows = result.uncoveredRows.length;
    console.log(JSON.stringify(line));
    const gap = optimum === undefined ? "" : `${(((result.cost - optimum) / optimum) * 100).toFixed(2)}%`;
    table.push(
      [name.padEnd(12), `${instance.rowCount}x${instance.columnCosts.length}`.padEnd(12), String(result.cost).padStart(8), String(result.lowerBound).padStart(10), String(optimum ?? "").padStart(8), gap.padStart(7), result.ms.toFixed(1).padStart(8), result.optimal ? "  proven" : ""].join(" "),
    );
  });
  process.stderr.write(
    [["instance".padEnd(12), "size".padEnd(12), "cost".padStart(8), "bound".padStart(10), "optimum".padStart(8), "gap".padStart(7), "ms".padStart(8)].join(" "), ...table].join("\n") + "\n",
  );
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
