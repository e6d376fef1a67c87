/**
 * Runs a heat map row by row of cells: each row (one value of the y parameter) is a progressive
 * sweep of the x parameter, and every row is queued at once on the worker pool, so cells fill in
 * as they finish and no worker idles between rows.
 */
import { ParamError, type Params } from '../../models/index.ts';
import { paramErrorText } from '../i18n/param-errors.ts';
import type { BatchProblem, Quantiles, SimClient } from '../sim-client-types.ts';
import { rowParams } from './heatmap-plan.ts';
import { runSweepProgressively } from './sweep-runner.ts';

export interface HeatmapRunOptions {
  metric: string;
  signal: AbortSignal;
  onCell: (row: number, column: number, summary: Record<string, Quantiles>) => void;
  onProgress: (done: number, total: number) => void;
}

export async function runHeatmap(
  engine: Pick<SimClient, 'sweep'>,
  base: Params,
  xPath: string,
  xValues: readonly number[],
  yPath: string,
  yValues: readonly number[],
  seeds: readonly number[],
  options: HeatmapRunOptions,
): Promise<{ status: 'done' } | BatchProblem> {
  let rows: Params[];
  try {
    rows = yValues.map((value) => rowParams(base, yPath, value));
  } catch (error) {
    if (error instanceof ParamError) return { status: 'invalid', field: error.field, message: paramErrorText(error) };
    throw error;
  }
  const total = xValues.length * yValues.length * seeds.length;
  const doneByRow = new Array<number>(rows.length).fill(0);
  // One signal for every row: the caller's cancel, or the first row that fails.
  const stop = new AbortController();
  const abort = () => stop.abort();
  options.signal.addEventListener('abort', abort);
  let problem: BatchProblem | undefined;
  try {
    await Promise.all(
      rows.map(async (params, row) => {
        const outcome = await runSweepProgressively(engine, params, xPath, xValues, seeds, {
          metric: options.metric,
          signal: stop.signal,
          onPoint: (column, summary) => options.onCell(row, column, summary),
          onProgress: (done) => {
            if (stop.signal.aborted) return;
            doneByRow[row] = done;
            options.onProgress(doneByRow.reduce((sum, count) => sum + count, 0), total);
          },
        });
        if (outcome.status !== 'done' && outcome.status !== 'cancelled' && !problem) {
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
