/**
 * kthSmallest (models/deployment.ts) picks the hotspot threshold, the gym's top sites and the
 * person layer's list: whatever its pivots, it must return sorted(values)[k]. Checked on random
 * arrays with many ties and on lengths past 600, where the sampling step runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kthSmallest } from '../../models/deployment.ts';

describe('kthSmallest', () => {
  it('equals the k-th element of the sorted values, ties and long arrays included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 3000 }),
        fc.nat(),
        (list, pick) => {
          const values = Float64Array.from(list, (value) => value + 0);
          const k = pick % values.length;
          const sorted = Float64Array.from(values).sort();
          expect(kthSmallest(values, k, values.length)).toBe(sorted[k]);
        },
      ),
      { seed: 20261206, numRuns: 400 },
    );
  });

  it('selects within a prefix and keeps the multiset of values', () => {
    const values = Float64Array.from({ length: 5000 }, (_, i) => (i * 7919) % 1013);
    const before = Float64Array.from(values.subarray(0, 4000)).sort();
    expect(kthSmallest(values, 3500, 4000)).toBe(before[3500]);
    expect(Float64Array.from(values.subarray(0, 4000)).sort()).toEqual(before);
    expect(values.subarray(4000)).toEqual(Float64Array.from({ length: 1000 }, (_, i) => ((i + 4000) * 7919) % 1013));
  });
});
