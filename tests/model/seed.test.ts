/**
 * The seed's spec is schema data like the parameters': one range, read by every place that takes
 * a seed (controls, links, scenario files, presets, the worker, the CLI, the lab).
 */
import { describe, expect, it } from 'vitest';
import { isSeed, parseSeedText, SEED_SPEC } from '../../models/index.ts';

describe('the seed spec', () => {
  it('covers the whole numbers from 0 to 2^32 − 1', () => {
    expect(SEED_SPEC.min).toBe(0);
    expect(SEED_SPEC.max).toBe(2 ** 32 - 1);
    expect(SEED_SPEC.kind).toBe('integer');
  });

  it('accepts the ends of the range and refuses everything outside it', () => {
    for (const seed of [0, 1, 7, 2 ** 32 - 1]) expect(isSeed(seed)).toBe(true);
    for (const value of [-1, 2 ** 32, 2.5, Number.NaN, Number.POSITIVE_INFINITY, '7', null, undefined]) expect(isSeed(value)).toBe(false);
  });

  it('reads typed text, refusing blanks, fractions and words', () => {
    expect(parseSeedText(' 42 ')).toBe(42);
    expect(parseSeedText('4294967295')).toBe(4294967295);
    for (const text of ['', '   ', '2.5', 'seven', '-1', '4294967296']) expect(parseSeedText(text)).toBeNull();
  });
});
