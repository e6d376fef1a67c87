/**
 * The sentence of the replicates view: how many runs were above parity, with the median and the
 * band (the statistics themselves are tested in tests/model/ensemble.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { RunMetrics } from '../../models/index.ts';
import { countPhrase, replicateSentence } from '../../src/lab/replicate-stats.ts';

function metricsWithRatio(ratio: number): RunMetrics {
  return { tailDays: 37, minorityQuarter: { disparityRatio: ratio } } as unknown as RunMetrics;
}

describe('the replicates sentence', () => {
  it('count the runs above parity in the sentence, with the median and the band', () => {
    const ratios = [0.9, 1.2, 1.4, 1.6, 1.8, 2.0, 2.2, 2.4, 2.6, 3.0];
    const sentence = replicateSentence(ratios.map(metricsWithRatio));
    expect(sentence).toBe(
      'In 9 of 10 runs the most-minority quarter received more than its share of true crime in patrols over the last 37 days; ' +
        'median 1.9 times its share (90% of runs between 1 and 2.8).',
    );
    expect(replicateSentence([1.5, 2].map(metricsWithRatio))).toMatch(/^In all 2 runs/);
    expect(replicateSentence([0.5, 1].map(metricsWithRatio))).toMatch(/^In none of the 2 runs/);
    expect(countPhrase(47, 50)).toBe('47 of 50');
  });
});
