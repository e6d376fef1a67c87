/**
 * Ensign et al.'s binomial ball decay (src/polya.py, add_exponential_decay; papers.md §1.2 "Finite
 * memory"): after the day's balls are added, each whole ball is removed with probability p, and
 * no region falls below one ball.
 */
import { describe, expect, it } from 'vitest';
import { advance, createSimulation, createStream } from '../../models/index.ts';
import { binomialBallDecay } from '../../models/ball-decay.ts';
import { expectWithinErrors, urnParams } from './helpers.ts';

describe('binomial ball decay', () => {
  it('keeps every region at one ball or more, even under fast decay and no new records', () => {
    const params = urnParams([{ rate: 3, prior: 40 }, { rate: 0.01, prior: 2 }], 400, { fusion: { memory: 'decay', halfLifeDays: 1, decayModel: 'binomial' } });
    for (let seed = 1; seed <= 20; seed++) {
      const sim = createSimulation(params, seed);
      advance(sim, params.days);
      for (let c = 0; c < sim.history.risk.length; c++) expect(sim.history.risk[c]!).toBeGreaterThanOrEqual(1);
    }
  });

  it('removes p of the whole balls on average: E[after] = n(1 − p) + fraction for n ≫ 1', () => {
    // Binomial(n, p) removal: mean np, variance np(1 − p) per region.
    const size = 2000;
    const risk = new Float64Array(size).fill(100.25);
    const evidence = new Float64Array(size);
    binomialBallDecay(risk, evidence, size, 0.01, createStream(4, 'decay'));
    const mean = risk.reduce((a, b) => a + b, 0) / size;
    expectWithinErrors(mean, 100.25 - 1, Math.sqrt((100 * 0.01 * 0.99) / size), 'balls left after one day');
  });

  it('is the deterministic multiplier unless chosen, so the urn presets keep their numbers', () => {
    const deterministic = urnParams([{ rate: 3, prior: 6 }, { rate: 2, prior: 4 }], 50, { fusion: { memory: 'decay', halfLifeDays: 69 } });
    expect(deterministic.fusion.decayModel).toBe('deterministic');
    expect(createSimulation(deterministic, 1).fusion.ballDecayStream).toBeNull();
  });
});

describe('the paper\'s strong-prior, decay-0.01 Oakland runs (presets/params/ensign-oakland-strong-prior.json)', () => {
  it('end near the share of Top1 that a numpy reproduction of the authors\' code gives (0.937, sd 0.055 over 1,000 runs)', async () => {
    const { readFileSync } = await import('node:fs');
    const { validateParams } = await import('../../models/index.ts');
    const base = JSON.parse(readFileSync(new URL('../../presets/params/ensign-oakland-strong-prior.json', import.meta.url), 'utf8'));
    const runs = 200;
    const shares: number[] = [];
    for (let seed = 1; seed <= runs; seed++) {
      const sim = createSimulation(validateParams(base), seed);
      advance(sim, 1000);
      shares.push(sim.fusion.risk[0]! / (sim.fusion.risk[0]! + sim.fusion.risk[1]!));
    }
    const mean = shares.reduce((a, b) => a + b, 0) / runs;
    // Reference: papers.md §1.4 "My reproduction" (numpy, 1,000 runs); the error combines both means' standard errors.
    expectWithinErrors(mean, 0.937, Math.sqrt(0.055 ** 2 / runs + 0.055 ** 2 / 1000), 'Top1 share on day 1000');
  });
});
