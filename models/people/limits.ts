/**
 * Run-size limits of the person-level layer, checked with the rest of a run's size (validate.ts).
 * Memory grows with followed residents (about 90 bytes each, see `npm run bench`) and the
 * contact log with the contacts inside one look-back window, so both are bounded.
 */
import type { Params } from '../params/types.ts';
import { ParamError } from '../params/validate.ts';

/** Most residents the layer may follow in one run (about 90 MB of state). */
export const MAX_FOLLOWED_RESIDENTS = 1_000_000;
/** Most stops one look-back window may hold (8 bytes each in the contact log: 160 MB). */
export const MAX_WINDOW_STOPS = 20_000_000;

/** Refuses a person layer larger than the limits, with the fix in the message. */
export function checkPeople(params: Params, neighborhoods: number, stopsPerDay: number): void {
  const people = params.people;
  if (!people?.enabled) return;
  const followed = people.residentsPerNeighborhood * neighborhoods;
  if (followed > MAX_FOLLOWED_RESIDENTS) {
    throw new ParamError(
      'people.residentsPerNeighborhood',
      `The person layer would follow up to ${followed.toLocaleString('en-US')} residents (${neighborhoods} neighborhoods × ${people.residentsPerNeighborhood}); the most allowed is ${MAX_FOLLOWED_RESIDENTS.toLocaleString('en-US')}. Use at most ${Math.floor(MAX_FOLLOWED_RESIDENTS / neighborhoods)} residents per neighborhood.`,
    );
  }
  const windowStops = Math.min(people.windowDays, params.days) * stopsPerDay;
  if (windowStops > MAX_WINDOW_STOPS) {
    throw new ParamError(
      'people.windowDays',
      `The person layer's look-back window would hold about ${Math.round(windowStops).toLocaleString('en-US')} stops; the most allowed is ${MAX_WINDOW_STOPS.toLocaleString('en-US')}. Use a window of at most ${Math.max(1, Math.floor(MAX_WINDOW_STOPS / Math.max(stopsPerDay, 1)))} days, or fewer patrol units or stops per unit.`,
    );
  }
}
