/**
 * Daily series of a run: the minority quarter's share of patrols and of true crime, their ratio
 * over a trailing window, and each group's cumulative counts per 1,000 residents. Made from the
 * city-wide daily totals, which the day loop keeps at the 'series' level and a history yields.
 */
import type { City } from '../city.ts';
import { MAJORITY, MINORITY, type History } from '../history.ts';
import { dailyTotalsOf, type DailyTotals } from './tally.ts';
import { groupPopulations, ratio } from './windows.ts';

/** Days in the trailing window of the disparity series. */
export const DISPARITY_WINDOW_DAYS = 30;

export interface MetricSeries {
  /** Daily share of patrols going to the most-minority quarter. */
  patrolShareMinorityQuarter: Float64Array;
  /** Share of true crime in the most-minority quarter over the trailing window. */
  trueCrimeShareMinorityQuarter: Float64Array;
  /** Patrol share ÷ true-crime share of the quarter over the trailing window. */
  disparityRatio: Float64Array;
  /** Cumulative per 1,000 residents of each group, by day. */
  truePer1000: GroupSeries;
  recordedPer1000: GroupSeries;
  stopsWithoutHitPer1000: GroupSeries;
}

export interface GroupSeries {
  minority: Float64Array;
  majority: Float64Array;
}

/** Daily series over the days simulated so far. */
export function computeSeries(history: History, city: City): MetricSeries {
  return seriesFromDailyTotals(dailyTotalsOf(history, city.minorityQuarter), city, history.daysDone);
}

/** Daily series over days [0, days) of daily totals. */
export function seriesFromDailyTotals(daily: DailyTotals, city: City, days: number): MetricSeries {
  const { quarterPatrols, quarterTrue, patrols, trueIncidents } = daily;
  const patrolShare = new Float64Array(days);
  const trueShare = new Float64Array(days);
  const disparity = new Float64Array(days);
  let windowQuarterPatrol = 0;
  let windowPatrol = 0;
  let windowQuarterTrue = 0;
  let windowTrue = 0;
  for (let t = 0; t < days; t++) {
    windowQuarterPatrol += quarterPatrols[t]!;
    windowPatrol += patrols[t]!;
    windowQuarterTrue += quarterTrue[t]!;
    windowTrue += trueIncidents[t]!;
    const leaving = t - DISPARITY_WINDOW_DAYS;
    if (leaving >= 0) {
      windowQuarterPatrol -= quarterPatrols[leaving]!;
      windowPatrol -= patrols[leaving]!;
      windowQuarterTrue -= quarterTrue[leaving]!;
      windowTrue -= trueIncidents[leaving]!;
    }
    patrolShare[t] = ratio(quarterPatrols[t]!, patrols[t]!);
    trueShare[t] = ratio(windowQuarterTrue, windowTrue);
    disparity[t] = ratio(ratio(windowQuarterPatrol, windowPatrol), trueShare[t]!);
  }
  const population = groupPopulations(city);
  const truePer1000 = { minority: new Float64Array(days), majority: new Float64Array(days) };
  const recordedPer1000 = { minority: new Float64Array(days), majority: new Float64Array(days) };
  const stopsWithoutHitPer1000 = { minority: new Float64Array(days), majority: new Float64Array(days) };
  // Cumulative sums per group in plain loops (no callbacks): this runs once per run, and small
  // runs such as the urn are dominated by fixed costs like it.
  let trueMinority = 0;
  let trueMajority = 0;
  let recordedMinority = 0;
  let recordedMajority = 0;
  let emptyMinority = 0;
  let emptyMajority = 0;
  for (let t = 0; t < days; t++) {
    const m = t * 2 + MINORITY;
    const j = t * 2 + MAJORITY;
    trueMinority += daily.groupTrue[m]!;
    trueMajority += daily.groupTrue[j]!;
    recordedMinority += daily.groupKnown[m]! + daily.groupStops[m]! - daily.groupStopsWithoutHit[m]!;
    recordedMajority += daily.groupKnown[j]! + daily.groupStops[j]! - daily.groupStopsWithoutHit[j]!;
    emptyMinority += daily.groupStopsWithoutHit[m]!;
    emptyMajority += daily.groupStopsWithoutHit[j]!;
    truePer1000.minority[t] = ratio(1000 * trueMinority, population[MINORITY]);
    truePer1000.majority[t] = ratio(1000 * trueMajority, population[MAJORITY]);
    recordedPer1000.minority[t] = ratio(1000 * recordedMinority, population[MINORITY]);
    recordedPer1000.majority[t] = ratio(1000 * recordedMajority, population[MAJORITY]);
    stopsWithoutHitPer1000.minority[t] = ratio(1000 * emptyMinority, population[MINORITY]);
    stopsWithoutHitPer1000.majority[t] = ratio(1000 * emptyMajority, population[MAJORITY]);
  }
  return {
    patrolShareMinorityQuarter: patrolShare,
    trueCrimeShareMinorityQuarter: trueShare,
    disparityRatio: disparity,
    truePer1000,
    recordedPer1000,
    stopsWithoutHitPer1000,
  };
}

