/**
 * The interactive worker's spare history (workers/spare-history.ts): a run started on it gives
 * exactly the run a new allocation gives, whether its pages have all been touched or not; it is
 * handed over at once even while it is being touched, only for the same dimensions and only once;
 * and histories too large to keep idle are not prepared.
 */
import { describe, expect, it } from 'vitest';
import { allocateHistory, CELL_COLUMNS, createSimulation, GROUP_COLUMNS, advance, neighborhoodCount, simulate } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { prepareSpareHistory, takeSpareHistory } from '../../workers/spare-history.ts';
import { expectSameHistory } from './helpers.ts';

const params = findPreset('the-loop')!.params;

describe('spare history', () => {
  it('a run on a prepared history equals a run on a new one, column for column', async () => {
    const size = neighborhoodCount(params);
    await prepareSpareHistory(params.days, size);
    const spare = takeSpareHistory(params.days, size);
    expect(spare).toBeDefined();
    const sim = createSimulation(params, 5, 'history', spare);
    expect(sim.history === spare).toBe(true);
    advance(sim, params.days);
    expectSameHistory(sim.history, simulate(params, 5).history);
  });

  it('is handed over at once while its pages are still being touched, and the touching stops', async () => {
    const size = neighborhoodCount(params);
    // Started and not awaited: the history exists at once, and its pages are touched in slices.
    const preparing = prepareSpareHistory(params.days, size);
    const spare = takeSpareHistory(params.days, size);
    expect(spare).toBeDefined();
    await preparing;
    // The touching ended without preparing another one, and left the handed-over history empty.
    expect(takeSpareHistory(params.days, size)).toBeUndefined();
    for (const name of [...CELL_COLUMNS, ...GROUP_COLUMNS]) expect(spare![name].some((value) => value !== 0), name).toBe(false);
    const sim = createSimulation(params, 5, 'history', spare);
    advance(sim, params.days);
    expectSameHistory(sim.history, simulate(params, 5).history);
  });

  it('is handed over once, and only for its own dimensions', async () => {
    await prepareSpareHistory(30, 40);
    expect(takeSpareHistory(31, 40)).toBeUndefined();
    expect(takeSpareHistory(30, 41)).toBeUndefined();
    const taken = takeSpareHistory(30, 40);
    expect(taken && [taken.days, taken.size, taken.daysDone]).toEqual([30, 40, 0]);
    expect(takeSpareHistory(30, 40)).toBeUndefined();
  });

  it('is not prepared when it would hold more than 32 MiB', async () => {
    await prepareSpareHistory(365, 10_000);
    expect(takeSpareHistory(365, 10_000)).toBeUndefined();
  });

  it('the model ignores a history of other dimensions or one already used', () => {
    const wrongSize = allocateHistory(params.days, 7);
    // Compared by identity: a failing toBe would deep-compare two histories for its message, for seconds.
    expect(createSimulation(params, 5, 'history', wrongSize).history === wrongSize).toBe(false);
    const used = allocateHistory(params.days, neighborhoodCount(params));
    used.daysDone = 3;
    expect(createSimulation(params, 5, 'history', used).history === used).toBe(false);
  });
});
