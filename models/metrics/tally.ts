/**
 * What the metrics need, kept by the day loop as it runs, so a run that reports only metrics
 * keeps no history. Every recording level keeps a MetricTally (memory proportional to the
 * neighborhoods): sums over the tail window per neighborhood, run totals and group totals. The
 * 'series' and 'history' levels also keep DailyTotals (memory proportional to the days): the
 * city-wide daily sums the series are made of. The loop adds in the order computeMetrics and
 * computeSeries sum a history, so every level gives the same numbers bit for bit.
 */
import type { GroupColumn, History } from '../history.ts';

/** Days in the tail window of a run of `days` days: the last tenth, at least one. */
export function tailDaysOf(days: number): number {
  return Math.max(1, Math.ceil(days / 10));
}

/** Run totals of every recorded count (the RunMetrics `totals`). */
export interface RunTotals {
  trueIncidents: number;
  recordedIncidents: number;
  reports: number;
  discoveries: number;
  stops: number;
  stopHits: number;
  stopsWithoutHit: number;
  sensorAlerts: number;
}

export interface MetricTally {
  /** Days the run will have, and the first day of its tail window. */
  days: number;
  tailStart: number;
  /** Per neighborhood, patrol units (as the history's Float32 column holds them) and true incidents over the tail window. */
  tailPatrols: Float64Array;
  tailTrue: Float64Array;
  totals: RunTotals;
  /** Run totals by group, index MINORITY or MAJORITY: as the group columns of History, summed over days. */
  groupTrue: Float64Array;
  groupKnown: Float64Array;
  groupStops: Float64Array;
  groupStopsWithoutHit: Float64Array;
}

/** City-wide daily sums (index day), and the daily group columns (index day * 2 + group). */
export interface DailyTotals extends Pick<History, GroupColumn> {
  days: number;
  /** Patrol units, as the history's Float32 column holds them, summed over neighborhoods. */
  patrols: Float64Array;
  /** The same over the most-minority quarter only. */
  quarterPatrols: Float64Array;
  trueIncidents: Float64Array;
  quarterTrue: Float64Array;
}

export function createTally(days: number, size: number): MetricTally {
  return {
    days,
    tailStart: Math.max(0, days - tailDaysOf(days)),
    tailPatrols: new Float64Array(size),
    tailTrue: new Float64Array(size),
    totals: { trueIncidents: 0, recordedIncidents: 0, reports: 0, discoveries: 0, stops: 0, stopHits: 0, stopsWithoutHit: 0, sensorAlerts: 0 },
    groupTrue: new Float64Array(2),
    groupKnown: new Float64Array(2),
    groupStops: new Float64Array(2),
    groupStopsWithoutHit: new Float64Array(2),
  };
}

/** Daily totals for `days` days; `groups` shares a history's group columns instead of allocating new ones. */
export function createDailyTotals(days: number, groups?: Pick<History, GroupColumn>): DailyTotals {
  return {
    days,
    patrols: new Float64Array(days),
    quarterPatrols: new Float64Array(days),
    trueIncidents: new Float64Array(days),
    quarterTrue: new Float64Array(days),
    groupTrue: groups?.groupTrue ?? new Float64Array(days * 2),
    groupKnown: groups?.groupKnown ?? new Float64Array(days * 2),
    groupStops: groups?.groupStops ?? new Float64Array(days * 2),
    groupStopsWithoutHit: groups?.groupStopsWithoutHit ?? new Float64Array(days * 2),
  };
}

/** The daily totals of days [0, history.daysDone) of a recorded history. */
export function dailyTotalsOf(history: History, minorityQuarter: Uint8Array): DailyTotals {
  const { daysDone: days, size, patrols, trueIncidents } = history;
  const daily = createDailyTotals(days, history);
  for (let t = 0; t < days; t++) {
    const row = t * size;
    let dayPatrols = 0;
    let dayQuarterPatrols = 0;
    let dayTrue = 0;
    let dayQuarterTrue = 0;
    for (let i = 0; i < size; i++) {
      const units = patrols[row + i]!;
      const incidents = trueIncidents[row + i]!;
      dayPatrols += units;
      dayTrue += incidents;
      if (minorityQuarter[i]) {
        dayQuarterPatrols += units;
        dayQuarterTrue += incidents;
      }
    }
    daily.patrols[t] = dayPatrols;
    daily.quarterPatrols[t] = dayQuarterPatrols;
    daily.trueIncidents[t] = dayTrue;
    daily.quarterTrue[t] = dayQuarterTrue;
  }
  return daily;
}
