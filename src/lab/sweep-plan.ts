/**
 * A one-parameter sweep: the values to run (evenly spaced over a range, whole numbers for integer
 * parameters), readable names for the summary metrics, and the CSV of the finished table.
 */
import { ParamError, type ParamSpec } from '../../models/index.ts';
import { paramLabel } from '../i18n/param-text.ts';
import { csvNumber, formatSchemaValue } from '../i18n/format.ts';
import { hasMessage, t } from '../i18n/index.ts';
import '../i18n/parts/lab.ts';

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
  const range = { label: paramLabel(spec), min: formatSchemaValue(min), max: formatSchemaValue(max) };
  for (const [field, value] of [['sweep.from', from], ['sweep.to', to]] as const) {
    if (!Number.isFinite(value) || value < min || value > max) {
      const message = Number.isFinite(value) ? t('lab.sweep.error.outside', { ...range, value: formatSchemaValue(value) }) : t('lab.sweep.error.notNumber', range);
      throw new ParamError(field, message);
    }
  }
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_SWEEP_STEPS) {
    throw new ParamError('sweep.steps', t('lab.sweep.error.steps', { min: 1, max: MAX_SWEEP_STEPS }));
  }
  const values: number[] = [];
  for (let k = 0; k < steps; k++) {
    const exact = steps === 1 ? from : from + ((to - from) * k) / (steps - 1);
    const value = spec.kind === 'integer' ? Math.round(exact) : Number(exact.toPrecision(10));
    if (!values.includes(value)) values.push(value);
  }
  return values;
}

/** Summary metrics worth plotting against a parameter (not the window length or fixed counts of the city or of the residents followed). */
export function plottableMetrics(paths: readonly string[]): string[] {
  return paths.filter(
    (path) => path !== 'tailDays' && !path.endsWith('.neighborhoods') && !path.endsWith('.population') && !path.startsWith('people.residents.') && path !== 'people.twins.pairs',
  );
}

/**
 * A short name for a summary metric's dotted path (for headings and axes): the message
 * `lab.metric.<path>.name`, or the path itself when the catalogue has none.
 */
export function metricName(path: string): string {
  const key = `lab.metric.${path}.name`;
  return hasMessage(key) ? t(key) : path;
}

/** One sentence saying what a summary metric measures (`lab.metric.<path>.description`; '' when unknown). */
export function metricDescription(path: string): string {
  const key = `lab.metric.${path}.description`;
  return hasMessage(key) ? t(key) : '';
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
