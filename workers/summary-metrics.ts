/**
 * Summary metrics by dotted path (`minorityQuarter.disparityRatio`, `minority.stopsPer1000`):
 * the numeric leaves of RunMetrics, which ensembles summarise and sweeps plot against a parameter.
 * The per-neighborhood arrays (finalRiskShare, tailPatrolShare) are not summary metrics.
 */
import { simulate, validateParams, type RunMetrics } from '../models/index.ts';

/** The metric a sweep plots when none is chosen: patrol share ÷ true-crime share of the most-minority quarter. */
export const DEFAULT_SWEEP_METRIC = 'minorityQuarter.disparityRatio';

/** Numeric leaves of an object as [dotted path, value] pairs, in property order (arrays are skipped). */
export function numericLeaves(value: object, prefix = '', into: [string, number][] = []): [string, number][] {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'number') into.push([path, child]);
    else if (child !== null && typeof child === 'object' && !ArrayBuffer.isView(child) && !Array.isArray(child)) numericLeaves(child, path, into);
  }
  return into;
}

let knownPaths: readonly string[] | null = null;

/**
 * Every summary metric path, read off the metrics of a tiny run so the list follows RunMetrics
 * as the model grows (2 neighborhoods × 1 day: well under a millisecond).
 */
export function summaryMetricPaths(): readonly string[] {
  knownPaths ??= numericLeaves(simulate(validateParams({ days: 1, city: { columns: 2, rows: 1 } }), 0).metrics).map(([path]) => path);
  return knownPaths;
}

/** The value of the summary metric at `path`; NaN when the path names no number. */
export function readMetric(metrics: RunMetrics, path: string): number {
  let node: unknown = metrics;
  for (const key of path.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return typeof node === 'number' ? node : NaN;
}
