/**
 * The day-binned Hawkes kernel (models/hawkes.ts) against the continuous model it integrates,
 * θω·e^(−ωt) (Mohler et al. 2011; /work/shared/research/papers.md §4): branching ratio θ, so a
 * stationary fraction 1 − θ of incidents is background, and mean parent-to-child lag 1/ω; and
 * the spatial kernel's effective branching ratio against its closed form.
 */
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, validateParams } from '../../models/index.ts';
import { dayKernel, effectiveBranchingRatio, hexGaussianMass, STAT_BACKGROUND, STAT_LAG_SUM, STAT_TRIGGERED } from '../../models/hawkes.ts';
import { expectWithinErrors, summarize } from './helpers.ts';

const silent = { reports: { enabled: false }, discoveries: { enabled: false }, stops: { enabled: false }, sensors: { enabled: false }, history: { enabled: false } };

/** A city of `cells` identical neighborhoods with base rate mu and near-repeat (θ, ω). */
function hawkesParams(cells: number, mu: number, theta: number, omega: number, days: number, extra: Record<string, unknown> = {}) {
  return validateParams({
    days,
    city: { custom: Array.from({ length: cells }, () => ({ population: 1000, minorityShare: 0.5, trueRatePerDay: mu, priorRecords: 0 })) },
    reality: { nearRepeat: { enabled: true, branchingRatio: theta, decayPerDay: omega, ...extra } },
    sources: silent,
  });
}

describe('day-binned Hawkes kernel', () => {
  it('sums to θ with mean day-lag exactly 1/ω (the day-integral of θω·e^(−ωt) from a uniform time in the day)', () => {
    for (const [theta, omega] of [[0.5, 0.2], [0.3, 1], [0.9, 3]] as const) {
      const k = dayKernel(theta, omega);
      // Σ_{k≥1} c·r^(k−1) = c/(1 − r) and Σ k·c·r^(k−1) = c/(1 − r)²: geometric series.
      const total = k.sameDay + k.tailFirst / (1 - k.tailRatio);
      const meanLag = k.tailFirst / (1 - k.tailRatio) ** 2 / theta;
      expect(total).toBeCloseTo(theta, 9);
      expect(meanLag).toBeCloseTo(1 / omega, 6);
      // Same-day mass θ(1 − (1 − e^(−ω))/ω), written out from the integral.
      expect(k.sameDay).toBeCloseTo(theta * (1 - (1 - Math.exp(-omega)) / omega), 9);
    }
  });

  it.each([
    [0.5, 0.2],
    [0.3, 1],
  ])('in a long single-cell run with θ = %s, ω = %s, a fraction 1 − θ of incidents is background and children come 1/ω days after their parents', (theta, omega) => {
    // One excited cell (its neighbor has no crime), 40 replicates of 5,000 days; the spread
    // across replicates gives the standard error.
    const replicates = 40;
    const backgroundShares: number[] = [];
    const meanLags: number[] = [];
    for (let seed = 1; seed <= replicates; seed++) {
      const params = validateParams({ city: { custom: [{ population: 1000, minorityShare: 0.5, trueRatePerDay: 1, priorRecords: 0 }, { population: 1000, minorityShare: 0.5, trueRatePerDay: 0, priorRecords: 0 }] } }, hawkesParams(2, 1, theta, omega, 5000));
      const sim = createSimulation(params, seed);
      advance(sim, params.days);
      const stats = sim.hawkes!.stats;
      const background = stats[STAT_BACKGROUND]!;
      const triggered = stats[STAT_TRIGGERED]!;
      backgroundShares.push(background / (background + triggered));
      meanLags.push(stats[STAT_LAG_SUM]! / triggered);
    }
    const share = summarize(backgroundShares);
    const lag = summarize(meanLags);
    // Galton–Watson clusters with Poisson(θ) offspring: the expected offspring per background
    // event is θ/(1 − θ), so background / all = 1 − θ (papers.md §4, "fraction of background events").
    expectWithinErrors(share.mean, 1 - theta, share.sd / Math.sqrt(replicates), 'background fraction');
    // Mean lag of the kernel θω·e^(−ωt) is 1/ω; day-binning from a uniform time in the day keeps it (see hawkes.ts).
    expectWithinErrors(lag.mean, 1 / omega, lag.sd / Math.sqrt(replicates), 'mean parent-to-child lag in days');
  });

  it('keeps the long-run rate at μ / (1 − θ) with a normalised spatial kernel, which moves follow-ons but not their number', () => {
    const params = validateParams({
      days: 3000,
      city: { columns: 8, rows: 8, meanPopulation: 1000, populationSpread: 0 },
      reality: { offenseRate: 0.0005, nearRepeat: { enabled: true, branchingRatio: 0.6, decayPerDay: 0.5, spatialKernel: 'gaussian', spatialSigmaKm: 1 } },
      sources: silent,
    });
    const sim = createSimulation(params, 3);
    advance(sim, params.days);
    const mu = 0.5 * 64;
    let total = 0;
    for (let d = 200; d < params.days; d++) for (let i = 0; i < 64; i++) total += sim.history.trueIncidents[d * 64 + i]!;
    const cityDays = params.days - 200;
    // Cluster counts: variance of a day's city-wide total over T days ≈ μ·T/(1 − θ)³ (Borel cluster sizes).
    expectWithinErrors(total / cityDays, mu / 0.4, Math.sqrt(mu / 0.4 ** 3 / cityDays), 'long-run city-wide daily incidents');
  });
});

describe('spatial kernel', () => {
  it('integrates the Gaussian over the hexagons to the plane total 2πσ² (σ in grid units)', () => {
    for (const sigma of [0.1, 0.5, 1.5]) {
      let total = 0;
      const reach = Math.ceil(4 * sigma) + 2;
      for (let row = -2 * reach; row <= 2 * reach; row++) {
        for (let column = -2 * reach; column <= 2 * reach; column++) total += hexGaussianMass(column + (row & 1) * 0.5, row * (Math.sqrt(3) / 2), sigma);
      }
      expect(total / (2 * Math.PI * sigma * sigma)).toBeCloseTo(1, 6);
    }
  });

  it.each([
    [15, 0.1, 1],
    [0.5, 0.5, 1],
    [1.5, 0.3, 0.5],
  ])('on a regular grid the unnormalised kernel with θ = %s, σ = %s km and %s km cells has effective branching ratio θ·2πσ²', (theta, sigma, spacing) => {
    const params = validateParams({
      city: { columns: 30, rows: 30, cellSpacingKm: spacing },
      reality: { nearRepeat: { enabled: true, branchingRatio: theta, decayPerDay: 0.2, spatialKernel: 'gaussianUnnormalised', spatialSigmaKm: sigma } },
    });
    // ∫∫ exp(−(x² + y²)/(2σ²)) dx dy = 2πσ² (Akpinar et al.'s m = θ·2π·σx·σy = 0.942 for θ = 15,
    // σ = 0.1 km); the cut-off at 4σ leaves out e^(−8) of it (hexagons that reach the cut-off keep more).
    const closedForm = theta * 2 * Math.PI * sigma * sigma;
    expect(effectiveBranchingRatio(params) / closedForm).toBeGreaterThan(1 - Math.exp(-8) - 1e-6);
    expect(effectiveBranchingRatio(params) / closedForm).toBeLessThan(1 + 1e-6);
  });

  it('gives the normalised kernel effective branching ratio θ, and refuses an effective ratio of 1 or more naming both', () => {
    const normalised = validateParams({ reality: { nearRepeat: { enabled: true, branchingRatio: 0.7, spatialKernel: 'gaussian', spatialSigmaKm: 2 } } });
    expect(effectiveBranchingRatio(normalised)).toBe(0.7);
    expect(() =>
      validateParams({ reality: { nearRepeat: { enabled: true, branchingRatio: 15, decayPerDay: 0.2, spatialKernel: 'gaussianUnnormalised', spatialSigmaKm: 0.2 } } }),
    ).toThrow(/branchingRatio is 15, so the effective branching ratio is 3\.7\d*.*must be below 1/);
  });
});
