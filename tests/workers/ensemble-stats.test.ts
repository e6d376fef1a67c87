/**
 * Ensemble statistics (workers/ensemble-stats.ts, issue 3 "ensemble"): the median and 5th to
 * 95th percentile band per day equal a direct computation over runs of the same seeds, do not
 * depend on the order replicates arrive in, and match Poisson theory where theory is known.
 */
import { median, quantile } from 'd3-array';
import { describe, expect, it } from 'vitest';
import { simulate, validateParams, type RunResult } from '../../models/index.ts';
import { DEFAULT_PRESET_ID, findPreset } from '../../presets/index.ts';
import { BAND_HIGH, BAND_LOW, type Band } from '../../models/index.ts';
import { EnsembleCollector, seriesLeaves, type SeriesBands } from '../../workers/ensemble-stats.ts';
import { numericLeaves, readMetric, summaryMetricPaths } from '../../workers/summary-metrics.ts';

function readBand(bands: SeriesBands, path: string): Band {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], bands) as Band;
}

function collect(runs: RunResult[], order: number[]): EnsembleCollector {
  const collector = new EnsembleCollector(runs.length, runs[0]!.params.days);
  for (const index of order) collector.add(index, runs[index]!);
  return collector;
}

describe('EnsembleCollector', () => {
  const params = validateParams({ ...findPreset(DEFAULT_PRESET_ID)!.overrides, days: 120 });
  const seeds = [3, 9, 27, 81, 243, 729, 2187, 6561];
  const runs = seeds.map((seed) => simulate(params, seed));

  it('gives, per day, the median and band of a direct computation over the same seeds', () => {
    const bands = collect(runs, seeds.map((_, i) => i)).seriesBands()!;
    const paths = seriesLeaves(runs[0]!.series).map(([path]) => path);
    expect(paths).toContain('disparityRatio');
    expect(paths).toContain('recordedPer1000.minority');
    for (const path of paths) {
      const band = readBand(bands, path);
      for (let day = 0; day < params.days; day++) {
        const values = runs.map((run) => seriesLeaves(run.series).find(([p]) => p === path)![1][day]!);
        expect(band.median[day], `${path} day ${day}`).toBe(median(values));
        expect(band.low[day]).toBe(quantile(values, BAND_LOW));
        expect(band.high[day]).toBe(quantile(values, BAND_HIGH));
      }
    }
  });

  it('gives the quantiles and mean of every summary metric', () => {
    const summary = collect(runs, seeds.map((_, i) => i)).summary();
    expect(Object.keys(summary)).toEqual(summaryMetricPaths());
    for (const [path] of numericLeaves(runs[0]!.metrics)) {
      const values = runs.map((run) => readMetric(run.metrics, path));
      expect(summary[path]!.median, path).toBe(median(values));
      expect(summary[path]!.low).toBe(quantile(values, BAND_LOW));
      expect(summary[path]!.high).toBe(quantile(values, BAND_HIGH));
      expect(summary[path]!.mean).toBeCloseTo(values.reduce((a, b) => a + b) / values.length, 9);
    }
  });

  it('does not depend on the order replicates arrive in', () => {
    const inOrder = collect(runs, [0, 1, 2, 3, 4, 5, 6, 7]);
    const shuffled = collect(runs, [5, 2, 7, 0, 3, 6, 1, 4]);
    expect(shuffled.seriesBands()).toEqual(inOrder.seriesBands());
    expect(shuffled.summary()).toEqual(inOrder.summary());
  });

  it('refuses a replicate twice and a summary before every replicate is in', () => {
    const collector = new EnsembleCollector(2, params.days);
    collector.add(1, runs[1]!);
    expect(() => collector.add(1, runs[1]!)).toThrow(RangeError);
    expect(() => collector.summary()).toThrow(/Only 1 of 2/);
  });
});

describe('ensemble against theory', () => {
  it('centers cumulative true crime per 1,000 on rate × days and spreads it as Poisson noise predicts', () => {
    // No feedback, equal true rates: each group's true incidents over d days are Poisson with
    // mean r·d·P (thinning of the per-neighborhood Poisson draws, models/simulation.ts), so
    // truePer1000 on the last day has mean 1000·r·d and standard deviation 1000·√(r·d/P).
    const params = validateParams({ ...findPreset('no-feedback')!.overrides, days: 120 });
    const replicates = 100;
    const runs = Array.from({ length: replicates }, (_, i) => simulate(params, 1000 + i));
    const bands = collect(runs, runs.map((_, i) => i)).seriesBands()!;
    const rate = params.reality.offenseRate;
    const last = params.days - 1;
    for (const group of ['minority', 'majority'] as const) {
      const expectedMean = 1000 * rate * params.days;
      const variance = runs.reduce((total, run) => total + (1000 * 1000 * rate * params.days) / run.metrics[group].population, 0) / replicates;
      const sd = Math.sqrt(variance);
      const band = bands.truePer1000[group];
      // The sample median's standard error is about 1.2533·sd/√n; allow four of them.
      expect(Math.abs(band.median[last]! - expectedMean), group).toBeLessThan((4 * 1.2533 * sd) / Math.sqrt(replicates));
      // The 5th to 95th percentile width of a normal is 3.29 sd; with 100 replicates each end
      // has a standard error of about 0.21 sd, so ±30% is about three standard errors.
      const width = band.high[last]! - band.low[last]!;
      expect(width / (3.29 * sd), group).toBeGreaterThan(0.7);
      expect(width / (3.29 * sd), group).toBeLessThan(1.3);
    }
  });
});
