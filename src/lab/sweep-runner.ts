/**
 * Runs a sweep value by value, so the chart fills in as results arrive: one engine sweep per
 * value, all queued at once on the worker pool (which serves jobs first come, first served, so
 * values finish roughly in order and no worker idles between them). Every value runs the same
 * seeds, so neighbouring values differ by the parameter, not by the draw of true crime.
 */
import type { Params } from '../../models/index.ts';
import type { BatchProblem, Quantiles, SimClient } from '../sim-client-types.ts';

export interface ProgressiveSweepOptions {
  metric: string;
  signal: AbortSignal;
  /** Value `index` has finished, with the quantiles of every summary metric. */
  onPoint: (index: number, summary: Record<string, Quantiles>) => void;
  /** Runs finished over all values, out of values × seeds. */
  onProgress: (done: number, total: number) => void;
}

export type ProgressiveSweepOutcome = { status: 'done' } | BatchProblem;

/** Sweeps `path` over `values`; stops at the first refusal or failure and cancels the rest. */
export async function runSweepProgressively(
  engine: Pick<SimClient, 'sweep'>,
  params: Params,
  path: string,
  values: readonly number[],
  seeds: readonly number[],
  options: ProgressiveSweepOptions,
): Promise<ProgressiveSweepOutcome> {
  const total = values.length * seeds.length;
  const doneByValue = new Array<number>(values.length).fill(0);
  const stop = new AbortController();
  const abort = () => stop.abort();
  options.signal.addEventListener('abort', abort);
  let problem: BatchProblem | undefined;
  try {
    await Promise.all(
      values.map(async (value, index) => {
        const outcome = await engine.sweep(params, path, [value], [...seeds], {
          metric: options.metric,
          signal: stop.signal,
          onProgress: (done) => {
            if (stop.signal.aborted) return;
            doneByValue[index] = done;
            options.onProgress(doneByValue.reduce((sum, count) => sum + count, 0), total);
          },
        });
        if (stop.signal.aborted && !problem) return;
        if (outcome.status === 'done') {
          options.onPoint(index, outcome.sweep.points[0]!.summary);
        } else if (!problem) {
          problem = outcome;
          stop.abort();
        }
      }),
    );
  } finally {
    options.signal.removeEventListener('abort', abort);
  }
  if (options.signal.aborted) return { status: 'cancelled' };
  return problem ?? { status: 'done' };
}
