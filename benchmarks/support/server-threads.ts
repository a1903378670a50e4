// CPU of a running app server (`next start` and its children), thread by thread, and of the local
// PostgreSQL backends serving its database, read from /proc (Linux only). Counted work: it holds on
// a busy machine where wall-clock latencies do not (bench:suggest-concurrent, bench:refresh-cost).
import { readdirSync, readFileSync } from "node:fs";
import { statFields, TICKS_PER_SECOND } from "./proc-stat";

/** Every thread of the server's processes (the root and its children), with its /proc stat fields
 *  after the name (fields[0] is field 3 of proc(5)). */
function serverThreads(rootPid: number): { main: boolean; fields: string[] }[] {
  const threads: { main: boolean; fields: string[] }[] = [];
  for (const pid of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      if (Number(pid) !== rootPid && Number(statFields(`/proc/${pid}/stat`)[1]) !== rootPid) continue;
      for (const tid of readdirSync(`/proc/${pid}/task`)) threads.push({ main: tid === pid, fields: statFields(`/proc/${pid}/task/${tid}/stat`) });
    } catch {
      /* gone */
    }
  }
  return threads;
}

/** The composer's worker threads (lib/matching-pool/worker.ts): the ones running at nice 10 (field 19). */
const isComposer = (fields: string[]) => fields[16] === "10";

export function composerThreads(rootPid: number): number {
  return serverThreads(rootPid).filter((t) => isComposer(t.fields)).length;
}

/** CPU seconds so far of the server's threads, by kind: the processes' main threads (requests),
 *  the composer's threads, and the rest (GC helpers, libuv's pool). Counted work, so the figures
 *  hold on a busy machine where wall-clock latencies do not. */
export function threadCpu(rootPid: number): { main: number; composer: number; other: number } {
  const ticks = { main: 0, composer: 0, other: 0 };
  for (const { main, fields } of serverThreads(rootPid)) {
    const used = Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14, 15)
    if (main) ticks.main += used;
    else if (isComposer(fields)) ticks.composer += used;
    else ticks.other += used;
  }
  return { main: ticks.main / TICKS_PER_SECOND, composer: ticks.composer / TICKS_PER_SECOND, other: ticks.other / TICKS_PER_SECOND };
}

export const cpuSince = (before: ReturnType<typeof threadCpu>, after: ReturnType<typeof threadCpu>) => ({
  main: after.main - before.main, composer: after.composer - before.composer, other: after.other - before.other,
});

/** CPU of the PostgreSQL backends connected to `database` on this machine (their command line
 *  names it) from now on. Backends come and go with the app's pool, so each is sampled every
 *  100 ms and counted from when it was first seen (0 for one started since) to when it was last
 *  seen: a backend closes after idling, so its last sample holds its work. */
export function databaseCpuMeter(database: string): { stop(): number } {
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  const sample = (starting: boolean) => {
    for (const pid of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
      try {
        const command = readFileSync(`/proc/${pid}/cmdline`, "utf8");
        if (!command.startsWith("postgres: ") || !command.split(" ").includes(database)) continue;
        const fields = statFields(`/proc/${pid}/stat`);
        const ticks = Number(fields[11]) + Number(fields[12]);
        if (!first.has(pid)) first.set(pid, starting ? ticks : 0);
        last.set(pid, ticks);
      } catch {
        /* gone */
      }
    }
  };
  sample(true);
  const timer = setInterval(() => sample(false), 100);
  return {
    stop() {
      clearInterval(timer);
      sample(false);
      let ticks = 0;
      for (const [pid, at] of last) ticks += at - first.get(pid)!;
      return ticks / TICKS_PER_SECOND;
    },
  };
}
