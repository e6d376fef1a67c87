/**
 * The plain-language sentence under the playback bar: how the most-minority quarter's share of
 * patrols compares with its share of true crime at the current day, e.g. "After 365 days the
 * most-minority quarter of neighborhoods receives 41% of patrols but has 25% of true crime:
 * 1.6 times its share." Each case is one whole message of the catalogue (`live.*`), so a
 * translation can order the words its own way.
 */
import { formatDays, formatSerial, formatTimes } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import type { DaySnapshot } from './day-snapshot.ts';

/** Ratios this close to 1 are described as "about its share", not as a disparity. */
const ABOUT_EQUAL = 0.05;

/** Below this many times its share, a place is described as getting almost none of it. */
const ALMOST_NONE = 0.05;

/**
 * What the page calls the most-minority quarter: "quarter of neighborhoods", or "neighborhood"
 * when the quarter is a single one (the two-neighborhood urn).
 */
export function quarterName(snapshot: DaySnapshot, long = true): string {
  if (snapshot.quarter.neighborhoods === 1) return t('live.place.single');
  return long ? t('live.place.quarterLong') : t('live.place.quarter');
}

/** Patrol share ÷ true-crime share of the quarter, or null when the window had no crime there. */
export function disparity(snapshot: DaySnapshot): number | null {
  const { quarter } = snapshot;
  if (quarter.patrolTotal <= 0 || quarter.trueTotal <= 0 || quarter.trueCrimeShare <= 0) return null;
  return quarter.patrolShare / quarter.trueCrimeShare;
}

/** The headline sentence for a day's figures. */
export function liveSentence(snapshot: DaySnapshot): string {
  const { quarter } = snapshot;
  const values = {
    days: formatDays(snapshot.day + 1),
    place: quarterName(snapshot),
    patrols: quarter.patrolShare,
    crime: quarter.trueCrimeShare,
  };
  if (quarter.patrolTotal <= 0) return t('live.noPatrols', values);
  if (quarter.trueTotal <= 0) return t('live.noCrime', values);
  if (quarter.trueCrimeShare <= 0) return t('live.noneOfCrime', values);
  const ratio = quarter.patrolShare / quarter.trueCrimeShare;
  if (Math.abs(ratio - 1) < ABOUT_EQUAL) return t('live.aboutShare', values);
  if (ratio < ALMOST_NONE) return t('live.almostNone', values);
  return t('live.times', { ...values, ratio: formatTimes(ratio) });
}

/** The small print under the sentence: which days the shares cover. */
export function sentenceWindow(snapshot: DaySnapshot): string {
  const { fromDay, toDay } = snapshot.quarter;
  if (fromDay === toDay) return t('live.window.day', { day: formatSerial(toDay + 1) });
  return t('live.window.days', { from: formatSerial(fromDay + 1), to: formatSerial(toDay + 1) });
}
