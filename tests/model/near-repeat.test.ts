/**
 * Near-repeat victimization: each true incident triggers θ expected follow-on incidents at the
 * rate θω·e^(−ωt), binned into days exactly (models/hawkes.ts: same-day offspring included). That
 * is a discrete Hawkes process (a Galton–Watson cluster process with Poisson(θ) offspring), whose
 * stationary rate is μ/(1 − θ) (/work/shared/research/papers.md §4, Mohler et al. 2015 form).
 */
import { describe, it } from 'vitest';
import { advance, createSimulation, validateParams } from '../../models/index.ts';
import { expectAboveByErrors, expectWithinErrors, sumRange } from './helpers.ts';

describe('near-repeat victimization (Hawkes)', () => {
  it.each([0.3, 0.7])('raises the long-run daily incidents per neighborhood to μ / (1 − θ) with branching ratio θ = %s', (theta) => {
    const mu = 0.5;
    const neighborhoods = 60;
    const days = 2000;
    const burnIn = 200;
    const params = validateParams({
      days,
      city: { custom: Array.from({ length: neighborhoods }, () => ({ population: 1000, minorityShare: 0.5, trueRatePerDay: mu, priorRecords: 0 })) },
      reality: { nearRepeat: { enabled: true, branchingRatio: theta, decayPerDay: 0.5 } },
      sources: { reports: { enabled: false }, discoveries: { enabled: false }, stops: { enabled: false }, sensors: { enabled: false }, history: { enabled: false } },
    });
    const sim = createSimulation(params, 5);
    advance(sim, days);
    // The mean rate relaxes from μ by a factor 1 − (1 − θ)(1 − e^(−ω)) ≤ 0.92 a day, so after
    // 200 days the transient is below 1e-7 of the rate.
    const cellDays = neighborhoods * (days - burnIn);
    const meanRate = sumRange(sim.history.trueIncidents, burnIn * neighborhoods) / cellDays;
    const expected = mu / (1 - theta);
    // Counts of a cluster process are overdispersed: the long-run variance of a neighborhood's
    // total over T days is μT·E[S²] = μT/(1 − θ)³ (S the cluster size, Borel-distributed), so
    // the standard error of the mean rate is √(μ/(1 − θ)³ / cell-days).
    const se = Math.sqrt(mu / (1 - theta) ** 3 / cellDays);
    expectWithinErrors(meanRate, expected, se, 'long-run daily incidents per neighborhood');
    // A model without the excitation would stay at μ.
    expectAboveByErrors(meanRate, mu, se, 'long-run rate against the base rate', 10);
  });
});
