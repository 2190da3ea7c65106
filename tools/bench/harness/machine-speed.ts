// How fast this machine was while a benchmark ran. A shared 2-core VM can run the same fixed
// work 1.5x slower from one minute to the next (a loop 3x this one's: 0.88 to 1.54 s) without
// any process of ours competing, and that shows in every latency of the run. The
// report prints these figures so that two runs can be compared, or one set aside.
import fs from "node:fs";

/** Milliseconds for a fixed single-threaded loop (median of `runs`): lower is a faster machine. */
export function cpuReferenceMs(runs = 3): number {
  const times: number[] = [];
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    const t = process.hrtime.bigint();
    let x = 0;
    for (let i = 0; i < 100_000_000; i++) x += i % 7;
    sink += x;
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  // The sum is used so that the loop cannot be dropped as dead code.
  if (sink < 0) console.log(sink);
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

export interface CpuTimes {
  steal: number;
  total: number;
}

/** The machine's CPU time counters (jiffies) from /proc/stat; null where there is none. */
export function cpuTimes(): CpuTimes | null {
  try {
    const line = fs
      .readFileSync("/proc/stat", "utf8")
      .split("\n")
      .find((l) => l.startsWith("cpu "));
    if (!line) return null;
    // user nice system idle iowait irq softirq steal (guest times are inside user).
    const v = line.trim().split(/\s+/).slice(1, 9).map(Number);
    return { steal: v[7] ?? 0, total: v.reduce((a, b) => a + b, 0) };
  } catch {
    return null;
  }
}

/** Share of CPU time the hypervisor gave to others between two readings, in percent. */
export function stealPercent(before: CpuTimes | null, after: CpuTimes | null): number | null {
  if (!before || !after || after.total <= before.total) return null;
  return (100 * (after.steal - before.steal)) / (after.total - before.total);
}
