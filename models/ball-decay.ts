/**
 * Ensign et al.'s urn decay, as in their code (src/polya.py, add_exponential_decay): after the
 * day's balls are added, each whole ball is removed with probability p, and no region falls below
 * one ball. The deterministic alternative (fusion.ts) multiplies old risk by 1 − p instead.
 */
import { binomialAnyTrials, type Uniform } from './random.ts';

/**
 * risk_i ← max(risk_i + evidence_i − Binomial(⌊risk_i + evidence_i⌋, p), 1). The fractional part
 * of a count is never removed (numpy's binomial truncates a fractional number of trials), so a
 * prior of 6.09 balls keeps its 0.09. Allocates nothing; the binomial costs the same whatever the
 * number of balls (a prior of 10^9 records made a per-ball draw take minutes a day).
 */
export function binomialBallDecay(risk: Float64Array, evidence: Float64Array, size: number, removeProbability: number, rng: Uniform): void {
  for (let i = 0; i < size; i++) {
    const balls = risk[i]! + evidence[i]!;
    const removed = balls >= 1 ? binomialAnyTrials(rng, Math.floor(balls), removeProbability) : 0;
    const left = balls - removed;
    risk[i] = left > 1 ? left : 1;
  }
}
