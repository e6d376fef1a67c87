/**
 * Discovered plus reported incidents: Ensign et al.'s mixed urn. Reports (every incident, rate 1)
 * count w_r in every region every day; discoveries count w_d = 1 − w_r where the unit went. The
 * share converges to the root in (0, 1) of (c + d − a − b)x² + (a − 2c − d)x + c = 0 with
 * a = λ_A, b = w_r·λ_B, c = w_r·λ_A, d = λ_B (/work/shared/research/papers.md §1.1 and §1.2 (iii)).
 */
import { describe, expect, it } from 'vitest';
import { expectAboveByErrors, expectWithinErrors, finalSharesByRegion, summarize, urnParams } from './helpers.ts';

const LAMBDA_A = 3.68511; // Oakland Top1 (papers.md §1.4)
const LAMBDA_B = 2.816466; // Oakland Top2
const TRUE_SHARE = LAMBDA_A / (LAMBDA_A + LAMBDA_B); // 0.5668

/** The root in (0, 1) of the mixed urn's fixed-point quadratic (numpy.roots in Ensign's main.py). */
function mixedUrnLimit(discoveryWeight: number): number {
  const reportWeight = 1 - discoveryWeight;
  const [a, b, c, d] = [LAMBDA_A, reportWeight * LAMBDA_B, reportWeight * LAMBDA_A, LAMBDA_B];
  const qa = c + d - a - b;
  const qb = a - 2 * c - d;
  const root = Math.sqrt(qb * qb - 4 * qa * c);
  return [(-qb + root) / (2 * qa), (-qb - root) / (2 * qa)].find((x) => x > 0 && x < 1)!;
}

describe('discovered plus reported incidents', () => {
  it('uses the fixed-point roots tabulated in papers.md for the Oakland rates', () => {
    // papers.md §1.2 (iii), table of roots: w_d = 0.6 → 0.6143, 0.5 → 0.5989, 0.25 → 0.5777.
    expect(mixedUrnLimit(0.6)).toBeCloseTo(0.6143, 4);
    expect(mixedUrnLimit(0.5)).toBeCloseTo(0.5989, 4);
    expect(mixedUrnLimit(0.25)).toBeCloseTo(0.5777, 4);
  });

  // Only w_d ≤ 0.6: the share approaches the root like t^(−h) with h = −g'(x*)/m(x*) (g the drift
  // of the expected additions, m their total); h is 0.59, 0.68, 0.86 here but 0.29 at w_d = 0.9,
  // where 5,000 days still leave the mean 0.05 short of the root (stochastic approximation
  // converges at the usual 1/√t rate only when h > 1/2).
  it.each([0.6, 0.5, 0.25])('converge to the closed-form root, between the truth and 1, with discovery weight %s', (discoveryWeight) => {
    const params = urnParams([{ rate: LAMBDA_A, prior: 1 }, { rate: LAMBDA_B, prior: 1 }], 3000, {
      sources: {
        reports: { enabled: true, weight: 1 - discoveryWeight, minorityRate: 1, majorityRate: 1 },
        discoveries: { enabled: true, weight: discoveryWeight, findProbability: 1 },
        stops: { enabled: false },
        sensors: { enabled: false },
        history: { enabled: true, weight: 1 },
      },
    });
    const limit = mixedUrnLimit(discoveryWeight);
    const shares = summarize(finalSharesByRegion(params, 100)[0]!);
    expectWithinErrors(shares.mean, limit, shares.se, `share of A with w_d = ${discoveryWeight}`);
    // Reports attenuate the runaway but do not remove it: the limit sits above the true share.
    expectAboveByErrors(shares.mean, TRUE_SHARE, shares.se, 'share of A against the true share', 10);
  });
});
