/**
 * One complete run: params and seed in; the city, its metrics and what its recording level keeps
 * out: the whole history (simulate) or only the metrics and perhaps the daily series (simulateSummary).
 */
import type { City } from './city.ts';
import type { History } from './history.ts';
import { computeMetrics, computeSeries, metricsFromTally, metricsSoFar, seriesFromDailyTotals, type MetricSeries, type RunMetrics } from './metrics/index.ts';
import type { Params } from './params/types.ts';
import { advance, createSimulation, type AnySimulation, type Simulation } from './simulation.ts';
import { MODEL_VERSION } from './version.ts';
import { computePeopleMetrics, computePeopleSeries, peopleRecord, type PeopleMetrics, type PeopleRecord, type PeopleSeries } from './people/index.ts';

/** The person-level layer's outcome of a run (models/people/), when the layer is on. */
export interface PeopleRun {
  record: PeopleRecord;
  metrics: PeopleMetrics;
  series: PeopleSeries;
}

/** The person layer's record, metrics and series of a simulation, or null when the layer is off. */
export function simulationPeople(sim: AnySimulation): PeopleRun | null {
  if (sim.people === null) return null;
  const record = peopleRecord(sim.people, sim.daysDone);
  return { record, metrics: computePeopleMetrics(record, sim.city), series: computePeopleSeries(record) };
}

export interface RunResult {
  modelVersion: string;
  params: Params;
  seed: number;
  city: City;
  history: History;
  metrics: RunMetrics;
  series: MetricSeries;
  /** The person-level layer's outcome, or null when it is off. */
  people: PeopleRun | null;
}

/**
 * Runs `params` (already validated: see validateParams) with `seed` for params.days days. If
 * `between` is given, it is called with the days done after every chunk of days (about 200,000
 * neighborhood-days each): a caller with a time budget checks its clock there and throws to stop.
 */
export function simulate(params: Params, seed: number, between?: (daysDone: number) => void): RunResult {
  const sim = createSimulation(params, seed, 'history');
  runToEnd(sim, between);
  return {
    modelVersion: MODEL_VERSION,
    params,
    seed,
    city: sim.city,
    history: sim.history,
    metrics: computeMetrics(sim.history, sim.city),
    series: computeSeries(sim.history, sim.city),
    people: simulationPeople(sim),
  };
}

/** A finished run that kept no history: its metrics, and its daily series at the 'series' level. */
export interface RunSummary {
  modelVersion: string;
  params: Params;
  seed: number;
  city: City;
  level: 'series' | 'metrics';
  metrics: RunMetrics;
  series: MetricSeries | null;
  /** The person-level layer's outcome, or null when it is off. */
  people: PeopleRun | null;
}

/**
 * Runs like simulate, keeping only what `level` needs: 'metrics' allocates nothing proportional
 * to days × neighborhoods (nor to days), 'series' only the daily totals. The metrics (and series)
 * equal simulate's bit for bit.
 */
export function simulateSummary(params: Params, seed: number, level: 'series' | 'metrics' = 'metrics', between?: (daysDone: number) => void): RunSummary {
  const sim = createSimulation(params, seed, level);
  runToEnd(sim, between);
  return { modelVersion: MODEL_VERSION, params, seed, city: sim.city, level, metrics: simulationMetrics(sim), series: simulationSeries(sim), people: simulationPeople(sim) };
}

/**
 * The summary metrics of a simulation: as of the days done when it keeps its history (its tally
 * holds the totals so far), else of the finished run (the tally's tail window is the last tenth
 * of all its days).
 */
export function simulationMetrics(sim: AnySimulation): RunMetrics {
  if (sim.history !== null) return metricsSoFar(sim.history, sim.city, sim.tally);
  if (sim.daysDone < sim.days) {
    throw new RangeError(`A run that keeps no history has metrics only once it has run all its ${sim.days} days (it has run ${sim.daysDone}); record its history to read metrics on the way.`);
  }
  const size = sim.city.size;
  const finalRisk = new Float64Array(size);
  // Rounded to Float32, as the history's risk column holds the last day's risk.
  if (sim.daysDone > 0) for (let i = 0; i < size; i++) finalRisk[i] = Math.fround(sim.fusion.risk[i]!);
  return metricsFromTally(sim.tally, sim.city, finalRisk);
}

/**
 * The daily series of a simulation over the days done, or null at the 'metrics' level. Made from
 * the day loop's daily totals at every level that keeps them (the history's included), so a run
 * in progress reads its series without summing its history.
 */
export function simulationSeries(sim: Simulation<'history' | 'series'>): MetricSeries;
export function simulationSeries(sim: AnySimulation): MetricSeries | null;
export function simulationSeries(sim: AnySimulation): MetricSeries | null {
  return sim.daily === null ? null : seriesFromDailyTotals(sim.daily, sim.city, sim.daysDone);
}

/** Advances to the last day, calling `between` after every chunk of days when given. */
function runToEnd(sim: AnySimulation, between?: (daysDone: number) => void): void {
  if (between) {
    const chunkDays = Math.max(1, Math.floor(CHUNK_CELL_DAYS / sim.city.size));
    while (sim.daysDone < sim.days) between(advance(sim, chunkDays));
  } else {
    advance(sim, sim.days);
  }
}

/** Neighborhood-days per chunk between two calls of simulate's `between`. */
const CHUNK_CELL_DAYS = 200_000;

