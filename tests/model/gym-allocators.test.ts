/**
 * ml-fairness-gym's attention allocation (D'Amour et al. 2020) written in this model: the gym's
 * own unit-test allocations for the greedy and α-fair agents (agents/allocation_agents_test.py,
 * /work/shared/research/papers.md §5.2), the closed-form discovered and occurred counts of the
 * uniform agent in the FAT* configuration (§5.3), the persistent rates of Eq. 1, and whole units.
 */
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, validateParams } from '../../models/index.ts';
import { alphaFairAllocation, createGymBuffers, fillPoissonTables, greedyAllocation, roundUnitsWithCarry, updateAttentionRates } from '../../models/gym-allocators.ts';
import { ParamError } from '../../models/params/validate.ts';
import { discoveryRatios, discoveryGap } from '../../models/metrics/index.ts';
import { expectWithinErrors, summarize } from './helpers.ts';

const FAT_RATES = [8, 6, 4, 3, 1.5];

function fatParams(policy: string, extra: Record<string, unknown> = {}) {
  return validateParams({
    days: 1000,
    city: { custom: FAT_RATES.map((rate) => ({ population: 10000, minorityShare: 0.5, trueRatePerDay: rate, priorRecords: 500 })) },
    sources: { reports: { enabled: false }, discoveries: { enabled: true, model: 'capacity' }, stops: { enabled: false }, sensors: { enabled: false }, history: { enabled: true } },
    fusion: { memory: 'cumulative' },
    deployment: { units: 6, policy, exploration: 0 },
    ...extra,
  });
}

/** The allocation an allocator gives for these beliefs and units. */
function allocate(beliefs: number[], units: number, alpha: number | null): number[] {
  const params = validateParams({ city: { custom: beliefs.map(() => ({ population: 10, minorityShare: 0, trueRatePerDay: 1, priorRecords: 0 })) }, deployment: { units, policy: alpha === null ? 'greedy' : 'alphaFair' } });
  const buffers = createGymBuffers(params, beliefs.length);
  fillPoissonTables(Float64Array.from(beliefs), beliefs.length, units, buffers.cdf, buffers.discovery);
  if (alpha === null) greedyAllocation(buffers.cdf, beliefs.length, units, buffers.best);
  else alphaFairAllocation(buffers, beliefs.length, units, alpha);
  return Array.from(buffers.best);
}

describe('ml-fairness-gym allocators', () => {
  it('greedy gives the gym test allocation [4, 1, 0, 0] for beliefs [5, 2, 1, 1] and 5 units', () => {
    // allocation_agents_test.py: MLEGreedyAgent, epsilon 0, alpha 1.
    expect(allocate([5, 2, 1, 1], 5, null)).toEqual([4, 1, 0, 0]);
  });

  it('α-fair with α = 0.25 gives the gym test allocation [3, 1, 1, 1] for 6 units', () => {
    expect(allocate([5, 2, 1, 1], 6, 0.25)).toEqual([3, 1, 1, 1]);
  });

  it('α-fair with α = 0.25 and 5 units refuses, naming the field, as the gym raises InvalidAction', () => {
    expect(() => allocate([5, 2, 1, 1], 5, 0.25)).toThrow(ParamError);
    expect(() => allocate([5, 2, 1, 1], 5, 0.25)).toThrow(/deployment\.fairnessAlpha/);
  });

  it('α = 1 is plain greedy', () => {
    expect(allocate([5, 2, 1, 1], 5, 1)).toEqual([4, 1, 0, 0]);
    expect(allocate([8, 6, 4, 3, 1.5], 6, 1)).toEqual(allocate([8, 6, 4, 3, 1.5], 6, null));
  });

  it('the uniform multinomial agent discovers and meets the closed-form counts of the FAT* configuration', () => {
    // E[discovered per step] = Σ_k Σ_a Binomial(a; 6, 1/5) Σ_y Poisson(y; r_k) min(a, y) = 5.2885
    // (papers.md §5.3); E[occurred per step] = Σ r_k = 22.5.
    const binomial = (a: number) => [1, 6, 15, 20, 15, 6, 1][a]! * 0.2 ** a * 0.8 ** (6 - a);
    let closedDiscovered = 0;
    for (const rate of FAT_RATES) {
      for (let a = 0; a <= 6; a++) {
        let p = Math.exp(-rate);
        let expectedMin = 0;
        for (let y = 0; y < 200; y++) {
          if (y > 0) p *= rate / y;
          expectedMin += p * Math.min(a, y);
        }
        closedDiscovered += binomial(a) * expectedMin;
      }
    }
    expect(closedDiscovered).toBeCloseTo(5.2885, 3);
    const discovered: number[] = [];
    const occurred: number[] = [];
    for (let seed = 1; seed <= 10; seed++) {
      const params = fatParams('multinomial');
      const sim = createSimulation(params, seed);
      advance(sim, params.days);
      let found = 0;
      let happened = 0;
      for (let c = 0; c < sim.history.discoveries.length; c++) {
        found += sim.history.discoveries[c]!;
        happened += sim.history.trueIncidents[c]!;
      }
      discovered.push(found / params.days);
      occurred.push(happened / params.days);
      for (let c = 0; c < sim.history.patrols.length; c++) expect(Number.isInteger(sim.history.patrols[c]!)).toBe(true);
    }
    const d = summarize(discovered);
    const o = summarize(occurred);
    expectWithinErrors(d.mean, closedDiscovered, d.se, 'discovered per day, uniform multinomial');
    expectWithinErrors(o.mean, 22.5, o.se, 'occurred per day');
  });

  it('reports the gym metrics: discovered ÷ occurred per site and the gap between the best and worst site', () => {
    const params = fatParams('multinomial');
    const sim = createSimulation(params, 1);
    advance(sim, params.days);
    const ratios = discoveryRatios(sim.history, sim.city.size, params.days);
    // Closed form per site at d = 0 (papers.md §5.3): (0.150, 0.197, 0.281, 0.347, 0.497), Δ ≈ 0.347.
    const expected = [0.15, 0.197, 0.281, 0.347, 0.497];
    ratios.forEach((ratio, k) => expect(Math.abs(ratio - expected[k]!)).toBeLessThan(0.03));
    expect(discoveryGap(sim.history, sim.city.size, params.days)).toBeCloseTo(Math.max(...ratios) - Math.min(...ratios), 12);
  });

  it('rates rise by d at unattended sites and fall by d per unit at attended ones, never below 0 (gym Eq. 1)', () => {
    const rates = Float64Array.from([1, 1, 0.01]);
    updateAttentionRates(rates, Float64Array.from([0, 2, 1]), 3, 0.05);
    expect(Array.from(rates)).toEqual([1.05, 0.9, 0]);
  });

  it('makes counted units whole: 6 uniform units on 5 sites give whole units that sum to 6 and even out', () => {
    const size = 5;
    const expected = new Float64Array(size).fill(1.2);
    const units = new Float64Array(size);
    const carry = new Float64Array(size);
    const scratch = new Float64Array(size);
    const totals = new Array(size).fill(0);
    for (let day = 0; day < 5; day++) {
      roundUnitsWithCarry(expected, units, carry, scratch, size, 6);
      expect(units.reduce((a, b) => a + b, 0)).toBe(6);
      units.forEach((u, i) => {
        expect(Number.isInteger(u)).toBe(true);
        totals[i] += u;
      });
    }
    expect(totals).toEqual([6, 6, 6, 6, 6]);
  });

  it('a uniform run of 6 units on 5 sites under the capacity model deploys all 6 as whole units every day', () => {
    const params = fatParams('uniform');
    const sim = createSimulation(params, 2);
    advance(sim, params.days);
    let patrols = 0;
    for (let c = 0; c < sim.history.patrols.length; c++) patrols += sim.history.patrols[c]!;
    expect(patrols).toBe(6 * params.days);
  });
});
