/**
 * Cheap checks the day loop makes on its own state, so a numerical failure stops the run with an
 * error naming the day and the parameter involved instead of being recorded as a silent zero.
 * Each check is one pass over the neighborhoods and allocates nothing unless it fails.
 */
import type { Params } from './params/types.ts';

/** A run broke one of the model's invariants: a bug in the model, never bad input (validation catches that). */
export class ModelInvariantError extends Error {
  override name = 'ModelInvariantError';
  constructor(
    /** Day of the run (1-based) on which the check failed. */
    readonly day: number,
    /** Dotted path of the parameter most involved, e.g. `deployment.policy`. */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The patrol units a day must deploy in total: P, or cap × N when the cap leaves units idle; the
 * sampling policy, and counted units (`wholeUnits`: the capacity discovery model under a classic
 * policy), deploy whole units, round(that).
 */
export function patrolTarget(deployment: Params['deployment'], size: number, wholeUnits = false): number {
  const capacity = deployment.capUnits > 0 ? deployment.capUnits * size : Infinity;
  const target = Math.min(deployment.units, capacity);
  return deployment.policy === 'sample' || wholeUnits ? Math.round(target) : target;
}

/**
 * Patrols must be finite, non-negative and conserved: they sum to `target` (within a millionth of
 * a unit, or half a unit for the sampling policy, whose rounding of a fractional capped total may
 * go either way). `day` is 0-based here and 1-based in the message.
 */
export function checkPatrols(units: Float64Array, size: number, target: number, deployment: Params['deployment'], day: number): void {
  let sum = 0;
  for (let i = 0; i < size; i++) {
    const present = units[i]!;
    if (!(present >= 0 && present < Infinity)) {
      throw new ModelInvariantError(
        day + 1,
        'deployment.policy',
        `Day ${day + 1}: neighborhood ${i} was sent ${present} patrol units under deployment.policy "${deployment.policy}"; patrols must be finite and not negative. This is a bug in the model: please report it with the parameters and seed.`,
      );
    }
    sum += present;
  }
  const tolerance = deployment.policy === 'sample' ? 0.5 : 1e-6 * Math.max(1, target);
  if (!(Math.abs(sum - target) <= tolerance)) {
    throw new ModelInvariantError(
      day + 1,
      'deployment.units',
      `Day ${day + 1}: ${sum} patrol units were deployed under deployment.policy "${deployment.policy}", but deployment.units (with caps) asks for ${target}; patrols must be conserved. This is a bug in the model: please report it with the parameters and seed.`,
    );
  }
}
