/**
 * The utilitarian rule: its pick at a weight, the weights where the pick changes (the upper
 * envelope of the lines found − w × empty), and the policy grid it compares.
 */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { validateParams } from '../../models/index.ts';
import {
  chooseByUtility,
  choiceSegments,
  POLICY_VARIANTS,
  utility,
  variantParams,
  type PolicyPoint,
} from '../../src/lab/cost-benefit.ts';

function point(key: string, foundPerDay: number, emptyStopsPerDay: number): PolicyPoint {
  return {
    key,
    variant: POLICY_VARIANTS[0]!,
    units: 40,
    replicates: 1,
    foundPerDay,
    emptyStopsPerDay,
    minorityEmptyPer1000: 0,
    majorityEmptyPer1000: 0,
    allEmptyPer1000: 0,
  };
}

describe('utilitarian choice', () => {
  // Three policies: more patrols find more and stop more people without cause.
  const low = point('low', 5, 20);
  const middle = point('middle', 9, 40);
  const high = point('high', 12, 80);
  const dominated = point('dominated', 6, 70);
  const points = [high, dominated, middle, low];

  it('picks the highest score found − weight × stops without a hit', () => {
    expect(utility(middle, 0.1)).toBeCloseTo(5);
    expect(chooseByUtility(points, 0)?.key).toBe('high');
    expect(chooseByUtility(points, 0.1)?.key).toBe('middle');
    expect(chooseByUtility(points, 1)?.key).toBe('low');
  });

  it('changes its pick where the lines cross', () => {
    // high and middle cross at (12 − 9) / (80 − 40) = 0.075; middle and low at (9 − 5) / (40 − 20) = 0.2.
    const segments = choiceSegments(points, 1);
    expect(segments.map((s) => s.point.key)).toEqual(['high', 'middle', 'low']);
    expect(segments[1]!.from).toBeCloseTo(0.075, 12);
    expect(segments[2]!.from).toBeCloseTo(0.2, 12);
    expect(segments[2]!.to).toBe(1);
    // On a tie the rule takes the policy with fewer stops without a hit: the one that wins beyond it.
    expect(chooseByUtility(points, 0.075)?.key).toBe('middle');
  });

  it('agrees with the pick at every weight, for random policies', () => {
    const random = seedrandom('envelope');
    for (let trial = 0; trial < 50; trial++) {
      const cloud = Array.from({ length: 12 }, (_, k) => point(`p${k}`, random() * 30, random() * 200));
      const segments = choiceSegments(cloud, 2);
      expect(segments[0]!.from).toBe(0);
      expect(segments[segments.length - 1]!.to).toBe(2);
      for (const segment of segments) {
        const inside = (segment.from + segment.to) / 2;
        expect(chooseByUtility(cloud, inside)?.key).toBe(segment.point.key);
      }
      // The pick never moves to more stops without a hit as the weight grows.
      for (let k = 1; k < segments.length; k++) expect(segments[k]!.point.emptyStopsPerDay).toBeLessThan(segments[k - 1]!.point.emptyStopsPerDay);
    }
  });

  it('compares six policies, each but uniform also corrected', () => {
    expect(POLICY_VARIANTS.map((v) => v.id)).toEqual([
      'sample', 'sample+ipw', 'proportional', 'proportional+ipw', 'topK10', 'topK10+ipw', 'topK20', 'topK20+ipw', 'topK50', 'topK50+ipw', 'uniform',
    ]);
    const base = validateParams({ deployment: { exploration: 0.02 } });
    const corrected = variantParams(base, POLICY_VARIANTS.find((v) => v.id === 'topK50+ipw')!, 80);
    expect(corrected.deployment).toMatchObject({ policy: 'topK', hotspots: 50, units: 80, exploration: 0.1 });
    expect(corrected.corrections.inversePropensity).toBe(true);
    const plain = variantParams(base, POLICY_VARIANTS.find((v) => v.id === 'uniform')!, 20);
    expect(plain.deployment).toMatchObject({ policy: 'uniform', units: 20, exploration: 0.02 });
    expect(plain.corrections.inversePropensity).toBe(false);
  });
});
