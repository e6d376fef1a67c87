/**
 * The progressive sweep: one engine sweep per value on the same seeds, points delivered as they
 * finish, progress summed over values, and nothing delivered after a cancel.
 */
import { describe, expect, it } from 'vitest';
import { validateParams } from '../../models/index.ts';
import { runSweepProgressively } from '../../src/lab/sweep-runner.ts';
import type { SimClient, SweepOutcome } from '../../src/sim-client-types.ts';

type SweepCall = Parameters<SimClient['sweep']>;

/**
 * A stand-in for the engine: value v's replicates finish one per tick, in call order, and its
 * metric's median is v × 10; it honours the AbortSignal as the real pool does.
 */
function fakeEngine(tickMs: number) {
  const calls: SweepCall[] = [];
  const engine: Pick<SimClient, 'sweep'> = {
    sweep: (...args) => {
      calls.push(args);
      const [params, path, values, seeds, options = {}] = args;
      return new Promise<SweepOutcome>((resolve) => {
        let done = 0;
        const timer = setInterval(() => {
          if (options.signal?.aborted) {
            clearInterval(timer);
            resolve({ status: 'cancelled' });
            return;
          }
          options.onProgress?.(++done, seeds.length);
          if (done < seeds.length) return;
          clearInterval(timer);
          const value = values[0]!;
          const quantiles = { median: value * 10, low: value * 9, high: value * 11, mean: value * 10 };
          resolve({
            status: 'done',
            sweep: {
              path,
              values,
              metric: options.metric ?? 'm',
              seeds,
              bandLevels: { low: 0.05, high: 0.95 },
              median: Float64Array.of(quantiles.median),
              low: Float64Array.of(quantiles.low),
              high: Float64Array.of(quantiles.high),
              points: [{ value, params: params as never, summary: { m: quantiles } }],
            },
          });
        }, tickMs * (1 + calls.length / 10));
      });
    },
  };
  return { engine, calls };
}

describe('progressive sweep', () => {
  const params = validateParams({});

  it('runs every value on the same seeds and delivers each point as it finishes', async () => {
    const { engine, calls } = fakeEngine(2);
    const points: [number, number][] = [];
    const progress: number[] = [];
    const outcome = await runSweepProgressively(engine, params, 'deployment.units', [10, 20, 30], [5, 6, 7, 8], {
      metric: 'm',
      signal: new AbortController().signal,
      onPoint: (index, summary) => points.push([index, summary.m!.median]),
      onProgress: (done, total) => {
        expect(total).toBe(12);
        progress.push(done);
      },
    });
    expect(outcome).toEqual({ status: 'done' });
    expect(calls.map((call) => call[2])).toEqual([[10], [20], [30]]);
    for (const call of calls) expect(call[3]).toEqual([5, 6, 7, 8]);
    expect(points.sort((a, b) => a[0] - b[0])).toEqual([[0, 100], [1, 200], [2, 300]]);
    // Progress counts runs over all values, never goes back, and ends at the total.
    for (let k = 1; k < progress.length; k++) expect(progress[k]).toBeGreaterThan(progress[k - 1]!);
    expect(progress[progress.length - 1]).toBe(12);
  });

  it('stops delivering progress and points at once when cancelled', async () => {
    const { engine } = fakeEngine(5);
    const abort = new AbortController();
    const events: string[] = [];
    let cancelledAt = -1;
    const running = runSweepProgressively(engine, params, 'deployment.units', [10, 20, 30, 40], [1, 2, 3, 4, 5, 6], {
      metric: 'm',
      signal: abort.signal,
      onPoint: (index) => events.push(`point ${index}`),
      onProgress: (done) => {
        events.push(`progress ${done}`);
        if (done >= 5 && cancelledAt < 0) {
          cancelledAt = events.length;
          abort.abort();
        }
      },
    });
    expect(await running).toEqual({ status: 'cancelled' });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(cancelledAt).toBeGreaterThan(0);
    expect(events.length).toBe(cancelledAt);
  });
});
