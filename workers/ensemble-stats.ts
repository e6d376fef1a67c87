/**
 * Ensembles: collects the replicates of a scenario, which arrive from the workers in any order,
 * and summarises them with the statistics of models/metrics/ensemble.ts (the median and 5th to
 * 95th percentile band of every metric over time, quantiles of every summary metric).
 * Replicates are stored by their index in the seed list, so the result does not depend on which
 * worker finished first or how many workers there were.
 */
import { bandOfDays, quantilesOf, type Band, type MetricSeries, type PeopleMetrics, type Quantiles, type RunMetrics } from '../models/index.ts';
import { numericLeaves, peopleMetricLeaves } from './summary-metrics.ts';

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
    const bands: Record<string, unknown> = {};
    this.seriesPaths.forEach((path, s) => setPath(bands, path, bandOfDays(this.seriesValues[s]!, days, replicates)));
    return bands as SeriesBands;
  }

  private checkComplete(): void {
    if (this.added !== this.replicates) throw new RangeError(`Only ${this.added} of ${this.replicates} replicates have been added.`);
  }
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

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}
