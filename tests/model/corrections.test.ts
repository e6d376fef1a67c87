/**
 * The corrections that filter patrol-driven records by how likely police were to be there.
 * Ensign et al.'s rule keeps a discovery in region i with probability (1 − p_i)/max_j(1 − p_j);
 * inverse-propensity filtering keeps it with probability min_j p_j / p_i. Expected values come
 * from /work/shared/research/papers.md §1.2 (iv) and its "more than two regions" caveat.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../models/index.ts';
import { expectAboveByErrors, expectWithinErrors, finalSharesByRegion, summarize, urnParams, type UrnRegion } from './helpers.ts';

const OAKLAND: UrnRegion[] = [
  // Top1 and Top2 daily drug use with Ensign et al.'s weak prior (papers.md §1.4).
  { rate: 3.68511, prior: 6.09 },
  { rate: 2.816466, prior: 3.79 },
];
const OAKLAND_TRUE_SHARE = 3.68511 / (3.68511 + 2.816466); // 0.5668

const THREE_REGIONS: UrnRegion[] = [
  { rate: 0.3, prior: 1 },
  { rate: 0.2, prior: 1 },
  { rate: 0.1, prior: 1 },
];
const THREE_TRUE_SHARES = [0.5, 1 / 3, 1 / 6];

/**
 * The urn's expected-value recursion (the ODE of stochastic approximation): each day region i
 * gains λ_i·p_i·keep_i records, with p_i its share. Under Ensign's rule keep_i =
 * (1 − p_i)/max_j(1 − p_j), whose fixed point solves λ_i(1 − x_i) = const, clipped at 0.
 */
function ensignMeanField(regions: readonly UrnRegion[], days: number): number[] {
  const records = regions.map((region) => region.prior);
  for (let t = 0; t < days; t++) {
    const total = records.reduce((sum, n) => sum + n, 0);
    const shares = records.map((n) => n / total);
    const maxMiss = Math.max(...shares.map((p) => 1 - p));
    shares.forEach((p, i) => (records[i]! += regions[i]!.rate * p * ((1 - p) / maxMiss)));
  }
  const total = records.reduce((sum, n) => sum + n, 0);
  return records.map((n) => n / total);
}

describe('Ensign correction', () => {
  it('learns λ_A / (λ_A + λ_B) for two regions (Oakland Top1 vs Top2), where the plain urn runs away', () => {
    // papers.md §1.2 (iv): for two regions 1 − p_A = p_B, so the expected kept additions are
    // p_A·λ_A·p_B/M and p_B·λ_B·p_A/M, and the urn's share converges to λ_A/(λ_A + λ_B) = 0.5668.
    // With exploration ε (as in presets/the-correction.json) the patrol share is then
    // (1 − ε)·0.5668 + ε/2.
    const epsilon = 0.05;
    const deployment = { units: 1, policy: 'sample' as const, exploration: epsilon };
    const corrected = urnParams(OAKLAND, 2000, { deployment, corrections: { ensign: true } });
    const uncorrected = urnParams(OAKLAND, 2000, { deployment });
    const urnShares: number[] = [];
    const patrolShares: number[] = [];
    const runawayShares: number[] = [];
    for (let seed = 1; seed <= 100; seed++) {
      const { metrics } = simulate(corrected, seed);
      urnShares.push(metrics.finalRiskShare[0]!);
      patrolShares.push(metrics.tailPatrolShare[0]!);
      runawayShares.push(simulate(uncorrected, seed).metrics.finalRiskShare[0]!);
    }
    const urn = summarize(urnShares);
    const patrols = summarize(patrolShares);
    const runaway = summarize(runawayShares);
    expectWithinErrors(urn.mean, OAKLAND_TRUE_SHARE, urn.se, 'corrected urn share of A', 3);
    expect(urn.sd, 'sd of the corrected urn share').toBeLessThan(0.03);
    expectWithinErrors(patrols.mean, (1 - epsilon) * OAKLAND_TRUE_SHARE + epsilon / 2, patrols.se, 'corrected patrol share of A', 3);
    // Control: the same urn without the correction ends far above the truth (papers.md §1.4).
    expectAboveByErrors(runaway.mean, OAKLAND_TRUE_SHARE, runaway.se, 'uncorrected urn share of A', 10);
  });

  it('does not learn the true shares for three regions: it starves the lowest-rate region', () => {
    // papers.md, "Caveat for more than two regions": with λ = (0.3, 0.2, 0.1) the rule's fixed
    // point solves λ_i(1 − x_i) = const clipped at 0, i.e. (0.6, 0.4, 0), not the truth
    // (0.5, 0.333, 0.167); simulated shares were (0.592, 0.376, 0.032) at T = 50,000. The
    // expected-value recursion reproduces those numbers and predicts the shares at 5,000 days.
    const atPaperHorizon = ensignMeanField(THREE_REGIONS, 50_000);
    [0.592, 0.376, 0.032].forEach((share, i) => expect(atPaperHorizon[i], `region ${i} at T = 50,000`).toBeCloseTo(share, 2));

    const days = 5000;
    const predicted = ensignMeanField(THREE_REGIONS, days);
    const shares = finalSharesByRegion(urnParams(THREE_REGIONS, days, { corrections: { ensign: true } }), 100).map(summarize);
    shares.forEach((share, i) => expectWithinErrors(share.mean, predicted[i]!, share.se, `Ensign-corrected share of region ${i}`));
    // Far from the truth: region C gets about a third of its true share, region A too much.
    expectAboveByErrors(THREE_TRUE_SHARES[2]!, shares[2]!.mean, shares[2]!.se, 'true share of C against its corrected share', 20);
    expectAboveByErrors(shares[0]!.mean, THREE_TRUE_SHARES[0]!, shares[0]!.se, 'corrected share of A against its true share', 20);
  });
});

describe('inverse-propensity filtering', () => {
  it('learns λ_i / Σλ for three regions, where the Ensign correction does not', () => {
    // papers.md, same caveat: keeping a discovery in i with probability min_j p_j / p_i makes
    // the expected kept additions p_i·λ_i·min_j p_j / p_i = λ_i·min_j p_j, proportional to λ_i
    // whatever the propensities are, so the shares converge to (0.5, 0.333, 0.167); the note's
    // run gave (0.5004, 0.3332, 0.1664). Exploration ε = 0.1 keeps every propensity at least
    // ε/3 = 0.033, so the kept fraction (and the learning rate) never collapses; it does not
    // move the fixed point, because the filter uses the propensities actually used.
    const params = urnParams(THREE_REGIONS, 5000, {
      deployment: { units: 1, policy: 'sample', exploration: 0.1 },
      corrections: { inversePropensity: true },
    });
    const shares = finalSharesByRegion(params, 100).map(summarize);
    shares.forEach((share, i) => expectWithinErrors(share.mean, THREE_TRUE_SHARES[i]!, share.se, `filtered share of region ${i}`, 3));
  });
});
