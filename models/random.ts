/**
 * Seeded random streams and exact samplers for the day loop.
 *
 * Every random process of the model (true incidents, reports, discoveries, stops, sensors,
 * history, dispatch, corrections) draws from its own named stream derived from the run seed,
 * so two runs that differ only in policy see the same true incidents (common random numbers).
 * Samplers use only +, -, *, / and V8's Math functions, so Node and Chromium give the same bits.
 */
import xor128 from 'seedrandom/lib/xor128.js';

/**
 * A stream of uniforms on [0, 1): seedrandom's xor128 generator, seeded by seedrandom and stepped
 * here with the same arithmetic, so every draw is exactly seedrandom's xor128 output. Stepping it
 * in a class with Int32Array state (instead of calling seedrandom's per-instance closures) keeps
 * call sites monomorphic: V8 inlines next() and never boxes the 32-bit state, so the day loop
 * allocates nothing (see /work/shared/research/perf.md, pitfall 3).
 */
export class RandomStream {
  private readonly state: Int32Array;

  constructor(seedText: string) {
    const seeded = xor128(seedText, { state: true }) as unknown as { state(): { x: number; y: number; z: number; w: number } };
    const { x, y, z, w } = seeded.state();
    this.state = Int32Array.of(x, y, z, w);
  }

  /** The next uniform on [0, 1), with 32 random bits. */
  next(): number {
    const s = this.state;
    const x = s[0]!;
    const t = x ^ (x << 11);
    s[0] = s[1]!;
    s[1] = s[2]!;
    const w = s[3]!;
    s[2] = w;
    const nextW = w ^ (w >>> 19) ^ t ^ (t >>> 8);
    s[3] = nextW;
    return (nextW >>> 0) / 0x100000000;
  }
}

/** A source of uniforms on [0, 1); every sampler takes one. */
export type Uniform = RandomStream;

/** The named random processes of one run; each has an independent stream. */
export const STREAM_NAMES = [
  'city',
  'truth',
  'reports',
  'discoveries',
  'stops',
  'sensors',
  'history',
  'dispatch',
  'corrections',
  'decay',
  // The person-level layer (models/people/): its own streams, so place-level draws never move.
  'residents',
  'contacts',
  'offenses',
  'list',
] as const;
export type StreamName = (typeof STREAM_NAMES)[number];

/** Creates the uniform stream `name` of the run with this seed (xorshift128, 32-bit uniforms). */
export function createStream(seed: number, name: StreamName): RandomStream {
  return new RandomStream(streamSeedText(seed, name));
}

/** The seedrandom seed text of a stream: `seedrandom.xor128(streamSeedText(...))` gives the same draws. */
export function streamSeedText(seed: number, name: StreamName): string {
  return `runaway:${seed}:${name}`;
}

// exp(-x) for 0 <= x < 64 from a table and a 4th-order polynomial: only + and *, so it is
// bit-identical in every JavaScript engine (max relative error 3.7e-13 against Math.exp).
const EXP_STEP = 0.9961013694701175; // exp(-1/256)
const EXP_TABLE = new Float64Array(64 * 256 + 2);
EXP_TABLE[0] = 1;
for (let m = 1; m < EXP_TABLE.length; m++) EXP_TABLE[m] = EXP_TABLE[m - 1]! * EXP_STEP;

/** exp(-x) for x >= 0; returns 0 beyond x = 64 (below 1.7e-28, irrelevant for a probability). */
export function expNeg(x: number): number {
  if (!(x < 64)) return 0;
  if (x <= 0) return 1;
  const y = x * 256;
  const m = y | 0;
  const r = (y - m) * 0.00390625;
  return EXP_TABLE[m]! * (1 - r * (1 - r * (0.5 - r * (0.16666666666666666 - r * 0.041666666666666664))));
}

/** Above this mean, Poisson draws switch from inversion to Hörmann's PTRS rejection sampler. */
export const POISSON_INVERSION_LIMIT = 30;

/**
 * Poisson(mean) by sequential inversion: exactly one uniform per draw below mean 30, so a
 * change in one neighborhood's rate does not shift any other neighborhood's draws.
 */
export function poisson(rng: Uniform, mean: number): number {
  if (!(mean > 0)) return 0;
  if (mean >= POISSON_INVERSION_LIMIT) return poissonPtrs(rng, mean);
  return poissonInversion(rng, mean, expNeg(mean));
}

/** Poisson(mean) by inversion for 0 < mean < 30, with exp(−mean) supplied by the caller. */
export function poissonInversion(rng: Uniform, mean: number, expNegMean: number): number {
  const u = rng.next();
  let p = expNegMean;
  let cumulative = p;
  let k = 0;
  // The cap guards against rounding leaving `cumulative` a hair below u near 1.
  while (u >= cumulative && k < 200) {
    k++;
    p *= mean / k;
    cumulative += p;
  }
  return k;
}

const LOG_FACTORIAL_TABLE = new Float64Array(256);
for (let k = 2; k < 256; k++) LOG_FACTORIAL_TABLE[k] = LOG_FACTORIAL_TABLE[k - 1]! + Math.log(k);

function logFactorial(k: number): number {
  if (k < 256) return LOG_FACTORIAL_TABLE[k]!;
  // Stirling series; accurate to ~1e-12 for k >= 256.
  const x = k + 1;
  return (x - 0.5) * Math.log(x) - x + 0.9189385332046728 + 1 / (12 * x) - 1 / (360 * x * x * x);
}

/** Poisson(mean) by PTRS (Hörmann 1993, the variant numpy uses); valid for mean >= 10, used from 30. */
export function poissonPtrs(rng: Uniform, mean: number): number {
  const sqrtMean = Math.sqrt(mean);
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * sqrtMean;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng.next() - 0.5;
    const v = rng.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -mean + k * logMean - logFactorial(k)) {
      return k;
    }
  }
}

/**
 * Binomial(trials, p) as a branch-free sum of Bernoulli draws: floor(u - p) is -1 exactly when
 * u < p. Trials here are small daily counts, where this is the fastest exact method; its cost is
 * linear in trials, like the per-incident work the trials stand for.
 */
export function binomial(rng: Uniform, trials: number, p: number): number {
  if (trials <= 0 || !(p > 0)) return 0;
  if (p >= 1) return trials;
  let count = 0;
  for (let i = 0; i < trials; i++) count -= Math.floor(rng.next() - p);
  return count;
}

/** Below this mean n·min(p, 1 − p), binomialAnyTrials inverts the distribution; from it on, BTRS. */
export const BINOMIAL_INVERSION_LIMIT = 10;

/**
 * Binomial(trials, p) in time independent of trials, for counts that can be large (the dispatch
 * multinomial draws up to 100,000 patrol units). With the smaller tail's mean n·min(p, 1 − p)
 * below 10 it inverts the distribution with one uniform (at most about 10 steps on average);
 * above, it uses Hörmann's BTRS rejection sampler (1993), about 1.2 pairs of uniforms per draw.
 * `binomial` above stays the per-trial sampler for the day loop's small counts (aligned draws).
 */
export function binomialAnyTrials(rng: Uniform, trials: number, p: number): number {
  if (trials <= 0 || !(p > 0)) return 0;
  if (p >= 1) return trials;
  if (trials === 1) return bernoulliByInversion(rng, p);
  const flip = p > 0.5;
  const q = flip ? 1 - p : p;
  const k = trials * q < BINOMIAL_INVERSION_LIMIT ? binomialInversion(rng, trials, q) : binomialBtrs(rng, trials, q);
  return flip ? trials - k : k;
}

/**
 * Binomial(1, p) for 0 < p < 1, exactly as binomialAnyTrials' inversion draws it (one uniform):
 * with q = min(p, 1 − p), the count is 0 when u < (1 − q)^1 as expNeg(−log1p(−q)) computes it.
 * That threshold is within 1e-12 of 1 − q (expNeg's relative error is below 4e-13, log1p's and
 * the subtraction's a few units in the last place), so only a uniform closer than 1e-9 to 1 − q
 * needs it computed; every other uniform is decided by 1 − q alone, skipping log1p and expNeg.
 * Ensign's urn sends one unit a day, so this is its whole dispatch.
 */
function bernoulliByInversion(rng: Uniform, p: number): number {
  return bernoulliInversionCount(rng.next(), p);
}

/** The count bernoulliByInversion draws for the uniform `u` (exported for the test of its exactness). */
export function bernoulliInversionCount(u: number, p: number): number {
  const flip = p > 0.5;
  const q = flip ? 1 - p : p;
  const approximate = 1 - q;
  const below = Math.abs(u - approximate) > 1e-9 ? u < approximate : u < expNeg(-Math.log1p(-q));
  const k = below ? 0 : 1;
  return flip ? 1 - k : k;
}

/** Binomial(n, p) for p <= 0.5 and n·p < 10 by sequential inversion (one uniform). */
function binomialInversion(rng: Uniform, n: number, p: number): number {
  const u = rng.next();
  const odds = p / (1 - p);
  // (1 − p)^n; its exponent n·(−log(1 − p)) is below 2·n·p < 20 here, within expNeg's table.
  let probability = expNeg(-n * Math.log1p(-p));
  let cumulative = probability;
  let k = 0;
  // The cap guards against rounding leaving `cumulative` a hair below u near 1; P(k > 200) < 1e-200.
  while (u >= cumulative && k < n && k < 200) {
    probability *= (odds * (n - k)) / (k + 1);
    k++;
    cumulative += probability;
  }
  return k;
}

/** Binomial(n, p) for p <= 0.5 and n·p >= 10 by BTRS (Hörmann 1993, "The generation of binomial random variates"). */
function binomialBtrs(rng: Uniform, n: number, p: number): number {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const logOdds = Math.log(p / q);
  const mode = Math.floor((n + 1) * p);
  const h = logFactorial(mode) + logFactorial(n - mode);
  for (;;) {
    const u = rng.next() - 0.5;
    const v = rng.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    const logV = Math.log((v * alpha) / (a / (us * us) + b));
    if (logV <= h - logFactorial(k) - logFactorial(n - k) + (k - mode) * logOdds) return k;
  }
}

/** Index i with probability weights[i] / total, by binary search over a cumulative array. */
export function sampleCumulative(rng: Uniform, cumulative: Float64Array, length: number): number {
  const target = rng.next() * cumulative[length - 1]!;
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
