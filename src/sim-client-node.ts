/**
 * The simulation client on Node worker threads, for the CLI and the benchmarks. The worker is
 * the esbuild bundle of workers/sim.node-worker.ts (tsx cannot load TypeScript in a worker
 * thread), which the `sim` script writes next to the CLI bundle as sim-worker.mjs.
 */
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { clampPoolSize } from './sim-client-pool.ts';
import { createSimEngine, type EngineOptions } from './sim-client-core.ts';
import type { WorkerFactory } from './sim-client-slot.ts';
import type { SimEngine } from './sim-client-types.ts';

export interface NodeClientOptions extends Partial<EngineOptions> {
  /** The bundled worker script; default: sim-worker.mjs next to the running bundle. */
  workerUrl?: URL | string;
}

/** The default worker bundle: next to the bundle that imports this module (dist-cli/). */
export const DEFAULT_NODE_WORKER_URL = new URL('./sim-worker.mjs', import.meta.url);

/** A client whose pool has availableParallelism() workers (1 to 8) unless `poolSize` says otherwise. */
export function createNodeSimClient(options: NodeClientOptions = {}): SimEngine {
  const poolSize = clampPoolSize(options.poolSize ?? availableParallelism());
  return createSimEngine(nodeWorkerFactory(options.workerUrl ?? DEFAULT_NODE_WORKER_URL), { ...options, poolSize });
}

/** Starts worker threads running `url`, reporting an error or an exit we did not ask for as a crash. */
export function nodeWorkerFactory(url: URL | string): WorkerFactory {
  return () => {
    const worker = new Worker(url);
    let terminating = false;
    return {
      endpoint: nodeEndpoint(worker),
      terminate: () => {
        terminating = true;
        void worker.terminate();
      },
      onCrash: (listener) => {
        worker.on('error', (error: Error) => listener(error.message));
        worker.on('exit', (code: number) => {
          if (!terminating) listener(`the worker thread exited with code ${code}`);
        });
      },
    };
  };
}
