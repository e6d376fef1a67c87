/**
 * ml-fairness-gym's attention allocators (D'Amour et al. 2020, agents/allocation_agents.py) as
 * deployment policies, and the rule that makes counted units whole. Every allocator hands out
 * exactly P whole units: uniform multinomial (each unit to a uniformly drawn site), greedy (each
 * unit where it most likely discovers one more incident under Poisson beliefs) and α-fair greedy
 * (the best such allocation whose expected discovery shares differ by at most α).
 *
 * Beliefs are the fused risk read as incidents per day (see beliefScale). With exploration ε, a
 * day's whole allocation is, with probability ε, a uniform multinomial, as the gym's agents do.
 */
import type { Params } from './params/types.ts';
import { ParamError } from './params/validate.ts';
import { kthSmallest } from './deployment.ts';
import { expNeg, type Uniform } from './random.ts';

export type GymPolicy = 'multinomial' | 'greedy' | 'alphaFair';

export function isGymPolicy(policy: Params['deployment']['policy']): policy is GymPolicy {
  return policy === 'multinomial' || policy === 'greedy' || policy === 'alphaFair';
}

/** Largest neighborhoods × (units + 1) the greedy allocator's tables may hold. */
export const MAX_GREEDY_TABLE = 100_000;
/** Largest neighborhoods × (units + 1) for the α-fair allocator, which tries every anchor. */
export const MAX_ALPHA_FAIR_TABLE = 500;

/** Buffers of the gym allocators, made once per run. */
export interface GymBuffers {
  /** Believed daily rate per site. */
  beliefs: Float64Array;
  /** P(Y_i ≤ v) and f_i(v) = E[min(v, Y_i)/Y_i] for v = 0..P, row i at i·(P + 1). */
  cdf: Float64Array;
  discovery: Float64Array;
  /** Working allocation, bounds and best allocation of the α-fair search. */
  trial: Int32Array;
  lower: Int32Array;
  upper: Int32Array;
  best: Int32Array;
  /** Carried remainders of the whole-unit rounding (units owed minus units given), and scratch. */
  carry: Float64Array;
  scratch: Float64Array;
}

export function createGymBuffers(params: Params, size: number): GymBuffers {
  const policy = params.deployment.policy;
  const table = policy === 'greedy' || policy === 'alphaFair' ? size * (params.deployment.units + 1) : 0;
  const search = policy === 'alphaFair' ? size : 0;
  return {
    beliefs: new Float64Array(size),
    cdf: new Float64Array(table),
    discovery: new Float64Array(table),
    trial: new Int32Array(search),
    lower: new Int32Array(search),
    upper: new Int32Array(search),
    best: new Int32Array(policy === 'greedy' || policy === 'alphaFair' ? size : 0),
    carry: new Float64Array(size),
    scratch: new Float64Array(size),
  };
}

/** Cross-field checks of the gym policies; throws ParamError naming the field to change. */
export function checkGymPolicy(params: Params, neighborhoods: number): void {
  const deployment = params.deployment;
  if (!isGymPolicy(deployment.policy)) return;
  const policy = deployment.policy;
  if (deployment.floorUnits > 0 || deployment.capUnits > 0) {
    throw new ParamError(deployment.floorUnits > 0 ? 'deployment.floorUnits' : 'deployment.capUnits', `The ${policy} policy allocates whole units itself and ignores floors and caps; set deployment.floorUnits and deployment.capUnits to 0, or choose another policy.`, 'gymFloors', { policy });
  }
  const table = neighborhoods * (deployment.units + 1);
  const limit = policy === 'alphaFair' ? MAX_ALPHA_FAIR_TABLE : MAX_GREEDY_TABLE;
  if (policy !== 'multinomial' && table > limit) {
    throw new ParamError('deployment.units', `The ${policy} policy weighs every unit at every neighborhood: ${neighborhoods} neighborhoods × (${deployment.units} units + 1) = ${table}, and the most it allows is ${limit}. Use fewer units or neighborhoods, or another policy.`, 'gymTable', {
      policy, neighborhoods, units: deployment.units, table, max: limit,
    });
  }
}

/**
 * The fused risk as a believed rate in incidents per day: the cumulative urn divided by the days
 * of evidence it holds (history days plus days run, at least 1); exponential decay times the
 * weight 1 − 2^(−1/half-life) that makes a steady daily rate r settle at risk r/(1 − factor);
 * the self-exciting estimate is a daily rate already.
 */
export function beliefScale(params: Params, day: number, decayFactor: number): number {
  const memory = params.fusion.memory;
  if (memory === 'decay') return 1 - decayFactor;
  if (memory === 'selfExciting') return 1;
  const historyDays = params.sources.history.enabled && !params.corrections.reportsOnly ? params.sources.history.priorDays : 0;
  return 1 / Math.max(1, historyDays + day);
}

/**
 * Fills units with a whole-unit allocation of `total` units and expected with each site's expected
 * units (the propensity the corrections read). Allocates nothing.
 */
export function allocateGym(policy: GymPolicy, risk: Float64Array, scale: number, size: number, total: number, alpha: number, exploration: number, buffers: GymBuffers, units: Float64Array, expected: Float64Array, rng: Uniform): void {
  const even = total / size;
  if (policy === 'multinomial') {
    drawUniformMultinomial(units, size, total, rng);
    expected.fill(even);
    return;
  }
  const beliefs = buffers.beliefs;
  for (let i = 0; i < size; i++) beliefs[i] = risk[i]! > 0 ? risk[i]! * scale : 0;
  fillPoissonTables(beliefs, size, total, buffers.cdf, buffers.discovery);
  if (policy === 'greedy') greedyAllocation(buffers.cdf, size, total, buffers.best);
  else alphaFairAllocation(buffers, size, total, alpha);
  // With probability ε the day's allocation is a uniform multinomial instead (the gym's agents).
  if (exploration > 0 && rng.next() < exploration) drawUniformMultinomial(units, size, total, rng);
  else for (let i = 0; i < size; i++) units[i] = buffers.best[i]!;
  for (let i = 0; i < size; i++) expected[i] = (1 - exploration) * buffers.best[i]! + exploration * even;
}

/** Each of `total` units to a site drawn uniformly: Multinomial(P, 1/K), one uniform per unit. */
export function drawUniformMultinomial(units: Float64Array, size: number, total: number, rng: Uniform): void {
  units.fill(0);
  for (let u = 0; u < total; u++) {
    const site = Math.min(size - 1, Math.floor(rng.next() * size));
    units[site] = units[site]! + 1;
  }
}

/**
 * Poisson tables for v = 0..P: cdf = P(Y ≤ v) and discovery f(v) = E[min(v, Y)/Y] with f(0) = 0
 * and 0/0 counted as 1 for v ≥ 1 (the gym's convention), i.e. f(v) = P(Y ≤ v) + v·Σ_{c>v} p(c)/c.
 * Beliefs above 700 a day (whose e^(−λ) underflows) use P(Y ≤ v) = 0 and f(v) = v/λ.
 */
export function fillPoissonTables(beliefs: Float64Array, size: number, total: number, cdf: Float64Array, discovery: Float64Array): void {
  const width = total + 1;
  for (let i = 0; i < size; i++) {
    const rate = beliefs[i]!;
    const row = i * width;
    if (rate > 700) {
      for (let v = 0; v <= total; v++) {
        cdf[row + v] = 0;
        discovery[row + v] = v / rate;
      }
      continue;
    }
    // Tail sum Σ_{c>v} p(c)/c for every v, accumulated downward from far in the tail.
    const last = Math.ceil(rate + 12 * Math.sqrt(rate) + 30) + total;
    let p = rate < 64 ? expNeg(rate) : Math.exp(-rate);
    let cumulative = 0;
    // Forward pass: cdf for v ≤ P and the total Σ_{c≥1} p(c)/c.
    let inverseSum = 0;
    for (let c = 0; c <= last; c++) {
      if (c > 0) {
        p *= rate / c;
        inverseSum += p / c;
      }
      cumulative += p;
      if (c <= total) {
        cdf[row + c] = cumulative > 1 ? 1 : cumulative;
        // Σ_{c' > v} p(c')/c' = total − Σ_{1 ≤ c' ≤ v} p(c')/c'; stored temporarily in discovery.
        discovery[row + c] = inverseSum;
      }
    }
    for (let v = 0; v <= total; v++) {
      const tailInverse = inverseSum - discovery[row + v]!;
      discovery[row + v] = v === 0 ? 0 : cdf[row + v]! + v * (tailInverse > 0 ? tailInverse : 0);
    }
  }
}

/**
 * Greedy (Elzayn et al.; the gym's MLEGreedyAgent with α = 1): units one at a time to the site
 * with the largest chance of one more discovery, P(Y_i ≥ a_i + 1) = 1 − cdf_i(a_i); ties to the
 * lower index. The expected discoveries Σ_i Σ_{v ≤ a_i} P(Y_i ≥ v) are separable and concave, so
 * this is the allocation that maximises them.
 */
export function greedyAllocation(cdf: Float64Array, size: number, total: number, allocation: Int32Array): void {
  allocation.fill(0);
  fillGreedily(cdf, size, total, total, allocation, null);
}

/** Adds `count` units greedily to allocation (within upper bounds if given); returns units placed. */
function fillGreedily(cdf: Float64Array, size: number, total: number, count: number, allocation: Int32Array, upper: Int32Array | null): number {
  const width = total + 1;
  let placed = 0;
  for (; placed < count; placed++) {
    let bestSite = -1;
    let bestGain = -1;
    for (let i = 0; i < size; i++) {
      const a = allocation[i]!;
      if (a >= total || (upper !== null && a >= upper[i]!)) continue;
      const gain = 1 - cdf[i * width + a]!;
      if (gain > bestGain) {
        bestGain = gain;
        bestSite = i;
      }
    }
    if (bestSite < 0) break;
    allocation[bestSite] = allocation[bestSite]! + 1;
  }
  return placed;
}

/** Expected discoveries of an allocation: Σ_i Σ_{v=1..a_i} P(Y_i ≥ v). */
function expectedYield(cdf: Float64Array, size: number, total: number, allocation: Int32Array): number {
  const width = total + 1;
  let sum = 0;
  for (let i = 0; i < size; i++) for (let v = 1; v <= allocation[i]!; v++) sum += 1 - cdf[i * width + v - 1]!;
  return sum;
}

/**
 * α-fair greedy, the gym's MLEGreedyAgent search: for every anchor site i and units v at i, the
 * band of discovery shares is [L, L + α] with L = max(f_i(v) − α, 0); every other site j must get
 * units whose share lies in the band (from the first v with f_j(v) ≥ L to the last with f_j(v) ≤
 * L + α); the remaining units go greedily within those bounds; an allocation that cannot place all
 * P units is skipped, and the one with the most expected discoveries wins (later ones on ties).
 * Throws ParamError on deployment.fairnessAlpha when no allocation satisfies the constraint.
 */
export function alphaFairAllocation(buffers: GymBuffers, size: number, total: number, alpha: number): void {
  const { cdf, discovery, trial, lower, upper, best } = buffers;
  const width = total + 1;
  let bestYield = -1;
  for (let anchor = 0; anchor < size; anchor++) {
    for (let v = 0; v <= total; v++) {
      const low = Math.max(discovery[anchor * width + v]! - alpha, 0);
      const high = low + alpha;
      let feasible = true;
      let needed = 0;
      for (let j = 0; j < size && feasible; j++) {
        if (j === anchor) {
          lower[j] = v;
          upper[j] = v;
        } else {
          let lo = 0;
          while (lo <= total && discovery[j * width + lo]! < low) lo++;
          let hi = -1;
          while (hi + 1 <= total && discovery[j * width + hi + 1]! <= high) hi++;
          lower[j] = lo;
          upper[j] = hi;
          if (lo > total || hi < lo) feasible = false;
        }
        needed += lower[j]!;
      }
      if (!feasible || needed > total) continue;
      for (let j = 0; j < size; j++) trial[j] = lower[j]!;
      if (fillGreedily(cdf, size, total, total - needed, trial, upper) < total - needed) continue;
      const value = expectedYield(cdf, size, total, trial);
      if (value >= bestYield) {
        bestYield = value;
        best.set(trial);
      }
    }
  }
  if (bestYield < 0) {
    throw new ParamError('deployment.fairnessAlpha', `No allocation of ${total} units keeps every neighborhood's expected share of incidents found within α = ${alpha} of the others. Raise deployment.fairnessAlpha or deployment.units.`, 'alphaInfeasible', { units: total, alpha });
  }
}

/**
 * Whole units from expected units (for counted units: the capacity discovery model), `total` of
 * them (whole: round(P), see patrolTarget). The day's expected units are first scaled to sum to
 * `total` (a fractional P, say 2.5, then deploys 3 whole units, and no site is owed the half unit
 * that was never sent; a sum equal to `total` up to rounding noise is used as it is). Each site is
 * owed its scaled expected units plus what earlier days under-gave (the carry); it gets the whole
 * part of that, and the units left, `total` − Σ whole parts, go one each to the largest remainders
 * (ties to the lower index), in rounds if more are left than there are sites; units given beyond
 * `total` are taken back from the smallest remainders. So today's units are whole and sum to
 * `total` by construction, the carries sum to zero, and over any run each site's total stays within
 * one unit of its owed total. Allocates nothing.
 */
export function roundUnitsWithCarry(expected: Float64Array, units: Float64Array, carry: Float64Array, scratch: Float64Array, size: number, total: number): void {
  let expectedTotal = 0;
  for (let i = 0; i < size; i++) expectedTotal += expected[i]!;
  const scale = Math.abs(expectedTotal - total) <= 1e-9 * Math.max(1, total) ? 1 : expectedTotal > 0 ? total / expectedTotal : 0;
  let given = 0;
  for (let i = 0; i < size; i++) {
    const owed = carry[i]! + expected[i]! * scale;
    carry[i] = owed;
    const whole = Math.max(0, Math.floor(owed + 1e-9));
    units[i] = whole;
    given += whole;
  }
  let left = total - given;
  while (left > 0) {
    // The `take` largest remainders: above the threshold all get one, at it the lowest indices.
    const take = Math.min(left, size);
    for (let i = 0; i < size; i++) scratch[i] = carry[i]! - units[i]!;
    const threshold = kthSmallest(scratch, size - take, size);
    let above = 0;
    for (let i = 0; i < size; i++) if (carry[i]! - units[i]! > threshold) above++;
    let ties = take - above;
    for (let i = 0; i < size; i++) {
      const remainder = carry[i]! - units[i]!;
      if (remainder > threshold || (remainder === threshold && ties-- > 0)) units[i] = units[i]! + 1;
    }
    left -= take;
  }
  // More given than `total` (whole parts of carries, rounded up by the 1e-9): some site has a unit.
  while (left < 0) {
    let bestSite = -1;
    let smallest = Infinity;
    for (let i = 0; i < size; i++) {
      if (units[i]! <= 0) continue;
      const remainder = carry[i]! - units[i]!;
      if (bestSite < 0 || remainder < smallest - 1e-12) {
        smallest = remainder;
        bestSite = i;
      }
    }
    if (bestSite < 0) break;
    units[bestSite] = units[bestSite]! - 1;
    left++;
  }
  for (let i = 0; i < size; i++) carry[i] = carry[i]! - units[i]!;
}

/**
 * ml-fairness-gym's persistent rates (paper Eq. 1), applied after the day's incidents are drawn:
 * r ← r + d at a site given no units, r ← max(0, r − d·a) at a site given a units.
 */
export function updateAttentionRates(rates: Float64Array, units: Float64Array, size: number, dynamicFactor: number): void {
  for (let i = 0; i < size; i++) {
    const attention = units[i]!;
    const next = attention > 0 ? rates[i]! - dynamicFactor * attention : rates[i]! + dynamicFactor;
    rates[i] = next > 0 ? next : 0;
  }
}
