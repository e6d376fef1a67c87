/**
 * CPU time of the threads of this process's descendants (Linux /proc), grouped by thread name:
 * what Chromium's workers, its main thread and V8's helper threads (compilers, GC) spent while
 * the benchmark timed them. Wall time on this shared machine varies with what else runs; CPU
 * time does not, and CPU ÷ cores is roughly the wall time the same work takes on an idle machine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Milliseconds of CPU (user + system) per thread, keyed by "pid/tid", with each thread's name. */
export type ThreadCpu = Map<string, { name: string; ms: number }>;

/** Whether /proc is there to read (Linux). */
export function threadCpuAvailable(): boolean {
  return existsSync('/proc/self/task');
}

/** CPU time so far of every thread of every process descended from `root` (default: this process). */
export function descendantThreadCpu(root = process.pid): ThreadCpu {
  const threads: ThreadCpu = new Map();
  for (const pid of descendants(root)) {
    for (const tid of list(`/proc/${pid}/task`)) {
      const stat = read(`/proc/${pid}/task/${tid}/stat`);
      if (stat === null) continue;
      const { name, fields } = parseStat(stat);
      // Fields 14 and 15 of stat (utime, stime) are in clock ticks of 10 ms.
      threads.set(`${pid}/${tid}`, { name, ms: (Number(fields[11]) + Number(fields[12])) * 10 });
    }
  }
  return threads;
}

/** CPU milliseconds spent between two readings, summed by thread name. */
export function cpuByThreadName(before: ThreadCpu, after: ThreadCpu): Record<string, number> {
  const byName: Record<string, number> = {};
  for (const [key, { name, ms }] of after) {
    const spent = ms - (before.get(key)?.ms ?? 0);
    if (spent > 0) byName[name] = (byName[name] ?? 0) + spent;
  }
  return byName;
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of list('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    if (stat === null) continue;
    const parent = Number(parseStat(stat).fields[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    for (const child of children.get(stack.pop()!) ?? []) {
      found.push(child);
      stack.push(child);
    }
  }
  return found;
}

/** The name in parentheses (it may hold spaces) and the fields after it, from field 3 (state) on. */
function parseStat(stat: string): { name: string; fields: string[] } {
  const close = stat.lastIndexOf(')');
  return { name: stat.slice(stat.indexOf('(') + 1, close), fields: stat.slice(close + 2).split(' ') };
}

function list(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return []; // the process or thread has just ended
  }
}

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
