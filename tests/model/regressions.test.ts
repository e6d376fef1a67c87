/**
 * Regression corpus of issue 11 (fuzzed as a hostile user would): each repro is a valid run that
 * must finish with finite, conserved patrols, or an input that must give a named ParamError.
 */
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, MAX_RUN_WORK, ParamError, validateParams, type ParamsOverride } from '../../models/index.ts';
import { checkPatrols, ModelInvariantError, patrolTarget } from '../../models/invariants.ts';
import wholeUnitCases from './regressions-whole-units.json';

function paramError(action: () => unknown): ParamError {
  try {
    action();
  } catch (error) {
    if (error instanceof ParamError) return error;
    throw new Error(`expected a ParamError, got ${String(error)}`);
  }
  throw new Error('expected a ParamError, but nothing was thrown');
}

/** Two neighborhoods with no true crime, only prior records, forgotten with a 1-day half-life. */
const decayingCity = (policy: 'proportional' | 'sample'): ParamsOverride => ({
  days: 1100,
  city: {
    custom: [
      { population: 100, minorityShare: 0.5, trueRatePerDay: 0, priorRecords: 10 },
      { population: 100, minorityShare: 0.1, trueRatePerDay: 0, priorRecords: 5 },
    ],
  },
  sources: { stops: { enabled: false } },
  fusion: { memory: 'decay', halfLifeDays: 1 },
  deployment: { units: 10, policy },
});

describe('numerics: patrols stay finite and conserved', () => {
  it.each(['proportional', 'sample'] as const)('a risk decaying into subnormal numbers keeps its allocation under %s (1,100 days)', (policy) => {
    const params = validateParams(decayingCity(policy));
    const sim = createSimulation(params, 1);
    advance(sim, params.days);
    const { patrols } = sim.history;
    for (let day = 0; day < params.days; day++) {
      const a = patrols[day * 2]!;
      const b = patrols[day * 2 + 1]!;
      expect(Number.isFinite(a) && Number.isFinite(b), `day ${day + 1}`).toBe(true);
      expect(a + b, `day ${day + 1}`).toBeCloseTo(10, 5);
    }
    if (policy === 'proportional') {
      // Risk 10 : 5 halves every day; shares 2/3 : 1/3 hold while any risk is positive (past day
      // 1,024 the risks are subnormal), and once both underflow to 0 the units are shared evenly.
      expect(patrols[1030 * 2]).toBeCloseTo(20 / 3, 5);
      expect(patrols[1099 * 2]).toBeCloseTo(5, 5);
    }
  });

  it('refuses positive values too small to mean anything (subnormal rates and weights), naming the field', () => {
    for (const [override, field] of [
      [{ sources: { reports: { minorityRate: 5e-324 } } }, 'sources.reports.minorityRate'],
      [{ sources: { discoveries: { weight: 1e-300 } } }, 'sources.discoveries.weight'],
      [{ deployment: { floorUnits: 1e-9 } }, 'deployment.floorUnits'],
      [{ city: { custom: [{ population: 10, minorityShare: 0, trueRatePerDay: 1e-310 }, { population: 10, minorityShare: 0, trueRatePerDay: 1 }] } }, 'city.custom[0].trueRatePerDay'],
    ] as const) {
      const error = paramError(() => validateParams(override));
      expect(error.field).toBe(field);
      expect(error.message).toMatch(/use 0, or a value from 0\.000001 to|use 0, or a value from 1e-6 to/);
    }
    // 0 stays allowed, and so do the smallest meaningful values.
    expect(validateParams({ sources: { reports: { minorityRate: 0, majorityRate: 1e-6 } }, corrections: { reportingRateAdjust: true } }).sources.reports.majorityRate).toBe(1e-6);
    expect(validateParams({ reality: { offenseRate: 1e-9 } }).reality.offenseRate).toBe(1e-9);
  });

  it('the day loop check names the day and the parameter when patrols are not finite or not conserved', () => {
    const deployment = validateParams({}).deployment;
    const units = new Float64Array([1, Number.POSITIVE_INFINITY]);
    expect(() => checkPatrols(units, 2, 40, deployment, 1023)).toThrow(ModelInvariantError);
    expect(() => checkPatrols(units, 2, 40, deployment, 1023)).toThrow(/Day 1024: neighborhood 1 was sent Infinity patrol units under deployment\.policy/);
    expect(() => checkPatrols(new Float64Array([10, 10]), 2, 40, deployment, 4)).toThrow(/Day 5: 20 patrol units were deployed .* deployment\.units/);
    expect(() => checkPatrols(new Float64Array([10, Number.NaN]), 2, 40, deployment, 0)).toThrow(/NaN/);
  });

  // `npm run fuzz` (seed 20261206, 100,000 cases) found these five: counted units (capacity
  // discoveries under a classic policy) with a cap that makes P fractional, cap × N = 1,046.54 say.
  // Each day deployed round(P) whole units but owed the sites P, so the carries drifted by
  // P − round(P) a day until more units were left than sites, and days came up short.
  it.each(wholeUnitCases)('counted units stay whole and sum to round(P) every day: $case', ({ seed, override }) => {
    const params = validateParams(override as ParamsOverride);
    const sim = createSimulation(params, seed);
    advance(sim, params.days);
    const size = sim.city.size;
    const target = patrolTarget(params.deployment, size, true);
    expect(Number.isInteger(target)).toBe(true);
    for (let day = 0; day < params.days; day++) {
      let total = 0;
      for (let i = 0; i < size; i++) {
        const units = sim.history.patrols[day * size + i]!;
        expect(Number.isInteger(units) && units >= 0, `day ${day + 1}, neighborhood ${i}: ${units}`).toBe(true);
        total += units;
      }
      expect(total, `day ${day + 1}`).toBe(target);
    }
  });

  it('counted units: a fractional P deploys round(P) whole units a day for a year, each site within a unit of its share', () => {
    // Three sites, cap 2.85 each: P = 8.55, so 9 units a day, 3 to each site (before the fix the
    // carries drifted by −0.45 a day and days came up short within a week).
    const params = validateParams({ days: 365, city: { columns: 3, rows: 1 }, sources: { discoveries: { enabled: true, model: 'capacity' } }, deployment: { policy: 'uniform', units: 50, capUnits: 2.85 } });
    const sim = createSimulation(params, 3);
    advance(sim, params.days);
    for (let day = 0; day < params.days; day++) expect(Array.from(sim.history.patrols.subarray(day * 3, day * 3 + 3)), `day ${day + 1}`).toEqual([3, 3, 3]);
  });
});

describe('run size: every valid run is seconds of work', () => {
  it('samples 100,000 units a day for 5,000 days (one binomial per neighborhood, not one draw per unit)', () => {
    const params = validateParams({ days: 5000, city: { columns: 2, rows: 1 }, sources: { stops: { enabled: false } }, deployment: { units: 100_000, policy: 'sample' } });
    const sim = createSimulation(params, 1);
    advance(sim, params.days);
    expect(sim.history.daysDone).toBe(5000);
  });

  it('counts the sampling policy\'s draws in the run-size limit and says how many days fit', () => {
    // 95,000 incidents a day over 1,000 days fit the budget; the sampling policy's 10,000 draws a
    // day (one binomial per neighborhood) on top do not.
    const run = { days: 1000, city: { columns: 100, rows: 100, meanPopulation: 2000 }, reality: { offenseRate: 0.00475 } };
    expect(() => validateParams({ ...run, deployment: { policy: 'proportional' } })).not.toThrow();
    const error = paramError(() => validateParams({ ...run, deployment: { policy: 'sample' } }));
    expect(error.message).toContain(MAX_RUN_WORK.toLocaleString('en-US'));
    expect(error.message).toMatch(/Use at most [\d,]+ days, or lower the offense rate/);
  });
});

describe('parameter overrides: dotted keys, own properties, clipped echoes', () => {
  it('reads a dotted leaf as its path', () => {
    expect(validateParams({ 'deployment.units': 7 }).deployment.units).toBe(7);
    expect(validateParams({ sources: { 'reports.minorityRate': 0.2 } }).sources.reports.minorityRate).toBe(0.2);
  });

  it('reads a dotted branch as its path', () => {
    const params = validateParams({ 'sources.reports': { minorityRate: 0.1, weight: 2 } });
    expect(params.sources.reports.minorityRate).toBe(0.1);
    expect(params.sources.reports.weight).toBe(2);
    expect(Object.hasOwn(params, 'sources.reports')).toBe(false);
  });

  it('refuses a parameter given both nested and dotted', () => {
    const error = paramError(() => validateParams({ deployment: { units: 8 }, 'deployment.units': 7 }));
    expect(error.field).toBe('deployment.units');
    expect(error.message).toMatch(/given twice/);
  });

  it('refuses a dotted key that is not a parameter, and a dotted branch that is not an object', () => {
    expect(paramError(() => validateParams({ 'deployment.colour': 7 })).field).toBe('deployment.colour');
    expect(paramError(() => validateParams({ 'sources.reports': 3 })).message).toMatch(/"sources\.reports" must be an object of parameters/);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('refuses the custom-neighborhood key %s', (key) => {
    const neighborhood = JSON.parse(`{"population": 10, "minorityShare": 0, "trueRatePerDay": 1, "${key}": 1}`);
    const error = paramError(() => validateParams({ city: { custom: [neighborhood, { population: 10, minorityShare: 0, trueRatePerDay: 1 }] } }));
    expect(error.field).toBe(`city.custom[0].${key}`);
  });

  it.each(['constructor', 'toString', '__proto__'])('refuses the top-level key %s as an unknown parameter', (key) => {
    const error = paramError(() => validateParams(JSON.parse(`{"${key}": {"days": 3}}`)));
    expect(error.field).toBe(key);
  });

  it('clips echoed user text to 80 characters', () => {
    const long = 'x'.repeat(5000);
    const unknown = paramError(() => validateParams({ [long]: 1 }));
    expect(unknown.message.length).toBeLessThan(400);
    expect(unknown.message).toContain(`${'x'.repeat(80)}…`);
    const text = paramError(() => validateParams({ deployment: { policy: long } }));
    expect(text.message.length).toBeLessThan(400);
  });
});
