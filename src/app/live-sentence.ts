/**
 * The plain-language sentence under the playback bar: how the most-minority quarter's share of
 * patrols compares with its share of true crime at the current day, e.g. "After 365 days the
 * most-minority quarter of neighborhoods receives 41% of patrols but has 25% of true crime:
 * 1.6 times its share."
 */
import type { DaySnapshot } from './day-snapshot.ts';
import { days, percent, times } from './format.ts';

/** Ratios this close to 1 are described as "about its share", not as a disparity. */
const ABOUT_EQUAL = 0.05;

/** Below this many times its share, a place is described as getting almost none of it. */
const ALMOST_NONE = 0.05;

/**
 * What the page calls the most-minority quarter: "quarter of neighborhoods", or "neighborhood"
 * when the quarter is a single one (the two-neighborhood urn).
 */
export function quarterName(snapshot: DaySnapshot, long = true): string {
  if (snapshot.quarter.neighborhoods === 1) return 'the most-minority neighborhood';
  return long ? 'the most-minority quarter of neighborhoods' : 'the most-minority quarter';
}

/** The headline sentence for a day's figures. */
export function liveSentence(snapshot: DaySnapshot): string {
  const { quarter } = snapshot;
  const opening = `After ${days(snapshot.day + 1)} ${quarterName(snapshot)}`;
  if (quarter.patrolTotal <= 0) return `${opening} receives no patrols, because no patrol units were sent.`;
  const patrols = `receives ${percent(quarter.patrolShare)} of patrols`;
  if (quarter.trueTotal <= 0) return `${opening} ${patrols}; no true crime happened in the city in this period, so there is no share to compare with.`;
  if (quarter.trueCrimeShare <= 0) return `${opening} ${patrols} but has none of the true crime.`;
  const ratio = quarter.patrolShare / quarter.trueCrimeShare;
  const crime = `${percent(quarter.trueCrimeShare)} of true crime`;
  if (Math.abs(ratio - 1) < ABOUT_EQUAL) return `${opening} ${patrols} and has ${crime}: about its share.`;
  if (ratio < ALMOST_NONE) return `${opening} ${patrols} but has ${crime}: almost none of its share.`;
  return `${opening} ${patrols} but has ${crime}: ${times(ratio)} times its share.`;
}

/** The small print under the sentence: which days the shares cover. */
export function sentenceWindow(snapshot: DaySnapshot): string {
  const { fromDay, toDay } = snapshot.quarter;
  if (fromDay === toDay) return `Shares on day ${toDay + 1}.`;
  return `Shares over days ${fromDay + 1} to ${toDay + 1}.`;
}
