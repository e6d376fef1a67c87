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

/**
 * Costs of the person layer in the run's units of work (validate.ts, MAX_RUN_WORK: about one
 * incident drawn each), measured here: giving a stop to a resident (a rejection pick in a block of
 * residents, cache misses in large blocks) about 10, an incident about 3, creating a resident and
 * its associate links about 2 + 1 per link; each list refresh walks the events in its look-back
 * window (about 1 each) and sorts the residents they touch (about log₂ of their number each).
 */
export const PEOPLE_WORK_PER_STOP = 10;
export const PEOPLE_WORK_PER_INCIDENT = 3;
export const PEOPLE_WORK_PER_WINDOW_EVENT = 1;
export const PEOPLE_WORK_PER_CANDIDATE_STEP = 0.5;

/** The person layer's work over `days` days (0 when off): per day, at each list refresh, and once. */
export function peopleWork(params: Params, neighborhoods: number, stopsPerDay: number, incidentsPerDay: number, days: number): { perDay: number; refreshes: number; setup: number } {
  const people = params.people;
  if (!people?.enabled) return { perDay: 0, refreshes: 0, setup: 0 };
  const residents = people.residentsPerNeighborhood * neighborhoods;
  const perDay = PEOPLE_WORK_PER_STOP * stopsPerDay + PEOPLE_WORK_PER_INCIDENT * incidentsPerDay;
  const eventsPerDay = stopsPerDay + incidentsPerDay;
  const linked = people.list.mode === 'topK' ? Math.min(residents, people.list.size) : residents;
  let refreshes = 0;
  for (let day = people.list.refreshDays; day <= days; day += people.list.refreshDays) {
    const windowEvents = Math.min(people.windowDays, day) * eventsPerDay;
    const candidates = Math.min(residents, windowEvents + linked * people.associates.perResident);
    refreshes += neighborhoods + PEOPLE_WORK_PER_WINDOW_EVENT * windowEvents + PEOPLE_WORK_PER_CANDIDATE_STEP * candidates * Math.log2(candidates + 2);
  }
  return { perDay, refreshes, setup: residents * (2 + people.associates.perResident) };
}
