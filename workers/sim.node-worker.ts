/**
 * The same API on a Node worker thread, for the CLI and the benchmarks. Bundled with esbuild
 * (tsx cannot load TypeScript inside worker_threads): see the `sim` script in package.json.
 */
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { createSimApi } from './sim.api.ts';

if (!parentPort) throw new Error('sim.node-worker must run as a worker thread (new Worker(...)), not as a main script.');
expose(createSimApi(), nodeEndpoint(parentPort));
