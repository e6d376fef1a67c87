/** ml-fairness-gym's fairness measure for the attention-allocation scenario, from a recorded history. */
import type { History } from '../history.ts';
import { ratio, windowSums } from './windows.ts';

/**
 * ml-fairness-gym's "equality of discovery probability" per site (D'Amour et al. 2020, Eq. 2):
 * Σ_t discovered ÷ Σ_t occurred over days [0, day), per neighborhood; 0 where nothing occurred.
 */
export function discoveryRatios(history: History, size: number, day: number): number[] {
  const to = Math.min(day, history.daysDone);
  const found = windowSums(history.discoveries, size, 0, to);
  const occurred = windowSums(history.trueIncidents, size, 0, to);
  return Array.from(found, (value, i) => ratio(value, occurred[i]!));
}

/** The gym's fairness gap Δ = max_k,k' |ratio_k − ratio_k'| over sites where incidents occurred (0 if fewer than two). */
export function discoveryGap(history: History, size: number, day: number): number {
  const to = Math.min(day, history.daysDone);
  const occurred = windowSums(history.trueIncidents, size, 0, to);
  const ratios = discoveryRatios(history, size, day);
  let best = -Infinity;
  let worst = Infinity;
  for (let i = 0; i < size; i++) {
    if (!(occurred[i]! > 0)) continue;
    if (ratios[i]! > best) best = ratios[i]!;
    if (ratios[i]! < worst) worst = ratios[i]!;
  }
  return best > worst ? best - worst : 0;
}

