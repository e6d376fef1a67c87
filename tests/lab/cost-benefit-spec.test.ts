/**
 * The cost-benefit chart's builder (src/lab/cost-benefit-spec.ts): two policies at one patrol
 * level become points whose marks sit at their numbers, split by group or not, with the rule's
 * pick ringed and named and marked in the table.
 */
import { describe, expect, it } from 'vitest';
import type { PolicyPoint } from '../../src/lab/cost-benefit.ts';
import { costBenefitChartSpec } from '../../src/lab/cost-benefit-spec.ts';
import { GROUP_COLORS, INK } from '../../src/components/charts/palettes.ts';

function point(key: string, label: string, corrected: boolean, found: number, minority: number, majority: number): PolicyPoint {
  return {
    key,
    variant: { id: key, label, policy: 'topK', hotspots: 20, corrected },
    units: 40,
    replicates: 2,
    foundPerDay: found,
    emptyStopsPerDay: 12.5,
    minorityEmptyPer1000: minority,
    majorityEmptyPer1000: majority,
    allEmptyPer1000: (minority + majority) / 2,
  };
}

const points = [point('topK20@40', 'Top 20 hotspots', false, 16.9, 127, 48), point('topK20c@40', 'Top 20 hotspots, corrected', true, 15.2, 90, 60)];

describe('costBenefitChartSpec', () => {
  it('puts a circle for minority and a square for majority residents at each policy, hollow when corrected', () => {
    const spec = costBenefitChartSpec(points, 'topK20@40', true, 'A sentence.');
    expect(spec.points.map((p) => p.x)).toEqual([16.9, 15.2]);
    expect(spec.points[0]!.marks).toEqual([
      { y: 127, shape: 'circle', color: GROUP_COLORS.minority, hollow: false },
      { y: 48, shape: 'square', color: GROUP_COLORS.majority, hollow: false },
    ]);
    expect(spec.points[1]!.marks.every((mark) => mark.hollow)).toBe(true);
    expect(spec.key).toHaveLength(3);
  });

  it('draws one mark for everyone when not split', () => {
    const spec = costBenefitChartSpec(points, '', false, 'A sentence.');
    expect(spec.points[1]!.marks).toEqual([{ y: 75, shape: 'circle', color: INK, hollow: true }]);
    expect(spec.chosen).toBeUndefined();
  });

  it('names the pick on the chart and marks its row in the table', () => {
    const spec = costBenefitChartSpec(points, 'topK20c@40', true, 'A sentence.');
    expect(spec.chosen).toEqual({ key: 'topK20c@40', label: 'Picked: Top 20 hotspots, corrected, 40 units' });
    expect(spec.table.rows.map((row) => row[row.length - 1])).toEqual(['', 'yes']);
    expect(spec.table.rows[0]!.slice(0, 3)).toEqual(['Top 20 hotspots', '40', '16.9']);
    expect(spec.summary).toBe('A sentence.');
  });
});
