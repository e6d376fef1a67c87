/**
 * Turns runs into the CLI's JSON and CSV documents. JSON holds the model version, the resolved
 * params, and per run its seed, summary metrics and per-neighborhood final shares; CSV holds one
 * row per run (or, with --series, one row per run and day).
 */
import type { MetricSeries, Params, RunMetrics, RunResult } from '../../models/index.ts';

export interface RunReport {
  seed: number;
  metrics: SummaryMetrics;
  finalRiskShare: number[];
  tailPatrolShare: number[];
  series?: Record<string, number[]>;
}

export type SummaryMetrics = Omit<RunMetrics, 'finalRiskShare' | 'tailPatrolShare'>;

export interface CliReport {
  modelVersion: string;
  preset: string | null;
  params: Params;
  runs: RunReport[];
}

/** A run's report; `result` may be a worker replicate (seed, metrics and, with --series, series). */
export function reportRun(result: Pick<RunResult, 'seed' | 'metrics'> & { series: RunResult['series'] | null }, withSeries: boolean): RunReport {
  const { finalRiskShare, tailPatrolShare, ...metrics } = result.metrics;
  const report: RunReport = {
    seed: result.seed,
    metrics,
    finalRiskShare: Array.from(finalRiskShare),
    tailPatrolShare: Array.from(tailPatrolShare),
  };
  if (withSeries && result.series) report.series = flattenSeries(result.series);
  return report;
}

/** Series as plain arrays keyed by dotted names, e.g. `recordedPer1000.minority`. */
export function flattenSeries(series: MetricSeries): Record<string, number[]> {
  const flat: Record<string, number[]> = {};
  for (const [name, value] of Object.entries(series)) {
    if (value instanceof Float64Array) flat[name] = Array.from(value);
    else for (const [group, column] of Object.entries(value as Record<string, Float64Array>)) flat[`${name}.${group}`] = Array.from(column);
  }
  return flat;
}

/** Numeric leaves of an object as dotted keys, in a stable order. */
export function flattenNumbers(value: object, prefix = ''): Record<string, number> {
  const flat: Record<string, number> = {};
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'number') flat[path] = child;
    else if (child && typeof child === 'object' && !ArrayBuffer.isView(child) && !Array.isArray(child)) Object.assign(flat, flattenNumbers(child, path));
  }
  return flat;
}

export function toJson(report: CliReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function toCsv(report: CliReport): string {
  const lines: string[] = [];
  if (report.runs.some((run) => run.series)) {
    const names = Object.keys(report.runs[0]!.series!);
    lines.push(['seed', 'day', ...names].join(','));
    for (const run of report.runs) {
      const days = run.series![names[0]!]!.length;
      for (let day = 0; day < days; day++) lines.push([run.seed, day, ...names.map((n) => formatNumber(run.series![n]![day]!))].join(','));
    }
  } else {
    const rows = report.runs.map((run) => ({ seed: run.seed, ...flattenNumbers(run.metrics) }));
    const names = Object.keys(rows[0]!);
    lines.push(names.join(','));
    for (const row of rows) lines.push(names.map((n) => formatNumber((row as Record<string, number>)[n]!)).join(','));
  }
  return `${lines.join('\n')}\n`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
}
