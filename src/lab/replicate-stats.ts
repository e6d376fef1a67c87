/**
 * Statistics across replicates of one scenario: the per-day median and 5th to 95th percentile
 * band of a series, and the sentence that speaks of them. Quantiles are d3's R-7 (linear
 * between order statistics), the definition the engine's ensembles use.
 */
import { quantileSorted } from 'd3-array';
import { DISPARITY_WINDOW_DAYS, type MetricSeries, type RunMetrics } from '../../models/index.ts';
import type { Band } from '../sim-client-types.ts';
import { pluralKey } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import '../i18n/parts/lab.ts';

export const BAND_LOW = 0.05;
export const BAND_HIGH = 0.95;

export interface Spread {
  median: number;
  low: number;
  high: number;
}

/** Median and 5th/95th percentiles of `values` (NaN when empty). */
export function spreadOf(values: ArrayLike<number>): Spread {
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) => quantileSorted(sorted as unknown as number[], p) ?? Number.NaN;
  return { median: at(0.5), low: at(BAND_LOW), high: at(BAND_HIGH) };
}

/** Per day, the median and band of one series across replicates (each column: one replicate's values by day). */
export function bandAcross(columns: readonly ArrayLike<number>[], days: number): Band {
  const band: Band = { median: new Float64Array(days), low: new Float64Array(days), high: new Float64Array(days) };
  const scratch = new Float64Array(columns.length);
  for (let day = 0; day < days; day++) {
    for (let r = 0; r < columns.length; r++) scratch[r] = columns[r]![day] ?? Number.NaN;
    scratch.sort();
    const sorted = scratch as unknown as number[];
    band.median[day] = quantileSorted(sorted, 0.5) ?? Number.NaN;
    band.low[day] = quantileSorted(sorted, BAND_LOW) ?? Number.NaN;
    band.high[day] = quantileSorted(sorted, BAND_HIGH) ?? Number.NaN;
  }
  return band;
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

/** The bands the replicates view draws, one per line of the run charts. */
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

/** Bands of every time series over the replicates' daily series. */
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

/** "all 50", "none of the 50", "47 of 50" (the noun follows, see replicateSentence). */
export function countPhrase(count: number, total: number): string {
  if (total > 1 && count === total) return t('lab.replicates.count.all', { total });
  if (count === 0) return t('lab.replicates.count.none', { total });
  return t('lab.replicates.count.some', { count, total });
}

/**
 * The live sentence of the replicates view, from each replicate's summary metrics: how many runs
 * sent the most-minority quarter more than its share of true crime in patrols (disparity ratio
 * above 1 over the last tenth of the days), with the median and the band of that ratio.
 */
export function replicateSentence(metrics: readonly RunMetrics[]): string {
  const total = metrics.length;
  if (total === 0) return t('lab.replicates.none');
  const ratios = metrics.map((m) => m.minorityQuarter.disparityRatio);
  const above = ratios.filter((ratio) => ratio > 1).length;
  const spread = spreadOf(ratios);
  const band = total > 1 ? t('lab.replicates.band', { low: spread.low, high: spread.high }) : '';
  return t('lab.replicates.sentence', {
    phrase: countPhrase(above, total),
    runs: t(pluralKey('lab.replicates.runs', total)),
    days: metrics[0]!.tailDays,
    median: spread.median,
    band,
  });
}
