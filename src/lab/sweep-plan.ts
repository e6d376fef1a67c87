/**
 * A one-parameter sweep: the values to run (evenly spaced over a range, whole numbers for integer
 * parameters), readable names for the summary metrics, and the CSV of the finished table.
 */
import { ParamError, type ParamSpec } from '../../models/index.ts';
import { csvNumber, formatSchemaNumber } from './lab-format.ts';

/** Most values one sweep may have (each runs every replicate). */
export const MAX_SWEEP_STEPS = 50;

/**
 * `steps` values from `from` to `to` inclusive, evenly spaced; for an integer parameter rounded
 * to whole numbers with duplicates dropped. Throws ParamError (field `sweep.from`, `sweep.to` or
 * `sweep.steps`) for a range outside the parameter's or a step count outside 1 to MAX_SWEEP_STEPS.
 */
export function sweepValues(spec: ParamSpec, from: number, to: number, steps: number): number[] {
  const min = spec.min ?? -Infinity;
  const max = spec.max ?? Infinity;
  const range = `from ${formatSchemaNumber(min)} to ${formatSchemaNumber(max)}`;
  for (const [field, value] of [['sweep.from', from], ['sweep.to', to]] as const) {
    if (!Number.isFinite(value) || value < min || value > max) {
      throw new ParamError(field, `${spec.label} can only take values ${range}; ${Number.isFinite(value) ? value : 'this'} is outside it.`);
    }
  }
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_SWEEP_STEPS) {
    throw new ParamError('sweep.steps', `The number of steps must be a whole number from 1 to ${MAX_SWEEP_STEPS}.`);
  }
  const values: number[] = [];
  for (let k = 0; k < steps; k++) {
    const exact = steps === 1 ? from : from + ((to - from) * k) / (steps - 1);
    const value = spec.kind === 'integer' ? Math.round(exact) : Number(exact.toPrecision(10));
    if (!values.includes(value)) values.push(value);
  }
  return values;
}

const METRIC_NAMES: Record<string, string> = {
  'minorityQuarter.disparityRatio': 'Disparity ratio of the most-minority quarter (patrol share ÷ true-crime share)',
  'minorityQuarter.patrolShare': 'Share of patrols sent to the most-minority quarter',
  'minorityQuarter.trueCrimeShare': 'Share of true crime in the most-minority quarter',
  'minorityQuarter.populationShare': 'Share of residents in the most-minority quarter',
  'minority.stopsWithoutHitPer1000': 'Stops without a hit per 1,000 minority residents',
  'majority.stopsWithoutHitPer1000': 'Stops without a hit per 1,000 majority residents',
  'minority.recordedPer1000': 'Recorded incidents per 1,000 minority residents',
  'majority.recordedPer1000': 'Recorded incidents per 1,000 majority residents',
  'minority.truePer1000': 'True incidents per 1,000 minority residents',
  'majority.truePer1000': 'True incidents per 1,000 majority residents',
  'minority.detectionRate': 'Share of minority victims\' incidents known to police',
  'majority.detectionRate': 'Share of majority victims\' incidents known to police',
  patrolGini: 'Gini coefficient of patrols across neighborhoods',
  allocationDivergence: 'Distance between patrols and true crime (total variation)',
};

/** A readable name for a summary metric's dotted path (the path itself when there is none). */
export function metricName(path: string): string {
  return METRIC_NAMES[path] ?? path;
}

/** One finished row of a sweep table. */
export interface SweepRow {
  value: number;
  median: number;
  low: number;
  high: number;
  replicates: number;
}

/** The table as CSV with the header value,median,low,high,replicates (low and high: 5th and 95th percentiles). */
export function sweepCsv(rows: readonly SweepRow[]): string {
  const lines = ['value,median,low,high,replicates'];
  for (const row of rows) lines.push([row.value, row.median, row.low, row.high].map(csvNumber).join(',') + `,${row.replicates}`);
  return `${lines.join('\n')}\n`;
}

/** A file name for the CSV, e.g. sweep-deployment.units-minorityQuarter.disparityRatio.csv. */
export function sweepFileName(path: string, metric: string): string {
  return `sweep-${path}-${metric}.csv`.replace(/[^A-Za-z0-9._-]/g, '_');
}
