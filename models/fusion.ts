/**
 * Fusion: the risk model that the deployment follows. Each day the weighted records of every
 * source (the day's evidence) enter a memory: a cumulative sum (Ensign et al.'s urn), an
 * exponential decay with a half-life, or a PredPol-like self-exciting estimate (a rolling
 * background rate over a training window plus an exponentially decaying excitation).
 */
import type { Params } from './params/types.ts';
import { binomialBallDecay } from './ball-decay.ts';
import { expNeg, type Uniform } from './random.ts';

export interface FusionState {
  memory: Params['fusion']['memory'];
  /** Current risk per neighborhood. */
  risk: Float64Array;
  /** Today's evidence per neighborhood (weighted, corrected records). */
  evidence: Float64Array;
  /** Per-day multiplier of old risk under exponential decay, 2^(−1/half-life). */
  decayFactor: number;
  /** Self-exciting model: ring buffer of the last `window` days of evidence (window × size). */
  ring: Float32Array;
  window: number;
  /** Self-exciting model: sum of the ring per neighborhood, and the excitation term. */
  rollingSum: Float64Array;
  excitation: Float64Array;
  excitationDecay: number;
  excitationGain: number;
  /** Ring slot that today's evidence overwrites. */
  slot: number;
  /** Binomial ball decay (Ensign et al.): the stream it draws from, or null for the deterministic multiplier. */
  ballDecayStream: Uniform | null;
}

/** Sets up the memory with the weighted historical records as the starting evidence. */
export function createFusion(params: Params, size: number, initialRecords: Float64Array): FusionState {
  const memory = params.fusion.memory;
  const window = memory === 'selfExciting' ? params.fusion.windowDays : 0;
  const state: FusionState = {
    memory,
    risk: new Float64Array(size),
    evidence: new Float64Array(size),
    // 2^(−1/h) through the engine-independent expNeg, so Node and every browser agree to the bit.
    decayFactor: expNeg(Math.LN2 / params.fusion.halfLifeDays),
    ring: new Float32Array(window * size),
    window,
    rollingSum: new Float64Array(memory === 'selfExciting' ? size : 0),
    excitation: new Float64Array(memory === 'selfExciting' ? size : 0),
    excitationDecay: expNeg(params.fusion.excitationDecayPerDay),
    excitationGain: params.fusion.excitationWeight * params.fusion.excitationDecayPerDay,
    slot: 0,
    ballDecayStream: null,
  };
  if (memory !== 'selfExciting') {
    state.risk.set(initialRecords);
    return state;
  }
  // The history is spread evenly over the days it covers, filling the most recent window slots.
  const priorDays = Math.max(1, params.sources.history.priorDays);
  const filled = Math.min(window, priorDays);
  for (let i = 0; i < size; i++) {
    const perDay = initialRecords[i]! / priorDays;
    for (let d = 0; d < filled; d++) state.ring[(window - 1 - d) * size + i] = perDay;
    state.rollingSum[i] = perDay * filled;
    state.risk[i] = state.rollingSum[i]! / window;
  }
  return state;
}

/** Folds today's evidence into the memory and refreshes risk. Allocates nothing. */
export function updateRisk(state: FusionState, size: number): void {
  const { risk, evidence } = state;
  if (state.memory === 'cumulative') {
    for (let i = 0; i < size; i++) risk[i] = risk[i]! + evidence[i]!;
    return;
  }
  if (state.memory === 'decay' && state.ballDecayStream !== null) {
    binomialBallDecay(risk, evidence, size, 1 - state.decayFactor, state.ballDecayStream);
    return;
  }
  if (state.memory === 'decay') {
    const factor = state.decayFactor;
    for (let i = 0; i < size; i++) risk[i] = risk[i]! * factor + evidence[i]!;
    return;
  }
  const { ring, rollingSum, excitation, window, excitationDecay, excitationGain } = state;
  const offset = state.slot * size;
  for (let i = 0; i < size; i++) {
    const today = evidence[i]!;
    // Float32 storage rounds the value; subtracting what was stored keeps the sum consistent.
    const leaving = ring[offset + i]!;
    ring[offset + i] = today;
    const stored = ring[offset + i]!;
    const sum = rollingSum[i]! - leaving + stored;
    rollingSum[i] = sum > 0 ? sum : 0;
    excitation[i] = excitation[i]! * excitationDecay + excitationGain * today;
    risk[i] = rollingSum[i]! / window + excitation[i]!;
  }
  state.slot = state.slot + 1 === window ? 0 : state.slot + 1;
}
