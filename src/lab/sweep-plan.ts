/**
 * A one-parameter sweep: the values to run (evenly spaced over a range, whole numbers for integer
 * parameters), readable names for the summary metrics, and the CSV of the finished table.
 */
import { ParamError, type ParamSpec } from '../../models/index.ts';
import { csvNumber, formatSchemaNumber } from './lab-format.ts';

/** The sweep the view opens with: past over-policing of minority areas from 1 (none) to 5.5, in 10 steps. */
export const DEFAULT_SWEEP = { path: 'sources.history.overPolicingFactor', from: 1, to: 5.5, steps: 10, replicates: 20 } as const;

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

/** Short names (for headings and axes) and one-line descriptions of the summary metrics. */
const METRICS: Record<string, [name: string, description: string]> = {
  'minorityQuarter.disparityRatio': ['Disparity ratio', 'Share of patrols ÷ share of true crime of the most-minority quarter of neighborhoods, over the last tenth of the days; 1 means patrols follow true crime.'],
  'minorityQuarter.patrolShare': ['Patrol share of the most-minority quarter', 'Share of patrol units sent to the most-minority quarter over the last tenth of the days.'],
  'minorityQuarter.trueCrimeShare': ['True-crime share of the most-minority quarter', 'Share of true incidents that happened in the most-minority quarter over the last tenth of the days.'],
  'minorityQuarter.populationShare': ['Resident share of the most-minority quarter', 'Share of the city\'s residents who live in the most-minority quarter.'],
  'minority.stopsWithoutHitPer1000': ['Empty stops per 1,000 minority residents', 'Stops that found nothing over the whole run, per 1,000 minority residents.'],
  'majority.stopsWithoutHitPer1000': ['Empty stops per 1,000 majority residents', 'Stops that found nothing over the whole run, per 1,000 majority residents.'],
  'minority.stopsPer1000': ['Stops per 1,000 minority residents', 'All stops over the whole run, per 1,000 minority residents.'],
  'majority.stopsPer1000': ['Stops per 1,000 majority residents', 'All stops over the whole run, per 1,000 majority residents.'],
  'minority.recordedPer1000': ['Recorded per 1,000 minority residents', 'Incidents known to police plus stop hits over the run, per 1,000 minority residents.'],
  'majority.recordedPer1000': ['Recorded per 1,000 majority residents', 'Incidents known to police plus stop hits over the run, per 1,000 majority residents.'],
  'minority.truePer1000': ['True incidents per 1,000 minority residents', 'True incidents over the run, per 1,000 minority residents.'],
  'majority.truePer1000': ['True incidents per 1,000 majority residents', 'True incidents over the run, per 1,000 majority residents.'],
  'minority.detectionRate': ['Detection rate, minority', 'Share of true incidents against minority residents that became known to police.'],
  'majority.detectionRate': ['Detection rate, majority', 'Share of true incidents against majority residents that became known to police.'],
  patrolGini: ['Gini coefficient of patrols', 'Inequality of patrols across neighborhoods over the last tenth of the days, from 0 (even) to 1.'],
  'totals.trueIncidents': ['True incidents, whole run', 'Every true incident in the city over the run, known to police or not.'],
  'totals.recordedIncidents': ['Recorded incidents, whole run', 'Incidents in the police records over the run.'],
  'totals.reports': ['Resident reports, whole run', 'Incidents reported by residents and victims over the run.'],
  'totals.discoveries': ['Patrol discoveries, whole run', 'Incidents found by patrols over the run.'],
  'totals.stops': ['Stops, whole run', 'Every stop over the run.'],
  'totals.stopHits': ['Stops that found something, whole run', 'Stops that found contraband, a weapon or a warrant over the run.'],
  'totals.stopsWithoutHit': ['Stops without a hit, whole run', 'Stops that found nothing over the run.'],
  'totals.sensorAlerts': ['Sensor alerts, whole run', 'Sensor alerts over the run, true and false.'],
  allocationDivergence: ['Patrols away from true crime', 'Total variation distance between where patrols went and where true crime happened, from 0 to 1.'],
};

/** Summary metrics worth plotting against a parameter (not the window length or fixed counts of the city). */
export function plottableMetrics(paths: readonly string[]): string[] {
  return paths.filter((path) => path !== 'tailDays' && !path.endsWith('.neighborhoods') && !path.endsWith('.population'));
}

/** A short name for a summary metric's dotted path (the path itself when there is none). */
export function metricName(path: string): string {
  return METRICS[path]?.[0] ?? path;
}

/** One sentence saying what a summary metric measures ('' when unknown). */
export function metricDescription(path: string): string {
  return METRICS[path]?.[1] ?? '';
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
