/**
 * Summary metrics by dotted path (`minorityQuarter.disparityRatio`, `minority.stopsPer1000`):
 * the numeric leaves of RunMetrics, which ensembles summarise and sweeps plot against a parameter.
 * The per-neighborhood arrays (finalRiskShare, tailPatrolShare) are not summary metrics.
 * Pure data and small functions: safe to import on the main thread.
 */
import type { RunMetrics } from '../models/index.ts';

/** Dotted paths of the numeric leaves of T (typed arrays excluded). */
type NumericPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends number
    ? `${Prefix}${K}`
    : T[K] extends ArrayBufferView
      ? never
      : T[K] extends object
        ? NumericPaths<T[K], `${Prefix}${K}.`>
        : never;
}[keyof T & string];

/** A summary metric's dotted path, e.g. `minorityQuarter.disparityRatio`. */
export type SummaryMetricPath = NumericPaths<RunMetrics>;

/** The metric a sweep plots when none is chosen: patrol share ÷ true-crime share of the most-minority quarter. */
export const DEFAULT_SWEEP_METRIC: string = 'minorityQuarter.disparityRatio' satisfies SummaryMetricPath;

/**
 * Every summary metric, in the order of RunMetrics. A constant, so the UI can list metrics
 * without running the model; the check below fails to compile when RunMetrics gains a metric
 * that is missing here.
 */
const SUMMARY_METRIC_PATHS = [
  'tailDays',
  'minorityQuarter.neighborhoods',
  'minorityQuarter.populationShare',
  'minorityQuarter.patrolShare',
  'minorityQuarter.trueCrimeShare',
  'minorityQuarter.disparityRatio',
  'minority.population',
  'minority.truePer1000',
  'minority.recordedPer1000',
  'minority.stopsPer1000',
  'minority.stopsWithoutHitPer1000',
  'minority.detectionRate',
  'majority.population',
  'majority.truePer1000',
  'majority.recordedPer1000',
  'majority.stopsPer1000',
  'majority.stopsWithoutHitPer1000',
  'majority.detectionRate',
  'patrolGini',
  'allocationDivergence',
  'totals.trueIncidents',
  'totals.recordedIncidents',
  'totals.reports',
  'totals.discoveries',
  'totals.stops',
  'totals.stopHits',
  'totals.stopsWithoutHit',
  'totals.sensorAlerts',
] as const satisfies readonly SummaryMetricPath[];

type MissingMetric = Exclude<SummaryMetricPath, (typeof SUMMARY_METRIC_PATHS)[number]>;
// Compiles only while no RunMetrics number is missing from the list above.
const everyMetricListed: [MissingMetric] extends [never] ? true : MissingMetric = true;
void everyMetricListed;

/** Every summary metric path (the numeric leaves of RunMetrics). */
export function summaryMetricPaths(): readonly string[] {
  return SUMMARY_METRIC_PATHS;
}

/** Numeric leaves of an object as [dotted path, value] pairs, in property order (arrays are skipped). */
export function numericLeaves(value: object, prefix = '', into: [string, number][] = []): [string, number][] {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'number') into.push([path, child]);
    else if (child !== null && typeof child === 'object' && !ArrayBuffer.isView(child) && !Array.isArray(child)) numericLeaves(child, path, into);
  }
  return into;
}

/** The value of the summary metric at `path`; NaN when the path names no number. */
export function readMetric(metrics: RunMetrics, path: string): number {
  let node: unknown = metrics;
  for (const key of path.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return typeof node === 'number' ? node : NaN;
}
