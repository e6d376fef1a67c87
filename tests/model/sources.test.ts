/**
 * The data sources and reality mechanisms that have a closed-form expectation for a fixed
 * deployment. Uniform deployment sends exactly P/N units to every neighborhood every day, so
 * there is no feedback and each expected value follows from the mechanism's description in
 * models/params/schema.ts (and issue 2). Tolerances are 4 standard errors of the estimate.
 */
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, MAJORITY, MINORITY, validateParams, type ParamsOverride, type Simulation } from '../../models/index.ts';
import { expectWithinErrors, sumGroup, sumNeighborhood, sumRange } from './helpers.ts';

const Z = 4;
const ALL_SOURCES_OFF = {
  reports: { enabled: false },
  discoveries: { enabled: false },
  stops: { enabled: false },
  sensors: { enabled: false },
  history: { enabled: false },
};

/** A custom city of neighborhoods with these minority shares and true rates, under uniform patrols. */
function runCity(
  neighborhoods: readonly { minorityShare: number; rate: number }[],
  days: number,
  override: ParamsOverride,
  seed = 3,
): Simulation {
  const params = validateParams({
    days,
    city: { custom: neighborhoods.map((n) => ({ population: 1000, minorityShare: n.minorityShare, trueRatePerDay: n.rate, priorRecords: 0 })) },
    deployment: { policy: 'uniform', units: neighborhoods.length },
    ...override,
  });
  const sim = createSimulation(params, seed);
  advance(sim, days);
  return sim;
}

/** Asserts a proportion estimated from `trials` trials is within Z binomial standard errors of `expected`. */
function expectProportion(observed: number, expected: number, trials: number, label: string): void {
  expectWithinErrors(observed, expected, Math.sqrt((expected * (1 - expected)) / trials), label, Z);
}

describe('resident reports', () => {
  const neighborhoods = [
    { minorityShare: 0, rate: 20 },
    { minorityShare: 0.5, rate: 20 },
    { minorityShare: 1, rate: 20 },
  ];
  const sources = { ...ALL_SOURCES_OFF, reports: { enabled: true, weight: 1, minorityRate: 0.2, majorityRate: 0.6 } };

  it('report each group\'s true incidents at that group\'s reporting rate', () => {
    // Each incident is reported with its victim group's probability (schema: reports.*Rate), so
    // known ÷ true per group is a binomial proportion with mean 0.2 (minority), 0.6 (majority).
    // 2,000 days give 40,000 incidents per neighborhood: a victim split off by 5% fails.
    const days = 2000;
    const sim = runCity(neighborhoods, days, { sources });
    const { history } = sim;
    for (const [group, rate] of [[MINORITY, 0.2], [MAJORITY, 0.6]] as const) {
      const trueCount = sumGroup(history.groupTrue, group, days);
      expectProportion(sumGroup(history.groupKnown, group, days) / trueCount, rate, trueCount, `reported share, group ${group}`);
    }
    // In a custom city an incident's victim is a minority resident with probability equal to the
    // neighborhood's minority share: the mixed neighborhood reports 0.5·0.2 + 0.5·0.6 = 0.4.
    const mixedTrue = sumNeighborhood(history.trueIncidents, 3, 1, 0, days);
    expectProportion(sumNeighborhood(history.reports, 3, 1, 0, days) / mixedTrue, 0.4, mixedTrue, 'reported share, mixed neighborhood');
    // And the minority share of all true incidents is Σ m_i λ_i / Σ λ_i = 0.5.
    const allTrue = sumRange(history.trueIncidents);
    expectProportion(sumGroup(history.groupTrue, MINORITY, days) / allTrue, 0.5, allTrue, 'minority share of true incidents');
  });

  it('divided by the known reporting rate, count each neighborhood\'s true incidents', () => {
    // corrections.reportingRateAdjust: a report of group g counts 1/r_g, so each true incident
    // contributes 1/r_g with probability r_g: mean 1, variance 1/r_g − 1. With cumulative memory
    // and no history the final risk estimates the neighborhood's true incident count.
    const sim = runCity(neighborhoods, 500, { sources, fusion: { memory: 'cumulative' }, corrections: { reportingRateAdjust: true } });
    const varianceByNeighborhood = [1 / 0.6 - 1, (1 / 0.2 - 1 + 1 / 0.6 - 1) / 2, 1 / 0.2 - 1];
    varianceByNeighborhood.forEach((variance, i) => {
      const trueCount = sumNeighborhood(sim.history.trueIncidents, 3, i, 0, 500);
      expectWithinErrors(sim.fusion.risk[i]! / trueCount, 1, Math.sqrt(variance / trueCount), `adjusted reports ÷ true incidents, neighborhood ${i}`, Z);
    });
  });
});

describe('patrol discoveries', () => {
  it.each([
    [6, 1.5],
    [8, 2],
  ])('with %s units over 4 neighborhoods find each incident with probability 1 − (1 − q)^%s', (units, perNeighborhood) => {
    // Schema, discoveries.findProbability: with u units present the chance is 1 − (1 − q)^u
    // (fractional u under the uniform policy's expected units).
    const q = 0.3;
    const sim = runCity(Array.from({ length: 4 }, () => ({ minorityShare: 0.5, rate: 10 })), 500, {
      sources: { ...ALL_SOURCES_OFF, discoveries: { enabled: true, findProbability: q } },
      deployment: { policy: 'uniform', units },
    });
    const trueCount = sumRange(sim.history.trueIncidents);
    const expected = 1 - (1 - q) ** perNeighborhood;
    expectProportion(sumRange(sim.history.discoveries) / trueCount, expected, trueCount, 'discovered share of incidents');
  });

  it('under the capacity model find E[min(u, Poisson(λ))] incidents a day', () => {
    // Schema, discoveries.model 'capacity' (ml-fairness-gym's precision discovery, papers.md
    // §5.1): u units find min(u, incidents). With u = 2 and λ = 3 the mean and variance of
    // min(2, Y) follow from the Poisson pmf: p0 = e^−3, p1 = 3e^−3.
    const lambda = 3;
    const p0 = Math.exp(-lambda);
    const p1 = lambda * p0;
    const mean = p1 + 2 * (1 - p0 - p1);
    const variance = p1 + 4 * (1 - p0 - p1) - mean * mean;
    const days = 1000;
    const sim = runCity(Array.from({ length: 4 }, () => ({ minorityShare: 0.5, rate: lambda })), days, {
      sources: { ...ALL_SOURCES_OFF, discoveries: { enabled: true, model: 'capacity' } },
      deployment: { policy: 'uniform', units: 8 },
    });
    const cellDays = 4 * days;
    expectWithinErrors(sumRange(sim.history.discoveries) / cellDays, mean, Math.sqrt(variance / cellDays), 'discoveries per neighborhood-day', Z);
  });
});

describe('stops and field interviews', () => {
  // Four neighborhoods, minority share 0.4, 5 units each, 5 stops per unit: 100 stops a day,
  // 100,000 in all, so a hit rate off by 10% fails.
  const days = 1000;
  const m = 0.4;
  const bias = 2;
  const hitRate = 0.1;
  const minorityHitRatio = 0.5;
  const sim = runCity(Array.from({ length: 4 }, () => ({ minorityShare: m, rate: 1 })), days, {
    sources: { ...ALL_SOURCES_OFF, stops: { enabled: true, stopsPerUnit: 5, biasRatio: bias, hitRate, minorityHitRatio } },
    deployment: { policy: 'uniform', units: 20 },
  });
  const { history } = sim;
  const minorityStops = sumGroup(history.groupStops, MINORITY, days);
  const majorityStops = sumGroup(history.groupStops, MAJORITY, days);
  const totalStops = minorityStops + majorityStops;

  it('happen in proportion to the patrol units present', () => {
    // Schema, stops.stopsPerUnit: a Poisson number with mean stopsPerUnit × units, here 100 a day.
    const expected = 5 * 20 * days;
    expect(sumRange(history.stops)).toBe(totalStops);
    expectWithinErrors(totalStops, expected, Math.sqrt(expected), 'stops', Z);
  });

  it('fall on minority residents in the ratio m·b / (m·b + 1 − m)', () => {
    // Schema, stops.biasRatio: a minority resident is b times as likely to be stopped as a
    // majority resident of the same neighborhood: 0.4·2 / (0.4·2 + 0.6) = 0.5714.
    expectProportion(minorityStops / totalStops, (m * bias) / (m * bias + 1 - m), totalStops, 'minority share of stops');
  });

  it('find something at each group\'s hit rate, and every other stop is counted as without a hit', () => {
    // Schema, stops.hitRate and minorityHitRatio: hit rate 0.1 for majority, 0.05 for minority.
    const minorityHits = minorityStops - sumGroup(history.groupStopsWithoutHit, MINORITY, days);
    const majorityHits = majorityStops - sumGroup(history.groupStopsWithoutHit, MAJORITY, days);
    expectProportion(minorityHits / minorityStops, hitRate * minorityHitRatio, minorityStops, 'minority hit rate');
    expectProportion(majorityHits / majorityStops, hitRate, majorityStops, 'majority hit rate');
    expect(sumRange(history.stopHits)).toBe(minorityHits + majorityHits);
    expect(sumRange(history.stopsWithoutHit)).toBe(totalStops - minorityHits - majorityHits);
  });
});

describe('surveillance sensors', () => {
  const sensors = (override: object) => ({ ...ALL_SOURCES_OFF, sensors: { enabled: true, coverage: 0.4, ...override } });

  it('raise false alerts at falseAlertsPerDay per fully covered neighborhood, placed by coverage', () => {
    // Schema, sensors.falseAlertsPerDay and minoritySkew: coverage ∝ 1 + (skew − 1)·m scaled to
    // mean 0.4, so an all-majority and an all-minority neighborhood with skew 3 get 0.2 and 0.6;
    // false alerts are Poisson with mean 10 × (0.2 + 0.6) = 8 a day, 3/4 of them in the second.
    const days = 2000;
    const sim = runCity([{ minorityShare: 0, rate: 0 }, { minorityShare: 1, rate: 0 }], days, {
      sources: sensors({ minoritySkew: 3, falseAlertsPerDay: 10 }),
    });
    expect(Array.from(sim.city.sensorCoverage)).toEqual([0.2, 0.6].map((c) => expect.closeTo(c, 12)));
    const alerts = sumRange(sim.history.sensorAlerts);
    const expected = 8 * days;
    expectWithinErrors(alerts, expected, Math.sqrt(expected), 'false alerts', Z);
    expectProportion(sumNeighborhood(sim.history.sensorAlerts, 2, 1, 0, days) / alerts, 0.75, alerts, 'share of false alerts in the better-covered neighborhood');
  });

  it('detect each incident with probability coverage × detection probability', () => {
    const days = 500;
    const sim = runCity([{ minorityShare: 0, rate: 10 }, { minorityShare: 1, rate: 10 }], days, {
      sources: sensors({ minoritySkew: 3, falseAlertsPerDay: 0, detectionProbability: 0.5 }),
    });
    [0.2 * 0.5, 0.6 * 0.5].forEach((expected, i) => {
      const trueCount = sumNeighborhood(sim.history.trueIncidents, 2, i, 0, days);
      expectProportion(sumNeighborhood(sim.history.sensorAlerts, 2, i, 0, days) / trueCount, expected, trueCount, `detected share, neighborhood ${i}`);
    });
  });
});

describe('deterrence', () => {
  it('multiplies the true rate by (1 − d)^u where u units are present', () => {
    // Schema, reality.deterrence.reductionPerUnit: each unit present multiplies the rate by
    // (1 − d). With 2 units and d = 0.2 a rate of 10 becomes 10 × 0.8² = 6.4 incidents a day.
    // 32,000 neighborhood-days: the standard error is 0.014, so a rate off by 2% fails.
    const days = 2000;
    const neighborhoods = 16;
    const sim = runCity(Array.from({ length: neighborhoods }, () => ({ minorityShare: 0.5, rate: 10 })), days, {
      sources: ALL_SOURCES_OFF,
      reality: { deterrence: { enabled: true, reductionPerUnit: 0.2 } },
      deployment: { policy: 'uniform', units: 2 * neighborhoods },
    });
    const cellDays = neighborhoods * days;
    const expected = 10 * 0.8 ** 2;
    expectWithinErrors(sumRange(sim.history.trueIncidents) / cellDays, expected, Math.sqrt(expected / cellDays), 'deterred incidents per neighborhood-day', Z);
  });
});
