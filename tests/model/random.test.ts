/**
 * The samplers of models/random.ts against their distributions: every draw of the model goes
 * through them, so a biased sampler would bias every other test. Each check uses 4 standard
 * errors (a false alarm about once in 16,000 per check) with fixed seeds, so the suite is
 * deterministic and a sampler off by a fraction of a percent fails.
 */
import { describe, expect, it } from 'vitest';
import { bernoulliInversionCount, binomial, binomialAnyTrials, createStream, expNeg, poisson, POISSON_INVERSION_LIMIT, STREAM_NAMES } from '../../models/random.ts';
import { summarize } from './helpers.ts';

const DRAWS = 100_000;
const Z = 4;

function draws(count: number, draw: () => number): number[] {
  return Array.from({ length: count }, draw);
}

/**
 * Allowed |s² − σ²| for DRAWS draws: Z standard deviations of the sample variance, whose variance
 * is (μ4 − σ⁴)/n to first order, plus the second-order term Z²σ²/n from the estimated mean (the
 * whole error when μ4 = σ⁴, as for a fair coin).
 */
function varianceTolerance(variance: number, fourthMoment: number): number {
  return Z * Math.sqrt((fourthMoment - variance * variance) / DRAWS) + (Z * Z * variance) / DRAWS;
}

/** log k! by summation (exact enough for the pmf of the goodness-of-fit checks). */
function logFactorial(k: number): number {
  let total = 0;
  for (let j = 2; j <= k; j++) total += Math.log(j);
  return total;
}

/**
 * Pearson's chi-square of integer draws against a pmf, over the values whose expected count is
 * at least 5, with both tails lumped into one cell each; returns the statistic and its degrees
 * of freedom (cells − 1).
 */
function chiSquare(values: number[], pmf: (k: number) => number): { statistic: number; degrees: number } {
  const n = values.length;
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let mode = 0;
  while (pmf(mode + 1) > pmf(mode)) mode++;
  let low = mode;
  while (low > 0 && n * pmf(low - 1) >= 5) low--;
  let high = mode;
  while (n * pmf(high + 1) >= 5) high++;
  let statistic = 0;
  let lowTail = 0;
  for (let k = 0; k < low; k++) lowTail += pmf(k);
  let observedLow = 0;
  let observedHigh = 0;
  let inside = 0;
  for (const [k, count] of counts) {
    if (k < low) observedLow += count;
    else if (k > high) observedHigh += count;
  }
  const cells: [number, number][] = [];
  if (low > 0) cells.push([observedLow, n * lowTail]);
  for (let k = low; k <= high; k++) {
    inside += pmf(k);
    cells.push([counts.get(k) ?? 0, n * pmf(k)]);
  }
  cells.push([observedHigh, n * (1 - lowTail - inside)]);
  for (const [observed, expected] of cells) statistic += (observed - expected) ** 2 / expected;
  return { statistic, degrees: cells.length - 1 };
}

/** Upper 0.1% point of chi-square with `degrees` degrees of freedom (Wilson–Hilferty; z = 3.0902). */
function chiSquareCritical999(degrees: number): number {
  const h = 2 / (9 * degrees);
  return degrees * (1 - h + 3.0902 * Math.sqrt(h)) ** 3;
}

describe('poisson sampler', () => {
  // Below POISSON_INVERSION_LIMIT (30) the sampler inverts the cdf; from 30 up it uses PTRS.
  const inversionMeans = [0.05, 0.7, 4, 12, 29.5];
  const ptrsMeans = [30, 75, 400, 5000];

  it.each([...inversionMeans, ...ptrsMeans])('has mean and variance equal to its mean %s (inversion below 30, PTRS above)', (lambda) => {
    const stream = createStream(11, 'truth');
    const sample = summarize(draws(DRAWS, () => poisson(stream, lambda)));
    // Poisson(λ): mean λ, variance λ, fourth central moment λ + 3λ².
    expect(Math.abs(sample.mean - lambda)).toBeLessThan(Z * Math.sqrt(lambda / DRAWS));
    expect(Math.abs(sample.sd ** 2 - lambda)).toBeLessThan(varianceTolerance(lambda, lambda + 3 * lambda * lambda));
  });

  // A million draws: enough to see a PTRS whose quick-acceptance bound is 0.1 too generous
  // (total variation 0.0065 at mean 200), which the moment checks above cannot.
  it.each([4, 50, 200])('matches the Poisson(%s) probabilities in a chi-square test', (lambda) => {
    const stream = createStream(12, 'truth');
    const values = draws(1_000_000, () => poisson(stream, lambda));
    const { statistic, degrees } = chiSquare(values, (k) => Math.exp(-lambda + k * Math.log(lambda) - logFactorial(k)));
    expect(statistic).toBeLessThan(chiSquareCritical999(degrees));
  });

  it('switches to rejection sampling at mean 30', () => {
    expect(POISSON_INVERSION_LIMIT).toBe(30);
  });

  it('uses exactly one uniform per draw below mean 30, so streams stay aligned between scenarios', () => {
    // binomial(·, 1, p) consumes exactly one uniform; after as many inversion draws as
    // Bernoulli draws, both streams must be at the same position and agree from then on.
    const a = createStream(13, 'truth');
    const b = createStream(13, 'truth');
    for (let i = 0; i < 1000; i++) {
      poisson(a, 0.1 + (i % 29));
      binomial(b, 1, 0.5);
    }
    expect(draws(50, () => poisson(a, 3))).toEqual(draws(50, () => poisson(b, 3)));
  });

  it('returns 0 for a mean of 0, a negative mean or NaN', () => {
    const stream = createStream(14, 'truth');
    expect([poisson(stream, 0), poisson(stream, -1), poisson(stream, NaN)]).toEqual([0, 0, 0]);
  });
});

describe('binomial sampler', () => {
  it.each([
    [1, 0.5],
    [7, 0.02],
    [10, 0.3],
    [50, 0.9],
  ])('Binomial(%s, %s) has mean np and variance np(1 − p)', (trials, p) => {
    const stream = createStream(21, 'corrections');
    const sample = summarize(draws(DRAWS, () => binomial(stream, trials, p)));
    const variance = trials * p * (1 - p);
    // Fourth central moment of a binomial: μ4 = npq(1 + 3(n − 2)pq).
    const fourth = variance * (1 + 3 * (trials - 2) * p * (1 - p));
    expect(Math.abs(sample.mean - trials * p)).toBeLessThan(Z * Math.sqrt(variance / DRAWS));
    expect(Math.abs(sample.sd ** 2 - variance)).toBeLessThan(varianceTolerance(variance, fourth));
  });

  it('is exact at the edges: no trials, p = 0, p = 1', () => {
    const stream = createStream(22, 'corrections');
    expect([binomial(stream, 0, 0.5), binomial(stream, 9, 0), binomial(stream, 9, 1), binomial(stream, 9, NaN)]).toEqual([0, 0, 9, 0]);
  });
});

describe('one-trial binomial (the sampling policy dispatching one unit)', () => {
  /** binomialAnyTrials' inversion for one trial as it was written before the shortcut: the reference. */
  function referenceCount(u: number, p: number): number {
    const flip = p > 0.5;
    const q = flip ? 1 - p : p;
    const k = u < expNeg(-1 * Math.log1p(-q)) ? 0 : 1;
    return flip ? 1 - k : k;
  }

  it('decides every uniform as the full inversion does, including the uniforms next to the threshold', () => {
    const stream = createStream(31, 'dispatch');
    const probabilities = [1e-12, 1e-6, 0.001, 0.25, 0.5, 0.5000000001, 0.75, 0.999, 1 - 1e-9, ...draws(2000, () => stream.next())];
    let checked = 0;
    for (const p of probabilities) {
      if (!(p > 0 && p < 1)) continue;
      const q = p > 0.5 ? 1 - p : p;
      // Uniforms are multiples of 2^-32: every one within 64 steps of 1 − q, and of the exact threshold.
      for (const centre of [1 - q, expNeg(-Math.log1p(-q))]) {
        const base = Math.floor(centre * 2 ** 32);
        for (let step = -64; step <= 64; step++) {
          const u = (base + step) / 2 ** 32;
          if (u < 0 || u >= 1) continue;
          expect(bernoulliInversionCount(u, p)).toBe(referenceCount(u, p));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(400_000);
  });

  it('is what binomialAnyTrials draws for one trial, uniform for uniform', () => {
    const a = createStream(32, 'dispatch');
    const b = createStream(32, 'dispatch');
    for (let i = 0; i < 10_000; i++) {
      const p = (i % 997) / 997 + 1e-4;
      expect(binomialAnyTrials(a, 1, p)).toBe(referenceCount(b.next(), Math.min(p, 1)));
    }
  });
});

describe('expNeg', () => {
  it('matches Math.exp(−x) to 1e-12 relative on [0, 64)', () => {
    let worst = 0;
    // A fine grid plus points just below every table knot (where the polynomial works hardest).
    for (let j = 0; j < 64 * 256; j++) {
      for (const x of [j / 256, (j + 0.5) / 256, (j + 1) / 256 - 1e-12]) {
        if (x >= 64) continue;
        worst = Math.max(worst, Math.abs(expNeg(x) / Math.exp(-x) - 1));
      }
    }
    expect(worst).toBeLessThan(1e-12);
  });

  it('is 1 at 0 and 0 from 64 on (where exp(−x) < 1.7e-28)', () => {
    expect(expNeg(0)).toBe(1);
    expect(expNeg(64)).toBe(0);
    expect(expNeg(Infinity)).toBe(0);
    expect(Math.exp(-64)).toBeLessThan(1.7e-28);
  });
});

describe('random streams', () => {
  const sequence = (seed: number, name: (typeof STREAM_NAMES)[number]) => {
    const stream = createStream(seed, name);
    return draws(200, () => poisson(stream, 10));
  };

  it('give the same draws for the same seed and name', () => {
    expect(sequence(7, 'truth')).toEqual(sequence(7, 'truth'));
  });

  it('give different draws for different stream names of one seed', () => {
    const streams = STREAM_NAMES.map((name) => sequence(7, name).join(','));
    expect(new Set(streams).size).toBe(STREAM_NAMES.length);
  });

  it('give different draws for different seeds', () => {
    expect(sequence(7, 'truth')).not.toEqual(sequence(8, 'truth'));
  });
});
