/**
 * One day of the person-level layer, run after the place-level day: the day's stops and true
 * incidents in each neighborhood (handed over by the place-level day loop) are given to residents.
 * A stop lands on a followed resident in proportion to a weight (the place model's stop bias for
 * minority residents, times the attention factor while listed), or on a resident the layer does
 * not follow; an incident's offender is drawn in proportion to propensity. Work grows with stops
 * and incidents, not with residents; the list is redrawn every refresh period (list.ts).
 */
import { MINORITY } from '../history.ts';
import { refreshList } from './list.ts';
import { LIST_THROUGH_CONTACTS, LIST_LISTED, LIST_WITHOUT_OFFENSE, pushEvent, type PeopleState } from './state.ts';

/** Draws for one pick before falling back to a scan; a pick accepts with chance at least 1 ÷ (bias ratio) per try. */
const MAX_TRIES = 1000;

/** Runs the layer's day `day` on the place-level counts in people.today. */
export function advancePeopleDay(people: PeopleState, day: number): void {
  const { size, today, patrolTotals } = people;
  const { stops, incidents, discovered, reported, patrols } = today;
  for (let n = 0; n < size; n++) {
    patrolTotals[n] = patrolTotals[n]! + patrols[n]!;
    const stopCount = stops[n]!;
    if (stopCount > 0) attributeStops(people, n, stopCount, day);
    const count = incidents[n]!;
    if (count > 0) attributeIncidents(people, n, count, discovered[n]!, reported[n]!, day);
  }
  // The list in effect today, then (at the end of a period) the list in effect from tomorrow.
  const g = day * 2;
  const stats = people.listStats;
  for (let k = 0; k < 2; k++) {
    people.history.listed[g + k] = stats[LIST_LISTED + k]!;
    people.history.listedWithoutOffense[g + k] = stats[LIST_WITHOUT_OFFENSE + k]!;
    people.history.listedThroughContacts[g + k] = stats[LIST_THROUGH_CONTACTS + k]!;
  }
  if ((day + 1) % people.params.list.refreshDays === 0) refreshList(people, day + 1);
}

function attributeStops(people: PeopleState, n: number, stopCount: number, day: number): void {
  const rng = people.streams.contacts;
  const { params, unfollowedStopWeight, unlistedStopWeight, listedStopWeight } = people;
  const unfollowed = unfollowedStopWeight[n]!;
  const unlisted = unlistedStopWeight[n]!;
  const listed = params.attention * listedStopWeight[n]!;
  const total = unfollowed + unlisted + listed;
  if (!(total > 0)) return;
  const window = params.windowDays;
  for (let s = 0; s < stopCount; s++) {
    const u = rng.next() * total;
    // Three uniforms per stop whatever happens, so draws stay aligned between scenarios.
    const findDraw = rng.next();
    const gangDraw = rng.next();
    if (u < unfollowed) continue;
    const i = u < unfollowed + unlisted ? pickUnlisted(people, n) : pickListed(people, n);
    people.contacts[i]!++;
    people.history.contacts[day * 2 + people.group[i]!]!++;
    pushEvent(people.contactLog, day, i);
    if (gangDraw < params.gangFlagPerContact) people.gangFlagDay[i] = day;
    if (people.unsolved[i]! > 0 && day - people.lastOffenseDay[i]! < window && findDraw < params.stopFindProbability) {
      people.unsolved[i]!--;
      arrest(people, i, day);
    }
  }
}

/** A followed, unlisted resident of n, in proportion to stop weight (rejection; the block has one whenever its weight is positive). */
function pickUnlisted(people: PeopleState, n: number): number {
  const rng = people.streams.contacts;
  const first = people.offset[n]!;
  const count = people.offset[n + 1]! - first;
  const bias = people.minorityStopWeight;
  const heaviest = Math.max(bias, 1);
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const i = first + Math.floor(rng.next() * count);
    const accept = rng.next();
    if (people.listed[i]) continue;
    if (accept * heaviest < (people.group[i] === MINORITY ? bias : 1)) return i;
  }
  for (let i = first; i < first + count; i++) if (!people.listed[i]) return i;
  return first;
}

/** A listed resident of n, in proportion to stop weight. */
function pickListed(people: PeopleState, n: number): number {
  const rng = people.streams.contacts;
  const first = people.listedOffset[n]!;
  const count = people.listedOffset[n + 1]! - first;
  const bias = people.minorityStopWeight;
  const heaviest = Math.max(bias, 1);
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const i = people.listedByHood[first + Math.floor(rng.next() * count)]!;
    if (rng.next() * heaviest < (people.group[i] === MINORITY ? bias : 1)) return i;
  }
  return people.listedByHood[first]!;
}

/**
 * The day's true incidents in n: each is by a followed resident with chance (their total
 * propensity) ÷ (the neighborhood's), its offender drawn by propensity. The place model's counts
 * of discovered and reported incidents are spread over the incidents at random without
 * replacement; a known offense ends in an arrest with the arrest probability.
 */
function attributeIncidents(people: PeopleState, n: number, incidents: number, discovered: number, reported: number, day: number): void {
  const rng = people.streams.offenses;
  const first = people.offset[n]!;
  const end = people.offset[n + 1]!;
  const followedPropensity = end > first ? people.propensityCumulative[end - 1]! : 0;
  const total = followedPropensity + people.unfollowedPropensity[n]!;
  let discoveredLeft = discovered;
  let reportedLeft = reported;
  for (let k = 0; k < incidents; k++) {
    const left = incidents - k;
    // Five uniforms per incident whatever happens, so draws stay aligned between scenarios.
    const who = rng.next() * total;
    const offenderDraw = rng.next() * followedPropensity;
    const isDiscovered = rng.next() * left < discoveredLeft;
    const isReported = rng.next() * left < reportedLeft;
    const arrestDraw = rng.next();
    if (isDiscovered) discoveredLeft--;
    if (isReported) reportedLeft--;
    if (!(who < followedPropensity)) continue;
    const i = findCumulative(people.propensityCumulative, first, end, offenderDraw);
    people.offenses[i]!++;
    people.lastOffenseDay[i] = day;
    people.history.offenses[day * 2 + people.group[i]!]!++;
    if ((isDiscovered || isReported) && arrestDraw < people.params.arrestProbability) arrest(people, i, day);
    else people.unsolved[i]!++;
  }
}

function arrest(people: PeopleState, i: number, day: number): void {
  people.arrests[i]!++;
  people.lastArrestDay[i] = day;
  people.supervisedUntil[i] = day + people.params.supervisionDays;
  people.history.arrests[day * 2 + people.group[i]!]!++;
  pushEvent(people.arrestLog, day, i);
}

/** The first index in [first, end) whose running sum exceeds target (binary search). */
function findCumulative(cumulative: Float64Array, first: number, end: number, target: number): number {
  let lo = first;
  let hi = end - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
