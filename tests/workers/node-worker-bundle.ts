/**
 * Bundles the Node simulation worker (and the faulty test double) with esbuild into a temporary
 * folder, as the `sim` script does for the CLI: worker threads cannot load TypeScript.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface WorkerBundle {
  simWorker: URL;
  faultyWorker: URL;
  remove(): void;
}

export async function bundleNodeWorkers(): Promise<WorkerBundle> {
  const outdir = mkdtempSync(join(tmpdir(), 'runaway-workers-'));
  await build({
    entryPoints: { 'sim-worker': 'workers/sim.node-worker.ts', 'faulty-worker': 'tests/workers/fixtures/faulty.node-worker.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outdir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  return {
    simWorker: pathToFileURL(join(outdir, 'sim-worker.mjs')),
    faultyWorker: pathToFileURL(join(outdir, 'faulty-worker.mjs')),
    remove: () => rmSync(outdir, { recursive: true, force: true }),
  };
}
