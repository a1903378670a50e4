// The fields of a /proc/<pid>/stat (or task) line after the process name, which may itself hold
// spaces and parentheses: fields[0] is field 3 of proc(5), so ppid is [1], utime [11], stime [12],
// nice [16]. Benchmarks count a server's CPU and memory from them (Linux only).
import { readFileSync } from "node:fs";

export function statFields(statFile: string): string[] {
  const line = readFileSync(statFile, "utf8");
  return line.slice(line.lastIndexOf(")") + 2).split(" ");
}

/** USER_HZ on Linux: the clock ticks utime and stime are counted in. */
export const TICKS_PER_SECOND = 100;
