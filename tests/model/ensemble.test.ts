/**
 * Statistics across replicates (models/metrics/ensemble.ts): R-7 quantiles of known inputs worked
 * out by hand, bands of a day-major table and of per-replicate columns, the band of normal draws
 * against the normal's percentiles, and the trailing mean that smooths the daily patrol share.
 */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { BAND_HIGH, BAND_LOW, bandAcross, bandOfDays, quantileOfSorted, quantilesOf, spreadOf, trailingMean } from '../../models/index.ts';

/** Standard normal draws by Box–Muller from a seeded generator. */
function normals(count: number, seed: string): Float64Array {
  const random = seedrandom(seed);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return out;
}

describe('quantiles across replicates', () => {
  it('take the 5th and 95th percentiles by linear interpolation between order statistics (R-7)', () => {
    expect([BAND_LOW, BAND_HIGH]).toEqual([0.05, 0.95]);
    // 1 … 101: quantile p sits at position p × 100, so the 5th percentile is 6 and the 95th is 96.
    expect(spreadOf(Array.from({ length: 101 }, (_, k) => k + 1))).toEqual({ median: 51, low: 6, high: 96 });
    // Four values 1, 2, 3, 4 (given unsorted): positions 0.15, 1.5 and 2.85 → 1.15, 2.5 and 3.85.
    const four = spreadOf([4, 1, 3, 2]);
    expect(four.median).toBe(2.5);
    expect(four.low).toBeCloseTo(1.15, 12);
    expect(four.high).toBeCloseTo(3.85, 12);
  });

  it('read the ends at p = 0 and 1, one value for any p, and NaN for none', () => {
    const sorted = [10, 20, 40];
    expect(quantileOfSorted(sorted, 0)).toBe(10);
    expect(quantileOfSorted(sorted, 1)).toBe(40);
    // Position (3 − 1) × 0.75 = 1.5: halfway between 20 and 40.
    expect(quantileOfSorted(sorted, 0.75)).toBe(30);
    expect(spreadOf([7])).toEqual({ median: 7, low: 7, high: 7 });
    expect(quantilesOf(new Float64Array(0))).toEqual({ median: NaN, low: NaN, high: NaN, mean: NaN });
  });

  it('give the mean beside the median and band, whatever the order of the values', () => {
    // 0, 10, 20, 30, 100: median 20; 5th percentile at position 0.2 → 2; 95th at 3.8 → 30 + 0.8 × 70 = 86; mean 160 / 5 = 32.
    const quantiles = quantilesOf(Float64Array.of(30, 100, 0, 20, 10));
    expect(quantiles.median).toBe(20);
    expect(quantiles.low).toBeCloseTo(2, 12);
    expect(quantiles.high).toBeCloseTo(86, 12);
    expect(quantiles.mean).toBe(32);
  });
});

describe('bands of a daily series across replicates', () => {
  it('take each day on its own, from a day-major table or from one column per replicate', () => {
    // Three replicates over two days. Day 0: 3, 1, 2 → median 2, band 1.1 to 2.9 (positions 0.1 and 1.9).
    // Day 1: 5, 50, 500 → median 50, band 5 + 0.1 × 45 = 9.5 to 50 + 0.9 × 450 = 455.
    const table = Float64Array.of(3, 1, 2, 5, 50, 500);
    const band = bandOfDays(table, 2, 3);
    expect(Array.from(band.median)).toEqual([2, 50]);
    expect(band.low[0]).toBeCloseTo(1.1, 12);
    expect(band.high[0]).toBeCloseTo(2.9, 12);
    expect(band.low[1]).toBeCloseTo(9.5, 12);
    expect(band.high[1]).toBeCloseTo(455, 12);
    // The same replicates as columns (one per replicate) give the same band, bit for bit.
    expect(bandAcross([[3, 5], [1, 50], [2, 500]], 2)).toEqual(band);
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

  it('smooth the daily patrol share with a trailing mean that averages fewer days at the start', () => {
    // Windows of 3: [2], [2, 4], [2, 4, 6], [4, 6, 8], [6, 8, 10].
    expect(Array.from(trailingMean([2, 4, 6, 8, 10], 3))).toEqual([2, 3, 4, 6, 8]);
    expect(Array.from(trailingMean([5, 5, 5], 30))).toEqual([5, 5, 5]);
  });
});
