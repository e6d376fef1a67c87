/**
 * Lab benchmark (issue 7): a 10-step × 20-replicate sweep of the default scenario, wall time
 * (target: at most 3 s on this 2-core machine), through the engine on Node worker threads: once
 * as one engine sweep, once the way the sweep view runs it (one sweep per value, queued together,
 * so the chart fills in). Best of three after a warm-up; CPU time is printed too, since wall time
 * on a shared machine depends on what else runs.
 */
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { DEFAULT_PRESET_ID, findPreset } from '../presets/index.ts';
import { clampPoolSize } from '../src/sim-client-pool.ts';
import { createNodeSimClient } from '../src/sim-client-node.ts';
import type { SimEngine } from '../src/sim-client-types.ts';
import { DEFAULT_SWEEP, sweepValues } from '../src/lab/sweep-plan.ts';
import { runSweepProgressively } from '../src/lab/sweep-runner.ts';
import { findSpec } from '../models/index.ts';

const STEPS = 10;
const REPLICATES = 20;
const PATH = DEFAULT_SWEEP.path;
const METRIC = 'minorityQuarter.disparityRatio';

/** esbuild is loaded at run time, never bundled into the benchmark. */
function load<T>(name: string): Promise<T> {
  return import(name) as Promise<T>;
}

/** Bundles the Node worker next to the benchmark's bundle (dist-cli/sim-worker.mjs). */
async function bundleNodeWorker(): Promise<URL> {
  const { build } = await load<typeof import('esbuild')>('esbuild');
  const outfile = join(process.cwd(), 'dist-cli', 'sim-worker.mjs');
  await build({ entryPoints: ['workers/sim.node-worker.ts'], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
  return pathToFileURL(outfile);
}

async function bestOfThree(run: () => Promise<void>): Promise<{ wallMs: number; cpuMs: number }> {
  let best = { wallMs: Infinity, cpuMs: 0 };
  for (let attempt = 0; attempt < 3; attempt++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await run();
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    if (wallMs < best.wallMs) best = { wallMs, cpuMs: (used.user + used.system) / 1000 };
  }
  return best;
}

export async function runLabBench(): Promise<void> {
  const cores = availableParallelism();
  const poolSize = clampPoolSize(cores);
  console.log(`\n## Lab (Node ${process.version} worker threads, pool of ${poolSize} on ${cores} cores)`);
  const workerUrl = await bundleNodeWorker();
  const preset = findPreset(DEFAULT_PRESET_ID)!;
  const values = sweepValues(findSpec(PATH)!, DEFAULT_SWEEP.from, DEFAULT_SWEEP.to, STEPS);
  const seeds = Array.from({ length: REPLICATES }, (_, k) => preset.seed + k);
  const engine: SimEngine = createNodeSimClient({ workerUrl, poolSize });
  try {
    // Start and warm every worker (JIT) before timing.
    await engine.sweep(preset.params, PATH, values.slice(0, 2), seeds.slice(0, 2 * poolSize));

    const single = await bestOfThree(async () => {
      const outcome = await engine.sweep(preset.params, PATH, values, seeds, { metric: METRIC });
      if (outcome.status !== 'done') throw new Error(`sweep ${outcome.status}`);
    });
    const progressive = await bestOfThree(async () => {
      const outcome = await runSweepProgressively(engine, preset.params, PATH, values, seeds, {
        metric: METRIC,
        signal: new AbortController().signal,
        onPoint: () => {},
        onProgress: () => {},
      });
      if (outcome.status !== 'done') throw new Error(`progressive sweep ${outcome.status}`);
    });
    const runs = STEPS * REPLICATES;
    console.log(
      `sweep of ${PATH}, ${STEPS} steps x ${REPLICATES} replicates (${preset.id}, 400 x 365), best of 3: ` +
        `one engine sweep ${single.wallMs.toFixed(0)} ms, value by value as the sweep view runs it ${progressive.wallMs.toFixed(0)} ms (target <= 3000 ms)`,
    );
    console.log(
      `  CPU time (all threads): ${single.cpuMs.toFixed(0)} ms and ${progressive.cpuMs.toFixed(0)} ms = ${(single.cpuMs / (STEPS * REPLICATES)).toFixed(1)} ms per run; ` +
        `wall time per run ${(single.wallMs / runs).toFixed(1)} ms with ${poolSize} workers`,
    );
  } finally {
    engine.dispose();
  }
}
