/** Guards added after review: the residents' minority share is exact, and no valid run takes hours. */
import { describe, expect, it } from 'vitest';
import { buildCity, groupPopulations, MAX_EXPECTED_EVENTS, ParamError, validateParams } from '../../models/index.ts';

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
      expect((error as Error).message).toContain(MAX_EXPECTED_EVENTS.toLocaleString('en-US'));
    }
    const manyIncidents = { city: { columns: 100, rows: 10, meanPopulation: 1000000 }, reality: { offenseRate: 0.01 }, days: 5000 };
    expect(() => validateParams(manyIncidents)).toThrow(/reality\.offenseRate|incidents and stops/);
    // The benchmark's largest scenario stays allowed.
    expect(() => validateParams({ city: { columns: 100, rows: 100 }, deployment: { units: 1000 }, sources: { sensors: { enabled: true } } })).not.toThrow();
  });
});
