/**
 * Statistics across the replicates of one scenario (runs that differ only in their seed): the
 * median and the 5th to 95th percentile band of a summary metric, and of a daily series day by
 * day. Quantiles are R-7 (linear between order statistics, as d3-array's quantileSorted and
 * R's default), computed here with d3's arithmetic so the numbers match it bit for bit.
 */
import { DISPARITY_WINDOW_DAYS, type MetricSeries } from './series.ts';

/** Quantile levels of the band: the 5th and 95th percentiles. */
export const BAND_LOW = 0.05;
export const BAND_HIGH = 0.95;

/** One number across replicates: the median and the band (NaN when there are no replicates). */
export interface Spread {
  median: number;
  /** The BAND_LOW quantile. */
  low: number;
  /** The BAND_HIGH quantile. */
  high: number;
}

/** A spread with the mean (NaN when there are no replicates). */
export interface Quantiles extends Spread {
  mean: number;
}

/** A daily series across replicates: per day, the median and the band. */
export interface Band {
  median: Float64Array;
  low: Float64Array;
  high: Float64Array;
}

/**
 * The R-7 quantile p in [0, 1] of ascending values: position h = (n − 1)·p, interpolated
 * linearly between the order statistics either side of it. NaN when there are no values.
 */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  if (p <= 0 || n < 2) return sorted[0]!;
  if (p >= 1) return sorted[n - 1]!;
  const position = (n - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below]!;
  return lower + (sorted[below + 1]! - lower) * (position - below);
}

/** Median and band of ascending values. */
function spreadOfSorted(sorted: ArrayLike<number>): Spread {
  return { median: quantileOfSorted(sorted, 0.5), low: quantileOfSorted(sorted, BAND_LOW), high: quantileOfSorted(sorted, BAND_HIGH) };
}

/** Median and band of `values`, in any order. */
export function spreadOf(values: ArrayLike<number>): Spread {
  return spreadOfSorted(Float64Array.from(values).sort());
}

/** Median, band and mean of `values` (sorted in `scratch`, which must have the same length). */
export function quantilesOf(values: Float64Array, scratch: Float64Array = new Float64Array(values.length)): Quantiles {
  scratch.set(values);
  scratch.sort();
  let total = 0;
  for (let i = 0; i < scratch.length; i++) total += scratch[i]!;
  return { ...spreadOfSorted(scratch), mean: scratch.length > 0 ? total / scratch.length : NaN };
}

/**
 * Per day, the median and band across replicates of a day-major table: the value of replicate r
 * on day t at index t × replicates + r (how an ensemble collects its replicates as they arrive).
 */
export function bandOfDays(table: Float64Array, days: number, replicates: number): Band {
  const band: Band = { median: new Float64Array(days), low: new Float64Array(days), high: new Float64Array(days) };
  const scratch = new Float64Array(replicates);
  for (let day = 0; day < days; day++) {
    scratch.set(table.subarray(day * replicates, (day + 1) * replicates));
    scratch.sort();
    const spread = spreadOfSorted(scratch);
    band.median[day] = spread.median;
    band.low[day] = spread.low;
    band.high[day] = spread.high;
  }
  return band;
}

/** Per day, the median and band of one series across replicates (each column: one replicate's values by day; a missing day counts as NaN). */
export function bandAcross(columns: readonly ArrayLike<number>[], days: number): Band {
  const replicates = columns.length;
  const table = new Float64Array(days * replicates);
  for (let r = 0; r < replicates; r++) {
    const column = columns[r]!;
    for (let day = 0; day < days; day++) table[day * replicates + r] = day < column.length ? column[day]! : NaN;
  }
  return bandOfDays(table, days, replicates);
}

/**
 * Trailing mean over `window` days (fewer at the start). The daily patrol share of a quarter is a
 * share of a fixed number of units, so its trailing mean equals the windowed share the run
 * charts draw.
 */
export function trailingMean(values: ArrayLike<number>, window: number): Float64Array {
  const out = new Float64Array(values.length);
  let sum = 0;
  for (let t = 0; t < values.length; t++) {
    sum += values[t]!;
    if (t >= window) sum -= values[t - window]!;
    out[t] = sum / Math.min(t + 1, window);
  }
  return out;
}

/** The bands of the run charts' lines across replicates. */
export interface ReplicateBands {
  days: number;
  replicates: number;
  patrolShare: Band;
  trueCrimeShare: Band;
  disparityRatio: Band;
  recordedMinority: Band;
  recordedMajority: Band;
  trueMinority: Band;
  trueMajority: Band;
  emptyStopsMinority: Band;
  emptyStopsMajority: Band;
}

/** Bands of every line of the run charts over the replicates' daily series. */
export function replicateBands(series: readonly MetricSeries[], days: number): ReplicateBands {
  const of = (pick: (s: MetricSeries) => ArrayLike<number>) => bandAcross(series.map(pick), days);
  return {
    days,
    replicates: series.length,
    patrolShare: of((s) => trailingMean(s.patrolShareMinorityQuarter, DISPARITY_WINDOW_DAYS)),
    trueCrimeShare: of((s) => s.trueCrimeShareMinorityQuarter),
    disparityRatio: of((s) => s.disparityRatio),
    recordedMinority: of((s) => s.recordedPer1000.minority),
    recordedMajority: of((s) => s.recordedPer1000.majority),
    trueMinority: of((s) => s.truePer1000.minority),
    trueMajority: of((s) => s.truePer1000.majority),
    emptyStopsMinority: of((s) => s.stopsWithoutHitPer1000.minority),
    emptyStopsMajority: of((s) => s.stopsWithoutHitPer1000.majority),
  };
}
