/**
 * The discovered-only urn of Ensign et al. (2018): one unit a day, sent to a region with
 * probability equal to its share of the records, finds incidents only where it goes, and every
 * find becomes a record. Expected values come from /work/shared/research/papers.md §1.2 (i) and
 * (ii) and from the continuous-time (Athreya–Karlin) embedding of the urn, as each test says.
 */
import { describe, expect, it } from 'vitest';
import { median } from 'd3-array';
import { advance, createSimulation, simulate } from '../../models/index.ts';
import { expectAboveByErrors, expectWithinErrors, finalSharesByRegion, ksDistanceFromUniform, summarize, urnParams, type UrnRegion } from './helpers.ts';

/** Oakland daily drug use, Top1 and Top2 regions (Ensign et al.'s Makefile; papers.md §1.4). */
const OAKLAND_TOP1 = 3.68511;
const OAKLAND_TOP2 = 2.816466;

describe('discovered-only urn with unequal rates', () => {
  it('runs away to the higher-rate region instead of learning its true share', () => {
    // papers.md §1.2 (ii): with λ_A > λ_B the fixed-point quadratic reduces to
    // (λ_B − λ_A)·x·(x − 1) = 0 and x = 1 is the stable root, so the patrol share of A tends
    // to 1 almost surely. Rates 3 and 1 make the runaway fast enough to see in 4,000 days: by
    // the next test's embedding B holds about W·n_A^(1/3) ≈ 23·W of n_A ≈ 12,000 records, so
    // 1 − x is of order 0.002·W. A model that learned the truth would settle at 3/(3 + 1) = 0.75.
    const params = urnParams([{ rate: 3, prior: 1 }, { rate: 1, prior: 1 }], 4000);
    const trueShare = 0.75;
    const patrolShares: number[] = [];
    const urnShares: number[] = [];
    for (let seed = 1; seed <= 100; seed++) {
      const { metrics } = simulate(params, seed);
      patrolShares.push(metrics.tailPatrolShare[0]!);
      urnShares.push(metrics.finalRiskShare[0]!);
    }
    const urn = summarize(urnShares);
    const patrols = summarize(patrolShares);
    // Medians, not means: about 1 run in 100 has A's first find come so late that B still leads
    // at day 4,000 (W_A near 0 in the embedding below), and one such run moves a mean of 100 by
    // 0.01 and doubles its standard error; 10 standard errors above the true share stays decisive.
    expect(median(urnShares), 'median urn share of A').toBeGreaterThan(0.98);
    expectAboveByErrors(urn.mean, trueShare, urn.se, 'urn share of A against the true share', 10);
    expect(median(patrolShares), 'median patrol share of A').toBeGreaterThan(0.97);
    expectAboveByErrors(patrols.mean, trueShare, patrols.se, 'patrol share of A against the true share', 10);
    expect(urnShares.filter((share) => share > 0.9).length).toBeGreaterThanOrEqual(95);
  });

  it('grows the lower-rate region\'s records only as the power λ_B/λ_A of the higher-rate region\'s (Oakland rates)', () => {
    // Embed the urn in continuous time (Athreya & Karlin 1968): every record rings at rate 1 and
    // adds Poisson(λ_i) records of its own region. Each region is then a Markov branching
    // process with n_i(τ)·e^(−λ_i τ) → W_i > 0, so n_B ≈ W·n_A^ρ with ρ = λ_B/λ_A: the share of
    // B goes to 0 like n_A^(ρ − 1). Between two days, Δ log n_B / Δ log n_A (over replicates)
    // estimates ρ = 0.764 for Oakland's Top1 vs Top2; a model that kept the true share 0.5668
    // would give 1. Integer priors (1, 1) keep the embedding exact.
    const rho = OAKLAND_TOP2 / OAKLAND_TOP1;
    const params = urnParams([{ rate: OAKLAND_TOP1, prior: 1 }, { rate: OAKLAND_TOP2, prior: 1 }], 5000);
    const growthA: number[] = [];
    const growthB: number[] = [];
    for (let seed = 1; seed <= 200; seed++) {
      const sim = createSimulation(params, seed);
      advance(sim, 1000);
      const logA = Math.log(sim.fusion.risk[0]!);
      const logB = Math.log(sim.fusion.risk[1]!);
      advance(sim, 4000);
      growthA.push(Math.log(sim.fusion.risk[0]!) - logA);
      growthB.push(Math.log(sim.fusion.risk[1]!) - logB);
    }
    const meanA = summarize(growthA).mean;
    const exponent = summarize(growthB).mean / meanA;
    // Delta-method standard error of a ratio of means.
    const se = summarize(growthB.map((b, i) => b - exponent * growthA[i]!)).se / meanA;
    expectWithinErrors(exponent, rho, se, 'growth exponent of B\'s records against A\'s', 3);
    expectAboveByErrors(1, exponent, se, 'exponent 1 (no runaway) against the estimate', 6);
  });
});

describe('discovered-only urn with equal rates', () => {
  const equal = (rate: number): UrnRegion[] => [{ rate, prior: 1 }, { rate, prior: 1 }];
  const REPLICATES = 200;

  it('has a Uniform(0, 1) limit from a (1, 1) prior when each visit adds at most one record', () => {
    // papers.md §1.2 (i): a Pólya urn with Bernoulli additions and prior (1, 1) converges to a
    // random share x ~ Beta(1, 1) = Uniform(0, 1). The capacity discovery model with one unit
    // records min(1, incidents): exactly a Bernoulli(1 − e^(−λ)) addition. After n additions the
    // share is (1 + K)/(n + 2) with K uniform on {0..n}, so even the finite-time law is uniform
    // to within 1/(n + 2) ≈ 1/300 here.
    const params = urnParams(equal(3), 300, {
      sources: {
        reports: { enabled: false },
        discoveries: { enabled: true, weight: 1, model: 'capacity' },
        stops: { enabled: false },
        sensors: { enabled: false },
        history: { enabled: true, weight: 1 },
      },
    });
    const shares = finalSharesByRegion(params, REPLICATES)[0]!;
    const summary = summarize(shares);
    // Kolmogorov–Smirnov at the 1% level: D < 1.628 / √n.
    expect(ksDistanceFromUniform(shares), 'Kolmogorov–Smirnov distance from Uniform(0, 1)').toBeLessThan(1.628 / Math.sqrt(REPLICATES));
    // Uniform(0, 1): mean 1/2 and sd 1/√12 = 0.2887; the sample sd has standard error
    // √((μ4 − σ⁴)/n)/(2σ) with μ4 = 1/80.
    const sdOfSd = Math.sqrt((1 / 80 - 1 / 144) / REPLICATES) / (2 / Math.sqrt(12));
    expectWithinErrors(summary.mean, 0.5, summary.se, 'mean limit share', 3);
    expectWithinErrors(summary.sd, 1 / Math.sqrt(12), sdOfSd, 'sd of the limit share', 3);
  });

  it('keeps the mean share at 1/2 but spreads the limit widely with Poisson additions, unlike reports only', () => {
    // papers.md §1.2 (i): with Poisson additions the share is still a martingale, so its mean
    // stays 1/2, and the limit is random rather than 1/2. A model whose share converged to 1/2
    // would have an sd of about √(1/4 / 600) ≈ 0.02 after 300 days at λ = 1 (≈ 600 records):
    // that is what the same urn fed by reports alone (no feedback) gives, as the control.
    const params = urnParams(equal(1), 300);
    const shares = summarize(finalSharesByRegion(params, REPLICATES)[0]!);
    expectWithinErrors(shares.mean, 0.5, shares.se, 'mean share with Poisson additions', 3);
    expect(shares.sd, 'sd of the share with Poisson additions').toBeGreaterThan(0.25);

    const reportsOnly = urnParams(equal(1), 300, {
      sources: {
        reports: { enabled: true, weight: 1, minorityRate: 1, majorityRate: 1 },
        discoveries: { enabled: false },
        stops: { enabled: false },
        sensors: { enabled: false },
        history: { enabled: true, weight: 1 },
      },
    });
    const control = summarize(finalSharesByRegion(reportsOnly, REPLICATES)[0]!);
    expectWithinErrors(control.mean, 0.5, control.se, 'mean share with reports only', 3);
    expect(control.sd, 'sd of the share with reports only').toBeLessThan(0.03);
  });
});
