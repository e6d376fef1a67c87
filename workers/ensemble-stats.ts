/**
 * Ensemble statistics: for each metric over time, the median and the 5th to 95th percentile
 * band of the replicates per day, and quantiles of every summary metric. Replicates are stored
 * by their index in the seed list, so the result does not depend on which worker finished
 * first or how many workers there were.
 */
import { quantileSorted } from 'd3-array';
import type { MetricSeries, PeopleMetrics, RunMetrics } from '../models/index.ts';
import { numericLeaves, peopleMetricLeaves } from './summary-metrics.ts';

/** Quantile levels of the band: the 5th and 95th percentiles. */
export const BAND_LOW = 0.05;
export const BAND_HIGH = 0.95;

/** A metric over time: per day, the median and the band of the replicates. */
export interface Band {
  median: Float64Array;
  low: Float64Array;
  high: Float64Array;
}

/** One summary metric across replicates. */
export interface Quantiles {
  median: number;
  /** The BAND_LOW quantile. */
  low: number;
  /** The BAND_HIGH quantile. */
  high: number;
  mean: number;
}

/** MetricSeries with each daily series replaced by its band. */
export type SeriesBands = { [K in keyof MetricSeries]: MetricSeries[K] extends Float64Array ? Band : { [G in keyof MetricSeries[K]]: Band } };

/** What one replicate contributes. */
export interface ReplicateMetrics {
  metrics: RunMetrics;
  series: MetricSeries | null;
  /** The person layer's metrics when it is on: summarised under `people.` paths. */
  people?: { metrics: PeopleMetrics } | null;
}

/**
 * Collects replicates into preallocated columns (one value per replicate, per day for series),
 * so memory is fixed by the replicate count and the days, whatever the order of arrival.
 */
export class EnsembleCollector {
  private seriesPaths: string[] | null = null;
  /** Per series path: days × replicates, index day * replicates + replicate. */
  private seriesValues: Float64Array[] = [];
  private summaryPaths: string[] | null = null;
  /** Per summary path: one value per replicate. */
  private summaryValues: Float64Array[] = [];
  private readonly filled: Uint8Array;
  private added = 0;

  constructor(
    readonly replicates: number,
    /** Days of every replicate's series (ignored when replicates carry no series). */
    readonly days: number,
  ) {
    this.filled = new Uint8Array(replicates);
  }

  /** Replicates added so far. */
  get count(): number {
    return this.added;
  }

  /** Stores replicate `index` (its position in the seed list). */
  add(index: number, replicate: ReplicateMetrics): void {
    if (!(index >= 0 && index < this.replicates) || this.filled[index]) throw new RangeError(`Replicate ${index} is out of range or already added.`);
    const { replicates, days } = this;
    const summary = numericLeaves(replicate.metrics);
    if (replicate.people) peopleMetricLeaves(replicate.people.metrics, summary);
    if (this.summaryPaths === null) {
      this.summaryPaths = summary.map(([path]) => path);
      this.summaryValues = summary.map(() => new Float64Array(replicates));
    }
    summary.forEach(([, value], m) => (this.summaryValues[m]![index] = value));
    if (replicate.series) {
      const series = seriesLeaves(replicate.series);
      if (this.seriesPaths === null) {
        this.seriesPaths = series.map(([path]) => path);
        this.seriesValues = series.map(() => new Float64Array(days * replicates));
      }
      series.forEach(([, values], s) => {
        const column = this.seriesValues[s]!;
        const length = Math.min(days, values.length);
        for (let day = 0; day < length; day++) column[day * replicates + index] = values[day]!;
      });
    }
    this.filled[index] = 1;
    this.added++;
  }

  /** Quantiles of every summary metric, by dotted path. */
  summary(): Record<string, Quantiles> {
    this.checkComplete();
    const scratch = new Float64Array(this.replicates);
    const result: Record<string, Quantiles> = {};
    (this.summaryPaths ?? []).forEach((path, m) => (result[path] = quantilesOf(this.summaryValues[m]!, scratch)));
    return result;
  }

  /** The band of every daily series, shaped like MetricSeries; null when replicates had no series. */
  seriesBands(): SeriesBands | null {
    this.checkComplete();
    if (this.seriesPaths === null) return null;
    const { replicates, days } = this;
    const scratch = new Float64Array(replicates);
    const bands: Record<string, unknown> = {};
    this.seriesPaths.forEach((path, s) => {
      const column = this.seriesValues[s]!;
      const band: Band = { median: new Float64Array(days), low: new Float64Array(days), high: new Float64Array(days) };
      for (let day = 0; day < days; day++) {
        scratch.set(column.subarray(day * replicates, (day + 1) * replicates));
        scratch.sort();
        band.median[day] = quantileOf(scratch, 0.5);
        band.low[day] = quantileOf(scratch, BAND_LOW);
        band.high[day] = quantileOf(scratch, BAND_HIGH);
      }
      setPath(bands, path, band);
    });
    return bands as SeriesBands;
  }

  private checkComplete(): void {
    if (this.added !== this.replicates) throw new RangeError(`Only ${this.added} of ${this.replicates} replicates have been added.`);
  }
}

/** Median, band and mean of `values` (sorted in `scratch`, which must have the same length). */
export function quantilesOf(values: Float64Array, scratch: Float64Array = new Float64Array(values.length)): Quantiles {
  scratch.set(values);
  scratch.sort();
  let total = 0;
  for (let i = 0; i < scratch.length; i++) total += scratch[i]!;
  return {
    median: quantileOf(scratch, 0.5),
    low: quantileOf(scratch, BAND_LOW),
    high: quantileOf(scratch, BAND_HIGH),
    mean: scratch.length > 0 ? total / scratch.length : NaN,
  };
}

/** The daily series of MetricSeries as [dotted path, values] pairs (`truePer1000.minority`). */
export function seriesLeaves(series: MetricSeries): [string, Float64Array][] {
  const leaves: [string, Float64Array][] = [];
  for (const [name, value] of Object.entries(series)) {
    if (value instanceof Float64Array) leaves.push([name, value]);
    else for (const [group, column] of Object.entries(value as Record<string, Float64Array>)) leaves.push([`${name}.${group}`, column]);
  }
  return leaves;
}

/** d3's R-7 quantile (linear between order statistics) of an ascending typed array. */
function quantileOf(sorted: Float64Array, p: number): number {
  // d3-array's types ask for an array, but it only indexes and reads .length.
  return quantileSorted(sorted as unknown as number[], p) ?? NaN;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}
