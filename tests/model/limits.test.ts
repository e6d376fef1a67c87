/** Guards added after review: the residents' minority share is exact, and no valid run takes hours. */
import { describe, expect, it } from 'vitest';
import { buildCity, groupPopulations, MAX_RUN_WORK, ParamError, runWork, validateParams } from '../../models/index.ts';
import { buildSpatialKernel, spatialKernelEntries } from '../../models/hawkes.ts';

function paramError(action: () => unknown): ParamError {
  try {
    action();
  } catch (error) {
    if (error instanceof ParamError) return error;
    throw error;
  }
  throw new Error('expected a ParamError, but nothing was thrown');
}

describe('city and run limits', () => {
  it('the minority share of residents equals city.minorityFraction at any segregation, with unequal populations', () => {
    for (const segregation of [0, 0.5, 0.8, 1]) {
      for (const [columns, rows] of [[20, 20], [7, 3]]) {
        const params = validateParams({ city: { columns, rows, segregation, populationSpread: 0.9, minorityFraction: 0.3 } });
        const city = buildCity(params, 3);
        const [minority, majority] = groupPopulations(city);
        // Exact up to floating-point rounding: the edge neighborhood takes the remainder.
        expect(minority / (minority + majority)).toBeCloseTo(0.3, 12);
      }
    }
  });

  it('rejects a run whose expected incidents and stops exceed the work budget, naming the dominant field', () => {
    const manyStops = { city: { columns: 2, rows: 1 }, days: 5000, deployment: { units: 100000 }, sources: { stops: { stopsPerUnit: 50 } } };
    expect(() => validateParams(manyStops)).toThrow(ParamError);
    try {
      validateParams(manyStops);
    } catch (error) {
      expect((error as ParamError).field).toBe('sources.stops.stopsPerUnit');
      expect((error as Error).message).toContain(MAX_RUN_WORK.toLocaleString('en-US'));
    }
    const manyIncidents = { city: { columns: 100, rows: 10, meanPopulation: 1000000 }, reality: { offenseRate: 0.01 }, days: 5000 };
    expect(() => validateParams(manyIncidents)).toThrow(/units of work.*Use at most 19 days, or lower the offense rate/);
    // The benchmark's largest scenario stays allowed.
    expect(() => validateParams({ city: { columns: 100, rows: 100 }, deployment: { units: 1000 }, sources: { sensors: { enabled: true } } })).not.toThrow();
  });

  it('counts the spatial kernel: each incident spreads to every neighbor within 4σ, every day', () => {
    // 866 days × 9,700 neighborhoods with a Gaussian spread of σ = 1 km took 44 s before it was counted.
    const run = { days: 866, city: { columns: 100, rows: 97 }, reality: { nearRepeat: { enabled: true, spatialKernel: 'gaussian' as const, spatialSigmaKm: 1 } } };
    const error = paramError(() => validateParams(run));
    expect(error.message).toMatch(/each spreading near-repeats to about 70 neighborhoods\) a day, plus [\d,]+ to build the near-repeat spread\); the most allowed is 200,000,000\. Use at most ([\d,]+) days/);
    const fitting = Number(/Use at most ([\d,]+) days/.exec(error.message)![1]!.replace(/,/g, ''));
    expect(fitting).toBeGreaterThan(300);
    expect(() => validateParams({ ...run, days: fitting })).not.toThrow();
    expect(() => validateParams({ ...run, days: fitting + 1 })).toThrow(ParamError);
    // A spread wider than the city: every neighborhood reaches all 10,000, and building that alone is over the budget.
    const wide = paramError(() => validateParams({ days: 1, city: { columns: 100, rows: 100, cellSpacingKm: 0.05 }, reality: { nearRepeat: { enabled: true, spatialKernel: 'gaussian', spatialSigmaKm: 3 } } }));
    expect(wide.field).toBe('reality.nearRepeat.spatialSigmaKm');
    expect(wide.kind).toBe('tooManyEventsPerDay');
    expect(wide.message).toMatch(/about 10,000 neighborhoods.*\. Lower the offense rate/);
  });

  it('counts the kernel\'s entries exactly on a grid, without building it', () => {
    for (const [columns, rows, spatialSigmaKm, cellSpacingKm] of [[20, 20, 0.5, 1], [7, 3, 1, 0.5], [30, 17, 2, 0.3], [1, 3, 0.5, 0.05]] as const) {
      const params = validateParams({ days: 1, city: { columns, rows, cellSpacingKm }, reality: { nearRepeat: { enabled: true, spatialKernel: 'gaussian', spatialSigmaKm } } });
      expect(spatialKernelEntries(params)).toBe(buildSpatialKernel(params, buildCity(params, 1))!.targets.length);
    }
  });

  it('counts the person layer: its stops and incidents, and every list refresh walking its look-back window', () => {
    // 35,000 residents, a 3,000-day window refreshed daily: each refresh walks every contact since day 1 (5 s for 1,500 days before it was counted).
    const run = { days: 1500, city: { columns: 7, rows: 1 }, people: { enabled: true, residentsPerNeighborhood: 5000, windowDays: 3000, list: { refreshDays: 1 } } };
    const error = paramError(() => validateParams(run));
    expect(error.field).toBe('people.list.refreshDays');
    expect(error.message).toMatch(/plus [\d,]+ for the person layer\); the most allowed is 200,000,000\. Use at most [\d,]+ days, .*how often the list is refreshed/);
    expect(() => validateParams({ ...run, people: { ...run.people, list: { refreshDays: 30 } } })).not.toThrow();
  });

  it('counts rates that rise where no unit goes (rate dynamics) as if they rose everywhere', () => {
    const run = { days: 1000, city: { columns: 100, rows: 100 }, reality: { offenseRate: 1e-7, rateDynamics: { enabled: true, dynamicFactor: 0.05 } } };
    const error = paramError(() => validateParams(run));
    expect(error.field).toBe('reality.rateDynamics.dynamicFactor');
    expect(error.message).toMatch(/incidents on average, as rates rise where no unit goes/);
    expect(runWork(validateParams({ ...run, days: 100 })).incidents).toBeCloseTo(0.05 * 10_000 * 99 / 2, -2);
  });
});
