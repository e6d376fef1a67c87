/**
 * Bands across replicates: quantile levels, order (the band contains the median), the trailing
 * mean that smooths the daily patrol share, and the sentence of the replicates view.
 */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import type { RunMetrics } from '../../models/index.ts';
import { bandAcross, countPhrase, replicateSentence, spreadOf, trailingMean } from '../../src/lab/replicate-stats.ts';

/** Standard normal draws by Box–Muller from a seeded generator. */
function normals(count: number, seed: string): Float64Array {
  const random = seedrandom(seed);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return out;
}

function metricsWithRatio(ratio: number): RunMetrics {
  return { tailDays: 37, minorityQuarter: { disparityRatio: ratio } } as unknown as RunMetrics;
}

describe('replicate statistics', () => {
  it('take the 5th and 95th percentiles by linear interpolation (R-7)', () => {
    // 1 … 101: quantile p sits at position p × 100, so the 5th percentile is 6 and the 95th is 96.
    const spread = spreadOf(Array.from({ length: 101 }, (_, k) => k + 1));
    expect(spread).toEqual({ median: 51, low: 6, high: 96 });
    // Four values: the median interpolates halfway between the middle two.
    expect(spreadOf([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('put the band of standard normal replicates at ±1.645 on every day', () => {
    // Theory: the 5th and 95th percentiles of N(0, 1) are ∓1.6449. With 4,000 replicates the
    // standard error of a sample 95th percentile is sqrt(0.05 × 0.95 / 4000) / φ(1.645) ≈ 0.034,
    // so 0.12 is about 3.5 standard errors: a band at the 2.5th/97.5th (±1.96) or the 10th/90th
    // (±1.28) percentile would fail.
    const days = 3;
    const replicates = 4000;
    const columns = Array.from({ length: replicates }, () => new Float64Array(days));
    const draws = normals(days * replicates, 'bands');
    columns.forEach((column, r) => {
      for (let t = 0; t < days; t++) column[t] = draws[r * days + t]!;
    });
    const band = bandAcross(columns, days);
    for (let t = 0; t < days; t++) {
      expect(Math.abs(band.low[t]! + 1.6449)).toBeLessThan(0.12);
      expect(Math.abs(band.high[t]! - 1.6449)).toBeLessThan(0.12);
      // The median of N(0, 1) is 0; its standard error here is sqrt(π / 2 / 4000) ≈ 0.02.
      expect(Math.abs(band.median[t]!)).toBeLessThan(0.08);
    }
  });

  it('always contain the median within the band', () => {
    const random = seedrandom('order');
    const columns = Array.from({ length: 7 }, () => Float64Array.from({ length: 50 }, () => random() * 10));
    const band = bandAcross(columns, 50);
    for (let t = 0; t < 50; t++) {
      expect(band.low[t]).toBeLessThanOrEqual(band.median[t]!);
      expect(band.median[t]).toBeLessThanOrEqual(band.high[t]!);
    }
  });

  it('smooth with a trailing mean that averages fewer days at the start', () => {
    expect(Array.from(trailingMean([2, 4, 6, 8, 10], 3))).toEqual([2, 3, 4, 6, 8]);
    expect(Array.from(trailingMean([5, 5, 5], 30))).toEqual([5, 5, 5]);
  });

  it('count the runs above parity in the sentence, with the median and the band', () => {
    const ratios = [0.9, 1.2, 1.4, 1.6, 1.8, 2.0, 2.2, 2.4, 2.6, 3.0];
    const sentence = replicateSentence(ratios.map(metricsWithRatio));
    expect(sentence).toBe(
      'In 9 of 10 runs the most-minority quarter received more than its share of true crime in patrols over the last 37 days; ' +
        'median 1.9 times its share (90% of runs between 1 and 2.8).',
    );
    expect(replicateSentence([1.5, 2].map(metricsWithRatio))).toMatch(/^In all 2 runs/);
    expect(replicateSentence([0.5, 1].map(metricsWithRatio))).toMatch(/^In none of the 2 runs/);
    expect(countPhrase(47, 50)).toBe('47 of 50');
  });
});
