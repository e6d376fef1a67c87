/** Heap measurements for memory tests: a full garbage collection, then process.memoryUsage(). */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Exposes gc() to code compiled after this point, without restarting Node with --expose-gc.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Collects garbage (twice, so finalizers' garbage goes too) and returns the memory in use. */
export function collectGarbage(): NodeJS.MemoryUsage {
  gc();
  gc();
  return process.memoryUsage();
}
