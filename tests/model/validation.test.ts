/**
 * Bad input and extreme input (issue 2, "Parameters and bad input"): validateParams rejects an
 * unknown field, a wrong type or an out-of-range value with a ParamError naming the field's path
 * and the allowed range; every valid input, however extreme, runs to the end without NaN.
 */
import { describe, expect, it } from 'vitest';
import { MAX_CELL_DAYS, ParamError, parseAssignment, simulate, validateParams } from '../../models/index.ts';

/** The ParamError that `action` throws (failing the test if it throws nothing or something else). */
function paramError(action: () => unknown): ParamError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ParamError);
    expect(error).toBeInstanceOf(RangeError);
    expect((error as ParamError).name).toBe('ParamError');
    return error as ParamError;
  }
  throw new Error('expected a ParamError, but nothing was thrown');
}

describe('validateParams', () => {
  it('accepts an empty override and returns the defaults', () => {
    expect(validateParams({}).days).toBe(365);
  });

  it.each([
    [{ colour: 'red' }, 'colour'],
    [{ sources: { reports: { rate: 0.5 } } }, 'sources.reports.rate'],
    [{ reality: { nearRepeat: { theta: 0.5 } } }, 'reality.nearRepeat.theta'],
    [{ city: { custom: [{ population: 10, minorityShare: 0, trueRatePerDay: 1, crime: 2 }, { population: 10, minorityShare: 0, trueRatePerDay: 1 }] } }, 'city.custom[0].crime'],
  ])('rejects the unknown field in %j and names its path', (override, field) => {
    const error = paramError(() => validateParams(override));
    expect(error.field).toBe(field);
    expect(error.message).toContain(field.split('.').pop()!.replace(/\[.*$/, ''));
  });

  it.each([
    [{ days: 'ten' }, 'days', 'from 1 to 5000'],
    [{ sources: { reports: { minorityRate: 'high' } } }, 'sources.reports.minorityRate', 'from 0 to 1'],
    [{ deployment: { units: null } }, 'deployment.units', 'from 1 to 100000'],
    [{ days: NaN }, 'days', 'from 1 to 5000'],
    [{ reality: { nearRepeat: { enabled: 'yes' } } }, 'reality.nearRepeat.enabled', 'true or false'],
    [{ fusion: { memory: 'forever' } }, 'fusion.memory', 'cumulative, decay, selfExciting'],
    [{ sources: 3 }, 'sources', 'object of parameters'],
    [{ city: { custom: 'two' } }, 'city.custom', 'list of neighborhoods'],
  ])('rejects the wrong type in %j with the field and what is allowed', (override, field, allowed) => {
    const error = paramError(() => validateParams(override));
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
    expect(error.message).toContain(allowed);
  });

  it.each([
    [{ days: 0 }, 'days', 'from 1 to 5000'],
    [{ days: 10.5 }, 'days', 'whole number from 1 to 5000'],
    [{ deployment: { exploration: 1.5 } }, 'deployment.exploration', 'from 0 to 1'],
    [{ sources: { reports: { minorityRate: -0.1 } } }, 'sources.reports.minorityRate', 'from 0 to 1'],
    [{ reality: { nearRepeat: { branchingRatio: 21 } } }, 'reality.nearRepeat.branchingRatio', 'from 0 to 20'],
    // The cap is on the effective branching ratio (hawkes.ts), which names θ and the limit 1.
    [{ reality: { nearRepeat: { enabled: true, branchingRatio: 1 } } }, 'reality.nearRepeat.branchingRatio', 'effective branching ratio is 1.000; it must be below 1'],
    [{ city: { columns: 1, rows: 1 } }, 'city.columns', 'from 2 to 10000'],
    [{ city: { custom: [{ population: 10, minorityShare: 0, trueRatePerDay: 1 }] } }, 'city.custom', 'from 2 to 10000'],
    [{ city: { custom: [{ population: 10, minorityShare: 0, trueRatePerDay: 1 }, { population: 10, minorityShare: 2, trueRatePerDay: 1 }] } }, 'city.custom[1].minorityShare', 'from 0 to 1'],
  ])('rejects the out-of-range value in %j with the field and the allowed range', (override, field, range) => {
    const error = paramError(() => validateParams(override));
    expect(error.field).toBe(field);
    expect(error.message).toContain(range);
  });

  it('rejects a run larger than the cell-day budget and says how many days fit', () => {
    const error = paramError(() => validateParams({ city: { columns: 100, rows: 100 }, days: 5000 }));
    expect(error.field).toBe('days');
    expect(error.message).toContain(`Use at most ${MAX_CELL_DAYS / 10_000} days`);
  });

  it('rejects an override that is not an object', () => {
    expect(paramError(() => validateParams([1, 2])).field).toBe('(root)');
    expect(paramError(() => validateParams(null)).field).toBe('(root)');
  });

  it('rejects unparsable text in parseAssignment with the same kind of error', () => {
    const error = paramError(() => parseAssignment('sources.reports.minorityRate', 'abc'));
    expect(error.field).toBe('sources.reports.minorityRate');
    expect(error.message).toContain('from 0 to 1');
    expect(paramError(() => parseAssignment('sources.reports.rate', '1')).field).toBe('sources.reports.rate');
  });
});

/** Every number in a run result (history columns, metrics, series), flattened. */
function everyNumber(value: unknown, found: number[] = []): number[] {
  if (typeof value === 'number') found.push(value);
  else if (ArrayBuffer.isView(value)) found.push(...Array.from(value as unknown as ArrayLike<number>));
  else if (Array.isArray(value)) value.forEach((item) => everyNumber(item, found));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((item) => everyNumber(item, found));
  return found;
}

const ALL_ON_EXTREME = {
  reports: { enabled: true, weight: 0, minorityRate: 0, majorityRate: 1 },
  discoveries: { enabled: true, weight: 10, findProbability: 1 },
  stops: { enabled: true, weight: 10, stopsPerUnit: 50, biasRatio: 10, hitRate: 1, minorityHitRatio: 10 },
  sensors: { enabled: true, weight: 10, coverage: 1, minoritySkew: 10, detectionProbability: 1, falseAlertsPerDay: 10 },
  history: { enabled: true, weight: 10, priorDays: 3650, recordRate: 0, overPolicingFactor: 10 },
};

describe('extreme but valid params', () => {
  it.each([
    ['two neighborhoods, no crime, every source off, full exploration', {
      days: 30,
      city: { columns: 2, rows: 1 },
      reality: { offenseRate: 0 },
      sources: { reports: { enabled: false }, discoveries: { enabled: false }, stops: { enabled: false }, sensors: { enabled: false }, history: { enabled: false } },
      deployment: { exploration: 1, policy: 'sample' },
    }],
    ['every source at its extremes with every correction, more hotspots than neighborhoods, floors and caps', {
      days: 20,
      city: { columns: 3, rows: 2, minorityFraction: 1, segregation: 1 },
      sources: ALL_ON_EXTREME,
      deployment: { policy: 'topK', hotspots: 10_000, units: 7, floorUnits: 1000, capUnits: 0.5 },
      corrections: { ensign: true, inversePropensity: true, reportingRateAdjust: true },
    }],
    ['a custom city without crime or history, corrections on, one day', {
      days: 1,
      city: { custom: [{ population: 1, minorityShare: 0, trueRatePerDay: 0, priorRecords: 0 }, { population: 1, minorityShare: 1, trueRatePerDay: 0, priorRecords: 0 }] },
      sources: { reports: { minorityRate: 0, majorityRate: 0 } },
      corrections: { ensign: true, inversePropensity: true, reportingRateAdjust: true, reportsOnly: true },
    }],
    ['strong near-repeat, strong deterrence and the self-exciting risk model at its limits', {
      days: 30,
      city: { columns: 2, rows: 2, meanPopulation: 100_000, populationSpread: 0.95, minorityFraction: 0 },
      reality: { offenseRate: 0.01, trueRateRatio: 10, nearRepeat: { enabled: true, branchingRatio: 0.95, decayPerDay: 0.01 }, deterrence: { enabled: true, reductionPerUnit: 0.9 } },
      fusion: { memory: 'selfExciting', windowDays: 1, excitationWeight: 10, excitationDecayPerDay: 5 },
      deployment: { policy: 'proportional', exploration: 0 },
    }],
    ['a huge force on a two-neighborhood custom city with decaying memory', {
      days: 3,
      city: { custom: [{ population: 10_000_000, minorityShare: 1, trueRatePerDay: 1000, priorRecords: 1e9 }, { population: 1, minorityShare: 0, trueRatePerDay: 0, priorRecords: 0 }] },
      sources: { stops: { stopsPerUnit: 1 } },
      fusion: { memory: 'decay', halfLifeDays: 1 },
      deployment: { policy: 'sample', units: 100_000, capUnits: 100_000 },
    }],
  ])('run to the end without NaN or Infinity: %s', (_, override) => {
    const params = validateParams(override);
    const result = simulate(params, 9);
    expect(result.history.daysDone).toBe(params.days);
    const numbers = everyNumber({ history: result.history, metrics: result.metrics, series: result.series });
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.filter((n) => !Number.isFinite(n))).toEqual([]);
  });
});
