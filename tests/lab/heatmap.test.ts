/** The heat map's plan and runner: rows of the y parameter, cells filled as they finish, CSV, extremes. */
import { describe, expect, it } from 'vitest';
import { validateParams } from '../../models/index.ts';
import { heatmapCsv, medianRange, rowParams, type HeatCell } from '../../src/lab/heatmap-plan.ts';
import { runHeatmap } from '../../src/lab/heatmap-runner.ts';
import type { SimClient, SweepOutcome } from '../../src/sim-client-types.ts';

const q = (median: number) => ({ median, low: median - 1, high: median + 1, mean: median });

/** An engine whose sweeps finish after a tick with median = x + 10 × (minority reporting rate). */
function fakeEngine() {
  const calls: { rate: number; values: number[]; seeds: number[] }[] = [];
  const engine: Pick<SimClient, 'sweep'> = {
    sweep: (params, path, values, seeds, options = {}) => {
      const rate = (params as { sources: { reports: { minorityRate: number } } }).sources.reports.minorityRate;
      calls.push({ rate, values, seeds });
      return new Promise<SweepOutcome>((resolve) =>
        setTimeout(() => {
          if (options.signal?.aborted) return resolve({ status: 'cancelled' });
          options.onProgress?.(seeds.length, seeds.length);
          const value = values[0]!;
          const summary = { m: q(value + 10 * rate) };
          resolve({
            status: 'done',
            sweep: { path, values, metric: 'm', seeds, bandLevels: { low: 0.05, high: 0.95 }, median: Float64Array.of(0), low: Float64Array.of(0), high: Float64Array.of(0), points: [{ value, params: params as never, summary }] },
          });
        }, 2),
      );
    },
  };
  return { engine, calls };
}

describe('heat map', () => {
  const base = validateParams({});

  it('sets the row parameter through validation', () => {
    expect(rowParams(base, 'sources.reports.minorityRate', 0.2).sources.reports.minorityRate).toBe(0.2);
    expect(() => rowParams(base, 'sources.reports.minorityRate', 2)).toThrow(/outside the allowed range from 0 to 1/);
  });

  it('runs every cell on the same seeds and places each result in its row and column', async () => {
    const { engine, calls } = fakeEngine();
    const cells: HeatCell[][] = [[null, null, null], [null, null, null]];
    let lastProgress = 0;
    const outcome = await runHeatmap(engine, base, 'deployment.exploration', [0, 0.1, 0.2], 'sources.reports.minorityRate', [0.1, 0.4], [3, 4], {
      metric: 'm',
      signal: new AbortController().signal,
      onCell: (row, column, summary) => (cells[row]![column] = summary),
      onProgress: (done, total) => {
        expect(total).toBe(12);
        lastProgress = done;
      },
    });
    expect(outcome).toEqual({ status: 'done' });
    expect(calls).toHaveLength(6);
    for (const call of calls) expect(call.seeds).toEqual([3, 4]);
    expect(cells.map((row) => row.map((cell) => cell!.m!.median))).toEqual([
      [1, 1.1, 1.2],
      [4, 4.1, 4.2],
    ]);
    expect(lastProgress).toBe(12);
    expect(medianRange(cells, 'm')).toMatchObject({ low: { value: 1, row: 0, column: 0 }, high: { value: 4.2, row: 1, column: 2 }, done: 6 });
    expect(heatmapCsv([0, 0.1, 0.2], [0.1, 0.4], cells, 'm', 2).split('\n').slice(0, 3)).toEqual([
      'x,y,median,low,high,replicates',
      '0,0.1,1,0,2,2',
      '0.1,0.1,1.1,0.1,2.1,2',
    ]);
  });

  it('reports a row value out of range as invalid, without running anything', async () => {
    const { engine, calls } = fakeEngine();
    const outcome = await runHeatmap(engine, base, 'deployment.exploration', [0], 'sources.reports.minorityRate', [0.5, 1.5], [1], {
      metric: 'm',
      signal: new AbortController().signal,
      onCell: () => {},
      onProgress: () => {},
    });
    expect(outcome).toMatchObject({ status: 'invalid', field: 'sources.reports.minorityRate' });
    expect(calls).toHaveLength(0);
  });

  it('delivers nothing after a cancel', async () => {
    const { engine } = fakeEngine();
    const abort = new AbortController();
    const delivered: string[] = [];
    const running = runHeatmap(engine, base, 'deployment.exploration', [0, 0.1], 'sources.reports.minorityRate', [0.1, 0.2], [1], {
      metric: 'm',
      signal: abort.signal,
      onCell: (row, column) => delivered.push(`${row},${column}`),
      onProgress: () => delivered.push('progress'),
    });
    abort.abort();
    expect(await running).toEqual({ status: 'cancelled' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(delivered).toEqual([]);
  });
});
