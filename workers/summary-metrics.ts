/**
 * Summary metrics by dotted path (`minorityQuarter.disparityRatio`, `minority.stopsPer1000`):
 * the numeric leaves of RunMetrics, which ensembles summarise and sweeps plot against a parameter,
 * and, for runs with the person layer on, the leaves of its PeopleMetrics under `people.` with
 * each [minority, majority] pair named (`people.contactsPerOffense.minority`).
 * The per-neighborhood arrays (finalRiskShare, tailPatrolShare) are not summary metrics.
 * Pure data and small functions: safe to import on the main thread.
 */
import type { ByGroup, PeopleMetrics, RunMetrics } from '../models/index.ts';

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

/** PeopleMetrics with each [minority, majority] pair as {minority, majority}, as summaries name them. */
type NamedPeopleMetrics = { [K in keyof PeopleMetrics]: PeopleMetrics[K] extends ByGroup ? { minority: number; majority: number } : PeopleMetrics[K] };

/** A person metric's dotted path, e.g. `people.minorityListShare`. */
export type PeopleMetricPath = NumericPaths<{ people: NamedPeopleMetrics }>;

/**
 * Every person metric, in the order of PeopleMetrics; present only for runs with the layer on.
 * The check below fails to compile when PeopleMetrics gains a number that is missing here.
 */
const PEOPLE_METRIC_PATHS = [
  'people.residents.minority',
  'people.residents.majority',
  'people.minorityPopulationShare',
  'people.everListedRate.minority',
  'people.everListedRate.majority',
  'people.minorityListShare',
  'people.listedWithoutOffenseShare',
  'people.throughContactsShare',
  'people.contactsPerOffense.minority',
  'people.contactsPerOffense.majority',
  'people.contactsPerResident.minority',
  'people.contactsPerResident.majority',
  'people.offensesPerResident.minority',
  'people.offensesPerResident.majority',
  'people.arrestsPerResident.minority',
  'people.arrestsPerResident.majority',
  'people.meanDaysOnList',
  'people.everListed',
  'people.twins.pairs',
  'people.twins.highPatrolListed',
  'people.twins.lowPatrolListed',
] as const satisfies readonly PeopleMetricPath[];

type MissingPeopleMetric = Exclude<PeopleMetricPath, (typeof PEOPLE_METRIC_PATHS)[number]>;
const everyPeopleMetricListed: [MissingPeopleMetric] extends [never] ? true : MissingPeopleMetric = true;
void everyPeopleMetricListed;

/**
 * Every summary metric path (the numeric leaves of RunMetrics), followed by the person metrics'
 * when `options.people` is true (runs with the person layer on).
 */
export function summaryMetricPaths(options: { people?: boolean } = {}): readonly string[] {
  return options.people ? [...SUMMARY_METRIC_PATHS, ...PEOPLE_METRIC_PATHS] : SUMMARY_METRIC_PATHS;
}

/** True for a person metric's path (`people.…`), which only runs with the person layer on have. */
export function isPeopleMetricPath(path: string): boolean {
  return path.startsWith('people.');
}

/** The person metrics as [dotted path, value] pairs in PEOPLE_METRIC_PATHS order (NaN stays NaN: "no value"). */
export function peopleMetricLeaves(metrics: PeopleMetrics, into: [string, number][] = []): [string, number][] {
  const named: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(metrics)) {
    named[key] = Array.isArray(value) && value.length === 2 ? { minority: value[0], majority: value[1] } : value;
  }
  return numericLeaves({ people: named }, '', into);
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
