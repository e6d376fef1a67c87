/**
 * The client over real worker threads (src/sim-client-core.ts through sim-client-node.ts,
 * issue 3): the same numbers as a direct computation whatever the pool size, the final run of a
 * burst winning, crashed and hung workers replaced with a clear message, cancellation, and
 * memory that stays flat over 1,000 requests.
 */
import { median } from 'd3-array';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { simulate, validateParams, type RunResult } from '../../models/index.ts';
import { DEFAULT_PRESET_ID, findPreset } from '../../presets/index.ts';
import { createNodeSimClient, type NodeClientOptions } from '../../src/sim-client-node.ts';
import type { HistoryChunk, RunOutcome, SimEngine } from '../../src/sim-client-types.ts';
import { EnsembleCollector } from '../../workers/ensemble-stats.ts';
import { CRASH_SEED, HANG_SEED } from './fixtures/faults.ts';
import { expectSameHistory, sameBits } from './helpers.ts';
import { collectGarbage } from './memory.ts';
import { bundleNodeWorkers, type WorkerBundle } from './node-worker-bundle.ts';

const preset = findPreset(DEFAULT_PRESET_ID)!;
const shortRun = validateParams({ ...preset.overrides, days: 120 });

let bundle: WorkerBundle;
const clients: SimEngine[] = [];

beforeAll(async () => {
  bundle = await bundleNodeWorkers();
});
afterEach(() => {
  for (const client of clients.splice(0)) client.dispose();
});
afterAll(() => bundle?.remove());

function client(options: NodeClientOptions = {}): SimEngine {
  const engine = createNodeSimClient({ workerUrl: bundle.simWorker, poolSize: 2, ...options });
  clients.push(engine);
  return engine;
}

function faultyClient(options: NodeClientOptions = {}): SimEngine {
  return client({ workerUrl: bundle.faultyWorker, ...options });
}

function done(outcome: RunOutcome): RunResult {
  if (outcome.status !== 'done') throw new Error(`expected done, got ${JSON.stringify(outcome)}`);
  return outcome.result;
}

describe('run on a worker thread', () => {
  it('gives the same numbers as simulate(), streaming transferred chunks before the result', async () => {
    const chunks: HistoryChunk[] = [];
    const progress: number[] = [];
    const result = done(await client().run(preset.overrides, preset.seed, { onChunk: (chunk) => chunks.push(chunk), onProgress: (daysDone) => progress.push(daysDone) }));
    const direct = simulate(preset.params, preset.seed);
    expect(result.metrics).toEqual(direct.metrics);
    expectSameHistory(result.history, direct.history);
    expect(result.history.risk).toBeInstanceOf(Float32Array);
    expect(chunks.map((chunk) => chunk.toDay)).toEqual(progress);
    expect(progress.at(-1)).toBe(preset.params.days);
    expect(chunks[0]!.city!.size).toBe(400);
    const last = chunks.at(-1)!;
    const size = direct.city.size;
    expect(sameBits(last.cells.patrols, direct.history.patrols.subarray(last.fromDay * size, last.toDay * size))).toBe(true);
  });

  it('leaves the last of a burst of runs as the only result, and no stale chunk after a newer call', async () => {
    const engine = client();
    let calls = 0;
    const stale: number[] = [];
    const outcomes: Promise<RunOutcome>[] = [];
    for (let units = 10; units < 25; units++) {
      const call = ++calls;
      outcomes.push(engine.run({ ...preset.overrides, deployment: { ...preset.params.deployment, units } }, 5, { onChunk: () => calls !== call && stale.push(call) }));
    }
    const settled = await Promise.all(outcomes);
    expect(settled.slice(0, -1).every((outcome) => outcome.status === 'superseded')).toBe(true);
    const final = done(settled.at(-1)!);
    expect(final.params.deployment.units).toBe(24);
    expect(final.metrics).toEqual(simulate(final.params, 5).metrics);
    expect(stale).toEqual([]);
  });

  it('replaces a worker that has gone silent when a newer run supersedes it', async () => {
    const engine = faultyClient({ timeoutMs: 60_000, terminateAfterMs: 100 });
    expect((await engine.run({ days: 30 }, 1)).status).toBe('done'); // the worker has loaded
    const hung = engine.run({ days: 30 }, HANG_SEED);
    // Queued behind the hung run, too recent to judge the worker: superseded in turn.
    const queued = engine.run({ days: 30 }, 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    const next = await engine.run({ days: 30 }, 1);
    expect(await hung).toEqual({ status: 'superseded' });
    expect(await queued).toEqual({ status: 'superseded' });
    expect(next.status).toBe('done');
    // Far below the 60 s watchdog: the silent worker was terminated, not waited for.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('fails a hung run after the time bound with a clear message, and the next run works', async () => {
    // The bound also covers the worker's start-up, so it is generous for a loaded machine.
    const engine = faultyClient({ timeoutMs: 2500 });
    const outcome = await engine.run({ days: 30 }, HANG_SEED);
    expect(outcome).toMatchObject({ status: 'failed', message: expect.stringMatching(/no progress for 2.5 s.*restarted/) });
    expect((await engine.run({ days: 30 }, 2)).status).toBe('done');
  });

  it('fails a run whose worker crashes, and the next run works', async () => {
    const engine = faultyClient();
    const outcome = await engine.run({ days: 30 }, CRASH_SEED);
    expect(outcome).toMatchObject({ status: 'failed', message: expect.stringMatching(/crashed \(deliberate crash for the test\)/) });
    expect((await engine.run({ days: 30 }, 2)).status).toBe('done');
  });

  it('returns invalid params as invalid, naming the field, and keeps the worker', async () => {
    const engine = client();
    expect(await engine.run({ days: 0 }, 1)).toMatchObject({ status: 'invalid', field: 'days' });
    expect(await engine.run({ city: { columns: 100, rows: 100 }, days: 5000 }, 1)).toMatchObject({ status: 'invalid', field: 'days' });
    expect((await engine.run({ days: 10 }, 1)).status).toBe('done');
  });

  it('fails a call whose params cannot be sent to a worker, without waiting for the time bound', async () => {
    const engine = client({ timeoutMs: 60_000 });
    const outcome = await engine.run({ days: (() => 3) as unknown as number }, 1);
    expect(outcome).toMatchObject({ status: 'failed', message: expect.stringMatching(/could not be cloned/) });
    expect((await engine.run({ days: 10 }, 1)).status).toBe('done');
  });
});

describe('ensembles and sweeps on the pool', () => {
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('gives the median and band of direct runs of the same seeds, with any pool size', async () => {
    const direct = new EnsembleCollector(seeds.length, shortRun.days);
    seeds.forEach((seed, i) => direct.add(i, simulate(shortRun, seed)));
    const progress: number[] = [];
    const pooled = await client({ poolSize: 2 }).ensemble(shortRun, seeds, { onProgress: (count, total) => progress.push(count / total) });
    const single = await client({ poolSize: 1 }).ensemble(shortRun, seeds);
    if (pooled.status !== 'done' || single.status !== 'done') throw new Error(`${pooled.status} ${single.status}`);
    expect(pooled.ensemble.series).toEqual(direct.seriesBands());
    expect(pooled.ensemble.summary).toEqual(direct.summary());
    expect(single.ensemble).toEqual(pooled.ensemble);
    expect(progress).toEqual(seeds.map((_, i) => (i + 1) / seeds.length));
  });

  it('sweeps a parameter: per value, the median of the metric over the same seeds', async () => {
    const values = [10, 40];
    const sweepSeeds = [1, 2, 3];
    const outcome = await client().sweep({ ...preset.overrides, days: 60 }, 'deployment.units', values, sweepSeeds, { metric: 'minority.stopsPer1000' });
    if (outcome.status !== 'done') throw new Error(JSON.stringify(outcome));
    const { sweep } = outcome;
    expect(sweep.metric).toBe('minority.stopsPer1000');
    values.forEach((units, k) => {
      const params = validateParams({ ...preset.overrides, days: 60, deployment: { ...preset.params.deployment, units } });
      expect(sweep.points[k]!.params).toEqual(params);
      expect(sweep.median[k]).toBe(median(sweepSeeds.map((seed) => simulate(params, seed).metrics.minority.stopsPer1000)));
    });
    // More patrols make more stops: the sweep must show it.
    expect(sweep.median[1]!).toBeGreaterThan(sweep.median[0]!);
  });

  it('returns invalid seeds, paths and metrics as invalid', async () => {
    const engine = client();
    expect(await engine.ensemble({ days: 10 }, [1, -2])).toMatchObject({ status: 'invalid', field: 'seeds[1]' });
    expect(await engine.sweep({ days: 10 }, 'city.custom', [1], [1])).toMatchObject({ status: 'invalid', field: 'sweep.path' });
    expect(await engine.sweep({ days: 10 }, 'days', [10], [1], { metric: 'nope' })).toMatchObject({ status: 'invalid', field: 'sweep.metric' });
  });

  it('fails an ensemble whose worker crashes or hangs, and the next ensemble works', async () => {
    const engine = faultyClient({ timeoutMs: 2500 });
    expect(await engine.ensemble({ days: 20 }, [1, CRASH_SEED, 3])).toMatchObject({ status: 'failed', message: expect.stringMatching(/crashed/) });
    expect(await engine.ensemble({ days: 20 }, [1, HANG_SEED])).toMatchObject({ status: 'failed', message: expect.stringMatching(/no progress/) });
    expect((await engine.ensemble({ days: 20 }, [1, 2, 3])).status).toBe('done');
  });

  it('cancels an ensemble when its signal aborts, dropping its queued replicates', async () => {
    const engine = client();
    const controller = new AbortController();
    const outcome = await engine.ensemble(preset.params, Array.from({ length: 40 }, (_, i) => i), {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(outcome).toEqual({ status: 'cancelled' });
    expect((await engine.diagnostics()).pendingTasks).toBe(0);
    expect((await engine.ensemble({ days: 20 }, [1, 2])).status).toBe('done');
  });
});

describe('memory', () => {
  it('holds no more memory in the worker or the caller after 1,000 runs than after ten', async () => {
    // memory.ts has set V8's --expose-gc flag, which worker threads started afterwards share.
    const engine = client();
    const params = validateParams({ days: 60, city: { columns: 10, rows: 10 }, deployment: { policy: 'proportional' }, sources: { history: { enabled: false } } });
    let chunks = 0;
    const request = async (seed: number) => done(await engine.run(params, seed, { onChunk: () => chunks++ }));
    for (let seed = 0; seed < 10; seed++) await request(seed);
    const workerAfterTen = (await engine.diagnostics(true)).workers[0]!.heapUsedBytes!;
    const callerAfterTen = collectGarbage();
    for (let seed = 10; seed < 1000; seed++) await request(seed);
    const diagnostics = await engine.diagnostics(true);
    const callerAfterThousand = collectGarbage();
    expect(chunks).toBeGreaterThanOrEqual(1000);
    expect(diagnostics).toMatchObject({ pendingRuns: 0, pendingTasks: 0 });
    expect(diagnostics.workers[0]).toMatchObject({ role: 'interactive', activeRuns: 0 });
    // A run's history is about 250 kB: keeping 1 in 50 would add 5 MB.
    expect(diagnostics.workers[0]!.heapUsedBytes! - workerAfterTen).toBeLessThan(2_000_000);
    expect(callerAfterThousand.heapUsed - callerAfterTen.heapUsed).toBeLessThan(2_000_000);
    expect(callerAfterThousand.arrayBuffers - callerAfterTen.arrayBuffers).toBeLessThan(1_000_000);
  });
});
