/**
 * Shared tools of the statistical model tests: the Ensign urn as a custom city, replicate
 * summaries with standard errors, and the Kolmogorov–Smirnov distance. Every expected value stays
 * in the test that uses it, next to the comment that says where it comes from.
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { expect } from 'vitest';
import { advance, createSimulation, validateParams, type Params, type ParamsOverride } from '../../models/index.ts';

/** One region of an urn: true incidents per day and the records the urn starts with. */
export interface UrnRegion {
  rate: number;
  prior: number;
}

/**
 * The Ensign et al. urn written as a custom city, as presets/runaway-urn.json does: only patrol
 * discoveries (found with probability 1), one unit sent by sampling in proportion to risk,
 * cumulative memory, and the prior as historical records with weight 1. `extra` overrides the
 * top-level groups whole (e.g. `sources`, `deployment`, `corrections`).
 */
export function urnParams(regions: readonly UrnRegion[], days: number, extra: ParamsOverride = {}): Params {
  return validateParams({
    days,
    city: {
      custom: regions.map((region) => ({ population: 10_000, minorityShare: 0.5, trueRatePerDay: region.rate, priorRecords: region.prior })),
    },
    sources: {
      reports: { enabled: false },
      discoveries: { enabled: true, weight: 1, findProbability: 1 },
      stops: { enabled: false },
      sensors: { enabled: false },
      history: { enabled: true, weight: 1 },
    },
    fusion: { memory: 'cumulative' },
    deployment: { units: 1, policy: 'sample', exploration: 0 },
    ...extra,
  });
}

/** Each neighborhood's share of the fused risk (the urn's ball shares) right now. */
export function riskShares(risk: ArrayLike<number>): number[] {
  let total = 0;
  for (let i = 0; i < risk.length; i++) total += risk[i]!;
  return Array.from({ length: risk.length }, (_, i) => risk[i]! / total);
}

/**
 * Runs `params` once per seed 1..replicates and returns the risk shares after `params.days`
 * days, as one array of replicate values per neighborhood.
 */
export function finalSharesByRegion(params: Params, replicates: number, firstSeed = 1): number[][] {
  const byRegion: number[][] = [];
  for (let r = 0; r < replicates; r++) {
    const sim = createSimulation(params, firstSeed + r);
    advance(sim, params.days);
    riskShares(sim.fusion.risk).forEach((share, i) => (byRegion[i] ??= []).push(share));
  }
  return byRegion;
}

/** Mean, sample standard deviation and standard error of the mean of replicate values. */
export interface Summary {
  mean: number;
  sd: number;
  se: number;
  n: number;
}

export function summarize(values: readonly number[]): Summary {
  const sd = sampleStandardDeviation(values as number[]);
  return { mean: mean(values as number[]), sd, se: sd / Math.sqrt(values.length), n: values.length };
}

/** Kolmogorov–Smirnov distance between the empirical distribution of `values` and Uniform(0, 1). */
export function ksDistanceFromUniform(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  let distance = 0;
  sorted.forEach((x, i) => {
    distance = Math.max(distance, (i + 1) / n - x, x - i / n);
  });
  return distance;
}

/** Sum of a typed-array column over the cells [from, to). */
export function sumRange(column: ArrayLike<number>, from = 0, to = column.length): number {
  let total = 0;
  for (let c = from; c < to; c++) total += column[c]!;
  return total;
}

/** Sum of one neighborhood's column over days [fromDay, toDay) of a day × neighborhood history. */
export function sumNeighborhood(column: ArrayLike<number>, size: number, neighborhood: number, fromDay: number, toDay: number): number {
  let total = 0;
  for (let t = fromDay; t < toDay; t++) total += column[t * size + neighborhood]!;
  return total;
}

/** Sum of one group's per-day column (index day * 2 + group) over the first `days` days. */
export function sumGroup(column: ArrayLike<number>, group: number, days: number): number {
  let total = 0;
  for (let t = 0; t < days; t++) total += column[t * 2 + group]!;
  return total;
}

/**
 * Asserts that `observed` is within `z` standard errors of `expected`, with a failure message
 * that shows the numbers (what a bug report needs).
 */
export function expectWithinErrors(observed: number, expected: number, standardError: number, label: string, z = 4): void {
  const distance = Math.abs(observed - expected) / standardError;
  expect(distance, `${label}: observed ${observed}, expected ${expected}, standard error ${standardError}`).toBeLessThan(z);
}

/** Asserts that `observed` exceeds `bound` by more than `z` standard errors, showing the numbers. */
export function expectAboveByErrors(observed: number, bound: number, standardError: number, label: string, z: number): void {
  const distance = (observed - bound) / standardError;
  expect(distance, `${label}: observed ${observed}, should exceed ${bound} by ${z} standard errors of ${standardError}`).toBeGreaterThan(z);
}
