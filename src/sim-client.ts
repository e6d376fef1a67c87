/**
 * The UI's only door to the simulation: every run, ensemble and sweep goes to Web Workers, so
 * the page stays responsive while sliders move. This module is also the only place that creates
 * a worker, in the literal form Vite needs to detect and bundle it.
 */
import { t } from './i18n/index.ts';
import { clampPoolSize } from './sim-client-pool.ts';
import { createSimEngine, type EngineOptions } from './sim-client-core.ts';
import type { WorkerPort } from './sim-client-slot.ts';
import type { SimEngine } from './sim-client-types.ts';

export type {
  Band,
  BatchOptions,
  EnsembleOutcome,
  EnsembleSummary,
  HistoryChunk,
  Quantiles,
  ReplicatesOutcome,
  RunOutcome,
  SeriesBands,
  SimClient,
  SimEngine,
  SweepOutcome,
  SweepSummary,
} from './sim-client-types.ts';
export { DEFAULT_SWEEP_METRIC, peopleMetricLeaves, summaryMetricPaths } from '../workers/summary-metrics.ts';

/**
 * Creates the client: one worker for interactive runs, started at once so the first run does not
 * wait for it, and a pool of `poolSize` workers (default: navigator.hardwareConcurrency, clamped
 * to 1 to 8) for ensembles and sweeps, started by the first of them (or by `warm('all')`).
 */
export function createSimClient(options: { poolSize?: number } & Partial<Omit<EngineOptions, 'poolSize'>> = {}): SimEngine {
  const poolSize = clampPoolSize(options.poolSize ?? globalThis.navigator?.hardwareConcurrency);
  const engine = createSimEngine(startBrowserWorker, { ...options, poolSize });
  engine.warm('interactive');
  return engine;
}

function startBrowserWorker(): WorkerPort {
  const worker = new Worker(new URL('../workers/sim.worker.ts', import.meta.url), { type: 'module' });
  return {
    endpoint: worker,
    terminate: () => worker.terminate(),
    onCrash: (listener) => {
      worker.addEventListener('error', (event) => {
        // Handled here (the request fails with a message), so not also an uncaught page error.
        event.preventDefault();
        listener(event.message || t('simClient.crash.load'));
      });
      worker.addEventListener('messageerror', () => listener(t('simClient.crash.message')));
    },
  };
}
