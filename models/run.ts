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

/** Runs `params` (already validated: see validateParams) with `seed` for params.days days. */
export function simulate(params: Params, seed: number): RunResult {
  const sim = createSimulation(params, seed);
  advance(sim, params.days);
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

/** Seeds are whole numbers from 0 to 2^32 − 1. */
export const MAX_SEED = 4294967295;
