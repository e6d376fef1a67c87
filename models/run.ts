/** One complete run: params and seed in; the city, the whole history and its metrics out. */
import type { City } from './city.ts';
import type { History } from './history.ts';
import { computeMetrics, computeSeries, type MetricSeries, type RunMetrics } from './metrics.ts';
import type { Params } from './params/types.ts';
import { advance, createSimulation } from './simulation.ts';
import { MODEL_VERSION } from './version.ts';

export interface RunResult {
  modelVersion: string;
  params: Params;
  seed: number;
  city: City;
  history: History;
  metrics: RunMetrics;
  series: MetricSeries;
}

/**
 * Runs `params` (already validated: see validateParams) with `seed` for params.days days. If
 * `between` is given, it is called with the days done after every chunk of days (about 200,000
 * neighborhood-days each): a caller with a time budget checks its clock there and throws to stop.
 */
export function simulate(params: Params, seed: number, between?: (daysDone: number) => void): RunResult {
  const sim = createSimulation(params, seed);
  if (between) {
    const chunkDays = Math.max(1, Math.floor(CHUNK_CELL_DAYS / sim.city.size));
    while (sim.history.daysDone < params.days) between(advance(sim, chunkDays));
  } else {
    advance(sim, params.days);
  }
  return {
    modelVersion: MODEL_VERSION,
    params,
    seed,
    city: sim.city,
    history: sim.history,
    metrics: computeMetrics(sim.history, sim.city),
    series: computeSeries(sim.history, sim.city),
  };
}

/** Neighborhood-days per chunk between two calls of simulate's `between`. */
const CHUNK_CELL_DAYS = 200_000;
