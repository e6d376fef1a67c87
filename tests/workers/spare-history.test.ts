/**
 * The interactive worker's spare history (workers/spare-history.ts): a run started on it gives
 * exactly the run a new allocation gives, it is handed over only for the same dimensions and only
 * once, and histories too large to keep idle are not prepared.
 */
import { describe, expect, it } from 'vitest';
import { allocateHistory, CELL_COLUMNS, createSimulation, GROUP_COLUMNS, advance, neighborhoodCount, simulate } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { prepareSpareHistory, takeSpareHistory } from '../../workers/spare-history.ts';

const params = findPreset('the-loop')!.params;

describe('spare history', () => {
  it('a run on a prepared history equals a run on a new one, column for column', () => {
    const size = neighborhoodCount(params);
    prepareSpareHistory(params.days, size);
    const spare = takeSpareHistory(params.days, size);
    expect(spare).toBeDefined();
    const sim = createSimulation(params, 5, 'history', spare);
    expect(sim.history).toBe(spare);
    advance(sim, params.days);
    const fresh = simulate(params, 5).history;
    for (const name of [...CELL_COLUMNS, ...GROUP_COLUMNS]) expect(sim.history[name], name).toEqual(fresh[name]);
  });

  it('is handed over once, and only for its own dimensions', () => {
    prepareSpareHistory(30, 40);
    expect(takeSpareHistory(31, 40)).toBeUndefined();
    expect(takeSpareHistory(30, 41)).toBeUndefined();
    const taken = takeSpareHistory(30, 40);
    expect(taken && [taken.days, taken.size, taken.daysDone]).toEqual([30, 40, 0]);
    expect(takeSpareHistory(30, 40)).toBeUndefined();
  });

  it('is not prepared when it would hold more than 32 MiB', () => {
    prepareSpareHistory(365, 10_000);
    expect(takeSpareHistory(365, 10_000)).toBeUndefined();
  });

  it('the model ignores a history of other dimensions or one already used', () => {
    const wrongSize = allocateHistory(params.days, 7);
    expect(createSimulation(params, 5, 'history', wrongSize).history).not.toBe(wrongSize);
    const used = allocateHistory(params.days, neighborhoodCount(params));
    used.daysDone = 3;
    expect(createSimulation(params, 5, 'history', used).history).not.toBe(used);
  });
});
