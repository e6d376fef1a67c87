/** Small timing helpers for the benchmarks: warm up, repeat, report the median. */

export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
}

/** Runs `fn` `warmup` times untimed, then `repeats` times timed; returns median/min/max in ms. */
export function time(fn: () => void, repeats: number, warmup = 3): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, minMs: times[0]!, maxMs: times[times.length - 1]! };
}

export function formatRate(perSecond: number, unit: string): string {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(1)} M ${unit}/s`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)} k ${unit}/s`;
  return `${perSecond.toFixed(1)} ${unit}/s`;
}

/**
 * Like `time`, but the process's CPU time (user + system) instead of wall time: on a shared
 * machine a single-threaded figure then depends less on what else runs (cache sharing remains).
 */
export function timeCpu(fn: () => void, repeats: number, warmup = 3): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, minMs: times[0]!, maxMs: times[times.length - 1]! };
}
