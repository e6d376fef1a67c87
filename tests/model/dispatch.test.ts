/**
 * The sampling policy's multinomial draw: binomialAnyTrials against the binomial distribution's
 * mean and variance (n·p and n·p·(1 − p), from theory) on both sides of the inversion/BTRS switch,
 * the number of uniforms it consumes (bounded whatever n), and the policy's units (whole, summing
 * to P, shares matching the expected ones).
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, advance, validateParams } from '../../models/index.ts';
import { binomialAnyTrials, RandomStream } from '../../models/random.ts';
import { expectWithinErrors, summarize } from './helpers.ts';

/** A stream that counts the uniforms it hands out. */
class CountingStream extends RandomStream {
  count = 0;
  override next(): number {
    this.count++;
    return super.next();
  }
}

describe('binomialAnyTrials', () => {
  it.each([
    [1, 0.3],
    [1, 0.8],
    [12, 0.5],
    [40, 0.2],
    [1000, 0.01],
    [1000, 0.5],
    [100_000, 0.3],
    [100_000, 0.99995],
  ])('Binomial(%i, %f) has mean n·p and variance n·p·(1 − p)', (n, p) => {
    const rng = new RandomStream(`binomial:${n}:${p}`);
    const values = Array.from({ length: 40_000 }, () => binomialAnyTrials(rng, n, p));
    const summary = summarize(values);
    const variance = n * p * (1 - p);
    expectWithinErrors(summary.mean, n * p, Math.sqrt(variance / values.length), `mean of Binomial(${n}, ${p})`);
    // Sample variance within 4 standard errors: Var(s²) ≈ (μ4 − σ⁴)/m, with μ4 = σ²(1 + 3(n − 2)pq) for a binomial.
    const fourth = variance * (1 + 3 * (n - 2) * p * (1 - p));
    expectWithinErrors(summary.sd ** 2, variance, Math.sqrt(Math.max(fourth - variance * variance, variance) / values.length), `variance of Binomial(${n}, ${p})`);
    expect(values.every((k) => Number.isInteger(k) && k >= 0 && k <= n)).toBe(true);
  });

  it('uses a bounded number of uniforms per draw, whatever the number of trials', () => {
    for (const n of [10, 1_000, 100_000]) {
      const rng = new CountingStream(`count:${n}`);
      for (let draw = 0; draw < 2_000; draw++) binomialAnyTrials(rng, n, 0.4);
      // BTRS accepts about 85% of pairs; inversion takes one uniform.
      expect(rng.count / 2_000, `uniforms per draw at n = ${n}`).toBeLessThan(3);
    }
  });

  it('returns 0 or n at the ends and for empty trials', () => {
    const rng = new RandomStream('ends');
    expect(binomialAnyTrials(rng, 100, 0)).toBe(0);
    expect(binomialAnyTrials(rng, 100, 1)).toBe(100);
    expect(binomialAnyTrials(rng, 0, 0.5)).toBe(0);
  });
});

describe('the sampling policy', () => {
  it('sends whole units that sum to P every day, with 100,000 units, in shares near the expected ones', () => {
    const params = validateParams({
      days: 200,
      city: { columns: 5, rows: 4 },
      sources: { stops: { enabled: false } },
      deployment: { units: 100_000, policy: 'sample' },
    });
    const sim = createSimulation(params, 3);
    advance(sim, params.days);
    const { patrols } = sim.history;
    const size = sim.city.size;
    for (let day = 0; day < params.days; day++) {
      let total = 0;
      for (let i = 0; i < size; i++) {
        const units = patrols[day * size + i]!;
        expect(Number.isInteger(units)).toBe(true);
        total += units;
      }
      expect(total).toBe(100_000);
    }
    // The last day's draw against that day's expected units: each count is Binomial(P, share).
    const expected = sim.deployment.expected;
    for (let i = 0; i < size; i++) {
      const share = expected[i]! / 100_000;
      const drawn = patrols[(params.days - 1) * size + i]!;
      expectWithinErrors(drawn, expected[i]!, Math.sqrt(100_000 * share * (1 - share)) + 1e-9, `units in neighborhood ${i}`, 5);
    }
  });
});
