/**
 * Turns runs into the CLI's JSON and CSV documents. JSON holds the model version, the resolved
 * params, and per run its seed, summary metrics and per-neighborhood final shares, plus a `people`
 * object when the person layer is on; CSV holds one row per run (or, with --series, one row per
 * run and day), with `people.*` columns when the layer is on.
 */
import type { MetricSeries, Params, PeopleMetrics, PeopleSeries, RunMetrics, RunResult } from '../../models/index.ts';

export interface RunReport {
  seed: number;
  metrics: SummaryMetrics;
  finalRiskShare: number[];
  tailPatrolShare: number[];
  series?: Record<string, number[]>;
  /** The person layer's metrics (groups as {minority, majority}) and, with --series, its daily series. */
  people?: PeopleReport;
}

export interface PeopleReport {
  metrics: Record<string, unknown>;
  series?: Record<string, number[]>;
}

export type SummaryMetrics = Omit<RunMetrics, 'finalRiskShare' | 'tailPatrolShare'>;

export interface CliReport {
  modelVersion: string;
  preset: string | null;
  params: Params;
  runs: RunReport[];
}

/** What reportRun reads: a run, a run summary or a worker replicate. */
export interface ReportableRun {
  seed: number;
  metrics: RunMetrics;
  series: RunResult['series'] | null;
  people?: { metrics: PeopleMetrics; series: PeopleSeries | null } | null;
}

/** A run's report; `result` may be a worker replicate (seed, metrics and, with --series, series). */
export function reportRun(result: ReportableRun, withSeries: boolean): RunReport {
  const { finalRiskShare, tailPatrolShare, ...metrics } = result.metrics;
  const report: RunReport = {
    seed: result.seed,
    metrics,
    finalRiskShare: Array.from(finalRiskShare),
    tailPatrolShare: Array.from(tailPatrolShare),
  };
  if (withSeries && result.series) report.series = flattenSeries(result.series);
  if (result.people) {
    report.people = { metrics: peopleMetricsReport(result.people.metrics) };
    if (withSeries && result.people.series) report.people.series = flattenPeopleSeries(result.people.series);
  }
  return report;
}

/** Person metrics with every [minority, majority] pair written as {minority, majority}, so JSON and CSV name the groups. */
export function peopleMetricsReport(metrics: PeopleMetrics): Record<string, unknown> {
  const named = (value: unknown): unknown => {
    if (Array.isArray(value) && value.length === 2) return { minority: value[0], majority: value[1] };
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, named(child)]));
    return value;
  };
  return named(metrics) as Record<string, unknown>;
}

/** The person layer's daily series as plain arrays (all but the day count). */
export function flattenPeopleSeries(series: PeopleSeries): Record<string, number[]> {
  const flat: Record<string, number[]> = {};
  for (const [name, value] of Object.entries(series)) if (value instanceof Float64Array) flat[name] = Array.from(value);
  return flat;
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
    const peopleNames = Object.keys(report.runs[0]!.people?.series ?? {});
    lines.push(['seed', 'day', ...names, ...peopleNames.map((n) => `people.${n}`)].join(','));
    for (const run of report.runs) {
      const days = run.series![names[0]!]!.length;
      for (let day = 0; day < days; day++) {
        const people = peopleNames.map((n) => formatNumber(run.people?.series?.[n]?.[day] ?? NaN));
        lines.push([run.seed, day, ...names.map((n) => formatNumber(run.series![n]![day]!)), ...people].join(','));
      }
    }
  } else {
    const rows = report.runs.map((run) => ({ seed: run.seed, ...flattenNumbers(run.metrics), ...(run.people ? flattenNumbers(run.people.metrics, 'people') : {}) }));
    const names = Object.keys(rows[0]!);
    lines.push(names.join(','));
    for (const row of rows) lines.push(names.map((n) => formatNumber((row as Record<string, number>)[n]!)).join(','));
  }
  return `${lines.join('\n')}\n`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
}
