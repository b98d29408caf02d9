/**
 * CPU time of each thread of this process, from Linux's /proc (in clock
 * ticks of 10 ms): process.cpuUsage() sums every thread, but a load check
 * needs the bot's own thread, the one that limits its throughput. Elsewhere
 * than Linux there is no such file and the reading is empty.
 */
import { readdirSync, readFileSync } from "node:fs";

const TICK_MS = 10;

/** CPU milliseconds so far, by thread id. */
export function threadCpu(): Map<number, number> {
  const out = new Map<number, number>();
  let tasks: string[];
  try {
    tasks = readdirSync("/proc/self/task");
  } catch {
    return out;
  }
  for (const task of tasks) {
    try {
      // Fields after the command name (which may hold spaces, inside parentheses): utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/self/task/${task}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(Number(task), (Number(fields[11]) + Number(fields[12])) * TICK_MS);
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return out;
}

/** CPU each thread spent since `before`, busiest first: [thread id, ms]. */
export function threadCpuSince(before: ReadonlyMap<number, number>): Array<[number, number]> {
  return [...threadCpu()].map(([id, ms]): [number, number] => [id, ms - (before.get(id) ?? 0)]).sort((a, b) => b[1] - a[1]);
}
