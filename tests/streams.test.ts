/**
 * The model's random streams are seedrandom's xor128: RandomStream seeds from seedrandom and
 * steps the same recurrence in a class (so V8 can inline it), and must give the same draws.
 */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { createStream, STREAM_NAMES, streamSeedText } from '../models/index.ts';

describe('random streams', () => {
  it('draw exactly the numbers of seedrandom.xor128 for the same seed text', () => {
    for (const name of STREAM_NAMES) {
      const ours = createStream(2024, name);
      const reference = seedrandom.xor128(streamSeedText(2024, name));
      for (let i = 0; i < 100_000; i++) {
        const expected = reference();
        const actual = ours.next();
        if (actual !== expected) expect({ name, i, actual }).toEqual({ name, i, actual: expected });
      }
    }
  });

  it('give every process of a run its own stream', () => {
    const firstDraws = STREAM_NAMES.map((name) => createStream(1, name).next());
    expect(new Set(firstDraws).size).toBe(STREAM_NAMES.length);
    expect(createStream(1, 'truth').next()).not.toBe(createStream(2, 'truth').next());
  });
});
