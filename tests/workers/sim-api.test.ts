/**
 * The worker API as a plain object (workers/sim.api.ts, issue 3 "The API"): the same numbers as
 * simulate(), streamed chunks that add up to the history, a newer run superseding an older one,
 * invalid input as a reply rather than an exception, and no memory kept between requests.
 */
import { describe, expect, it } from 'vitest';
import { CELL_COLUMNS, GROUP_COLUMNS, simulate, validateParams, type History } from '../../models/index.ts';
import { DEFAULT_PRESET_ID, findPreset } from '../../presets/index.ts';
import { chunkBoundaries, FIRST_CHUNK_CELL_DAYS } from '../../workers/chunks.ts';
import type { HistoryChunk, RunEvent, RunReply } from '../../workers/protocol.ts';
import { createSimApi } from '../../workers/sim.api.ts';
import { expectSameHistory } from './helpers.ts';
import { collectGarbage } from './memory.ts';

const preset = findPreset(DEFAULT_PRESET_ID)!;

/** Rebuilds a history's columns from streamed chunks, checking that they tile [0, days). */
function assemble(chunks: HistoryChunk[], template: History): History {
  const history = { ...template } as History;
  const columns = history as unknown as Record<string, Int32Array | Float32Array | Float64Array>;
  for (const column of [...CELL_COLUMNS, ...GROUP_COLUMNS]) columns[column] = template[column].slice().fill(0);
  let expectedFrom = 0;
  for (const chunk of chunks) {
    expect(chunk.fromDay).toBe(expectedFrom);
    for (const column of CELL_COLUMNS) history[column].set(chunk.cells[column], chunk.fromDay * chunk.size);
    for (const column of GROUP_COLUMNS) history[column].set(chunk.groups[column], chunk.fromDay * 2);
    expectedFrom = chunk.toDay;
  }
  expect(expectedFrom).toBe(template.days);
  return history;
}

describe('run', () => {
  it('returns the same result as simulate() for the same params and seed', async () => {
    const reply = await createSimApi().run({ runId: 1, params: preset.overrides, seed: preset.seed });
    const direct = simulate(preset.params, preset.seed);
    expect(reply.status).toBe('done');
    if (reply.status !== 'done') return;
    expect(reply.result.params).toEqual(preset.params);
    expect(reply.result.metrics).toEqual(direct.metrics);
    expect(reply.result.series).toEqual(direct.series);
    expectSameHistory(reply.result.history, direct.history);
  });

  it('streams the history in chunks that tile the days, the first one small and carrying the city', async () => {
    const chunks: HistoryChunk[] = [];
    const reply = await createSimApi().run({ runId: 1, params: preset.params, seed: preset.seed }, (event: RunEvent) => {
      if (event.kind === 'chunk') chunks.push(event.chunk);
    });
    if (reply.status !== 'done') throw new Error(reply.status);
    const size = reply.result.city.size;
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks[0]!.toDay).toBe(Math.ceil(FIRST_CHUNK_CELL_DAYS / size));
    expect(chunks[0]!.city).toBe(reply.result.city);
    expect(chunks[0]!.params).toEqual(preset.params);
    expect(chunks[1]!.city).toBeUndefined();
    expectSameHistory(assemble(chunks, reply.result.history), reply.result.history);
    // Each chunk carries the metrics as of its last day (the page draws them as they are); the last, the run's.
    expect(chunks[0]!.metrics.tailDays).toBe(Math.ceil(chunks[0]!.toDay / 10));
    expect(chunks[0]!.series.disparityRatio.length).toBe(chunks[0]!.toDay);
    expect(chunks.at(-1)!.metrics).toEqual(reply.result.metrics);
    expect(chunks.at(-1)!.series).toEqual(reply.result.series);
  });

  it('streams only progress when asked, ending at the last day', async () => {
    const events: RunEvent[] = [];
    await createSimApi().run({ runId: 1, params: { days: 50 }, seed: 3, stream: 'progress', chunkDays: 20 }, (event) => events.push(event));
    expect(events).toEqual([
      { kind: 'progress', daysDone: 20, days: 50 },
      { kind: 'progress', daysDone: 40, days: 50 },
      { kind: 'progress', daysDone: 50, days: 50 },
    ]);
  });

  it('lets a newer run supersede an older one, which stops streaming and resolves first', async () => {
    const api = createSimApi();
    const settled: string[] = [];
    const olderEvents: RunEvent[] = [];
    const older = api.run({ runId: 1, params: preset.params, seed: 1, chunkDays: 5 }, (event) => olderEvents.push(event));
    const newer = api.run({ runId: 2, params: preset.params, seed: 2, chunkDays: 5 });
    older.then((reply) => settled.push(`older:${reply.status}`));
    newer.then((reply) => settled.push(`newer:${reply.status}`));
    await Promise.all([older, newer]);
    expect(settled).toEqual(['older:superseded', 'newer:done']);
    // The older run computed one chunk before the newer request arrived, and no more.
    expect(olderEvents.length).toBe(1);
  });

  it('treats a request that arrives after a newer one as already superseded', async () => {
    const api = createSimApi();
    const newer = api.run({ runId: 7, params: { days: 30 }, seed: 1 });
    const late = await api.run({ runId: 6, params: { days: 30 }, seed: 1 });
    expect(late).toEqual({ status: 'superseded' });
    expect((await newer).status).toBe('done');
  });

  it('returns invalid params as a reply naming the field, and the next run works', async () => {
    const api = createSimApi();
    const outOfRange = await api.run({ runId: 1, params: { sources: { reports: { minorityRate: 1.5 } } }, seed: 1 });
    expect(outOfRange).toMatchObject({ status: 'invalid', field: 'sources.reports.minorityRate' });
    expect((outOfRange as { message: string }).message).toMatch(/from 0 to 1/);
    const unknown = await api.run({ runId: 2, params: { deployment: { unitz: 3 } } as never, seed: 1 });
    expect(unknown).toMatchObject({ status: 'invalid', field: 'deployment.unitz' });
    expect(await api.run({ runId: 3, params: {}, seed: -1 })).toMatchObject({ status: 'invalid', field: 'seed' });
    expect(await api.run({ runId: 4, params: 'days=3' as never, seed: 1 })).toMatchObject({ status: 'invalid', field: '(root)' });
    expect((await api.run({ runId: 5, params: { days: 10 }, seed: 1 })).status).toBe('done');
  });
});

describe('replicate, validate and planSweep', () => {
  it('replicate gives the metrics and series of simulate()', () => {
    const reply = createSimApi().replicate({ params: preset.params, seed: 11, series: true });
    const direct = simulate(preset.params, 11);
    // The default preset has no person layer, so the reply's people is null, as simulate()'s is.
    expect(reply).toEqual({ status: 'done', seed: 11, metrics: direct.metrics, series: direct.series, people: direct.people });
    expect(direct.people).toBeNull();
    expect(createSimApi().replicate({ params: preset.params, seed: 11, series: false })).toMatchObject({ series: null });
  });

  it('replicates gives, run by run, what replicate gives, and stops at the first invalid run', () => {
    const api = createSimApi();
    const short = validateParams({ ...preset.overrides, days: 60 });
    const other = validateParams({ ...preset.overrides, days: 40 });
    // A sweep's batch may span two values: each run keeps its own params.
    const runs = [
      { params: short, seed: 3 },
      { params: short, seed: 4 },
      { params: other, seed: 3 },
    ];
    const replies = api.replicates({ runs, series: true });
    expect(replies).toEqual(runs.map((run) => api.replicate({ ...run, series: true })));
    const refused = api.replicates({ runs: [{ params: short, seed: 1 }, { params: short, seed: -1 }, { params: short, seed: 2 }], series: false });
    expect(refused.map((reply) => reply.status)).toEqual(['done', 'invalid']);
    expect(refused[1]).toMatchObject({ field: 'seed' });
    expect(api.replicates({ runs: [{ params: { days: 0 }, seed: 1 }], series: false })).toMatchObject([{ status: 'invalid', field: 'days' }]);
  });

  it('validate resolves an override and checks every seed', () => {
    const api = createSimApi();
    expect(api.validate({ days: 12 })).toEqual({ status: 'valid', params: validateParams({ days: 12 }) });
    expect(api.validate({}, [1, 2.5])).toMatchObject({ status: 'invalid', field: 'seeds[1]' });
    expect(api.validate({}, [])).toMatchObject({ status: 'invalid', field: 'seeds' });
  });

  it('planSweep resolves each value and rejects what cannot be swept', () => {
    const api = createSimApi();
    const plan = api.planSweep({ days: 20 }, 'deployment.units', [10, 20]);
    expect(plan).toMatchObject({ status: 'valid', metric: 'minorityQuarter.disparityRatio' });
    if (plan.status === 'valid') expect(plan.points.map((p) => [p.days, p.deployment.units])).toEqual([[20, 10], [20, 20]]);
    expect(api.planSweep({}, 'deployment.policy', [1])).toMatchObject({ status: 'invalid', field: 'sweep.path' });
    expect(api.planSweep({}, 'deployment.units', [10, 0])).toMatchObject({ status: 'invalid', field: 'deployment.units' });
    expect(api.planSweep({}, 'deployment.units', [1.5])).toMatchObject({ status: 'invalid', field: 'deployment.units' });
    expect(api.planSweep({}, 'deployment.units', [])).toMatchObject({ status: 'invalid', field: 'sweep.values' });
    expect(api.planSweep({}, 'deployment.units', [5], 'minority.nope')).toMatchObject({ status: 'invalid', field: 'sweep.metric' });
  });
});

describe('chunk schedule', () => {
  it('starts small, doubles, and ends exactly at the last day', () => {
    expect(chunkBoundaries(365, 400)).toEqual([20, 60, 140, 300, 365]);
    expect(chunkBoundaries(10, 10_000)).toEqual([1, 3, 7, 10]);
    expect(chunkBoundaries(1000, 2).at(-1)).toBe(1000);
    expect(chunkBoundaries(50, 400, 20)).toEqual([20, 40, 50]);
  });
});

describe('memory', () => {
  it('holds no more memory after 1,000 streamed runs than after the first ten', async () => {
    const api = createSimApi();
    // A small city with cheap policies: about a millisecond a run, so 1,000 runs stay quick.
    const params = validateParams({ days: 60, city: { columns: 10, rows: 10 }, deployment: { policy: 'proportional' }, sources: { history: { enabled: false } } });
    let received = 0;
    const request = async (runId: number) => {
      const reply: RunReply = await api.run({ runId, params, seed: runId, chunkDays: 15 }, () => received++);
      if (reply.status !== 'done') throw new Error(reply.status);
    };
    for (let i = 1; i <= 10; i++) await request(i);
    const afterTen = collectGarbage();
    for (let i = 11; i <= 1000; i++) await request(i);
    const afterThousand = collectGarbage();
    expect(received).toBe(1000 * 4);
    expect(api.diagnostics().activeRuns).toBe(0);
    // Each run allocates about 250 kB of history; keeping even 1 in 50 would add 5 MB.
    expect(afterThousand.heapUsed - afterTen.heapUsed).toBeLessThan(2_000_000);
    expect(afterThousand.arrayBuffers - afterTen.arrayBuffers).toBeLessThan(1_000_000);
  });
});
