/**
 * Named metrics as of a day, for story sentences: numbers read from a run's recorded history up
 * to a chapter's day. Shares of the most-minority quarter use the same trailing 30-day window as
 * the page's charts and headline sentence; per-1,000 figures and counts are cumulative from day 1;
 * region values name single neighborhoods of small custom cities (the urns). The story's table of
 * these names, with their formats and meanings, is src/stories/live-values.ts.
 */
import { MAJORITY, MINORITY } from '../history.ts';
import type { RunResult } from '../run.ts';
import { DISPARITY_WINDOW_DAYS } from './series.ts';
import { gini, groupPopulations, ratio } from './windows.ts';

/** Every value a chapter can quote. */
export const CHAPTER_VALUE_NAMES = [
  'day',
  'windowDays',
  'quarterPatrolShare',
  'quarterTrueShare',
  'quarterRecordedShare',
  'quarterPopulationShare',
  'quarterRiskShare',
  'disparityRatio',
  'quarterReportShare',
  'quarterSensorShare',
  'quarterTrueShareToDate',
  'minorityPopulationShare',
  'minorityTruePer1000',
  'majorityTruePer1000',
  'minorityRecordedPer1000',
  'majorityRecordedPer1000',
  'recordedRatio',
  'minorityDetectionRate',
  'majorityDetectionRate',
  'minorityStops',
  'majorityStops',
  'minorityStopHits',
  'majorityStopHits',
  'minorityStopsWithoutHit',
  'majorityStopsWithoutHit',
  'stopHits',
  'stopsWithoutHit',
  'minorityStopsPer1000',
  'majorityStopsPer1000',
  'minorityEmptyStopsPer1000',
  'majorityEmptyStopsPer1000',
  'emptyStopRatio',
  'emptyStopsPerHit',
  'minorityShareOfEmptyStops',
  'trueIncidents',
  'recordedIncidents',
  'reports',
  'discoveries',
  'sensorAlerts',
  'patrolGini',
  'region1TrueShare',
  'region2TrueShare',
  'region3TrueShare',
  'region1RiskShare',
  'region2RiskShare',
  'region3RiskShare',
  'region1PatrolShare',
  'region2PatrolShare',
  'region3PatrolShare',
] as const;

export type ChapterValueName = (typeof CHAPTER_VALUE_NAMES)[number];
export type ChapterValues = Record<ChapterValueName, number>;

/** Neighborhoods that have region values (regionN…). */
export const REGION_VALUE_COUNT = 3;

/**
 * The chapter values of `result` after `day` days (1 ≤ day ≤ days simulated): rows 0 … day − 1 of
 * its history. Throws RangeError when the run has not reached that day.
 */
export function chapterValues(result: RunResult, day: number): ChapterValues {
  const { history, city } = result;
  const size = history.size;
  if (!Number.isInteger(day) || day < 1 || day > history.daysDone) {
    throw new RangeError(`A story chapter can quote a run only on days 1 to ${history.daysDone} it has simulated, not on day ${day}.`);
  }
  const windowStart = Math.max(0, day - DISPARITY_WINDOW_DAYS);
  const quarter = city.minorityQuarter;

  const windowPatrols = new Float64Array(size);
  const windowTrue = new Float64Array(size);
  const windowRecorded = new Float64Array(size);
  const trueToDate = new Float64Array(size);
  const patrolsToDate = new Float64Array(size);
  let reportsAll = 0;
  let reportsQuarter = 0;
  let sensorAll = 0;
  let sensorQuarter = 0;
  let recordedIncidents = 0;
  let discoveries = 0;
  for (let t = 0; t < day; t++) {
    const row = t * size;
    const inWindow = t >= windowStart;
    for (let i = 0; i < size; i++) {
      const cell = row + i;
      const incidents = history.trueIncidents[cell]!;
      const patrols = history.patrols[cell]!;
      trueToDate[i] = trueToDate[i]! + incidents;
      patrolsToDate[i] = patrolsToDate[i]! + patrols;
      if (inWindow) {
        windowPatrols[i] = windowPatrols[i]! + patrols;
        windowTrue[i] = windowTrue[i]! + incidents;
        windowRecorded[i] = windowRecorded[i]! + history.recordedIncidents[cell]!;
      }
      const reportCount = history.reports[cell]!;
      const alerts = history.sensorAlerts[cell]!;
      reportsAll += reportCount;
      sensorAll += alerts;
      if (quarter[i]) {
        reportsQuarter += reportCount;
        sensorQuarter += alerts;
      }
      recordedIncidents += history.recordedIncidents[cell]!;
      discoveries += history.discoveries[cell]!;
    }
  }

  const quarterShare = (values: Float64Array): number => {
    let inQuarter = 0;
    let all = 0;
    for (let i = 0; i < size; i++) {
      all += values[i]!;
      if (quarter[i]) inQuarter += values[i]!;
    }
    return ratio(inQuarter, all);
  };
  const lastRisk = Float64Array.from(history.risk.subarray((day - 1) * size, day * size));

  const groups = groupTotals(result, day);
  const [minorityPopulation, majorityPopulation] = groupPopulations(city);
  const per1000 = (count: number, residents: number) => ratio(1000 * count, residents);
  const minorityHits = groups.stops[MINORITY] - groups.empty[MINORITY];
  const majorityHits = groups.stops[MAJORITY] - groups.empty[MAJORITY];
  const minorityRecorded = per1000(groups.known[MINORITY] + minorityHits, minorityPopulation);
  const majorityRecorded = per1000(groups.known[MAJORITY] + majorityHits, majorityPopulation);
  const minorityEmpty = per1000(groups.empty[MINORITY], minorityPopulation);
  const majorityEmpty = per1000(groups.empty[MAJORITY], majorityPopulation);
  const hitsAll = minorityHits + majorityHits;
  const emptyAll = groups.empty[MINORITY] + groups.empty[MAJORITY];

  const quarterPatrolShare = quarterShare(windowPatrols);
  const quarterTrueShare = quarterShare(windowTrue);
  const values: ChapterValues = {
    day,
    windowDays: day - windowStart,
    quarterPatrolShare,
    quarterTrueShare,
    quarterRecordedShare: quarterShare(windowRecorded),
    quarterPopulationShare: quarterShare(city.population),
    quarterRiskShare: quarterShare(lastRisk),
    disparityRatio: ratio(quarterPatrolShare, quarterTrueShare),
    quarterReportShare: ratio(reportsQuarter, reportsAll),
    quarterSensorShare: ratio(sensorQuarter, sensorAll),
    quarterTrueShareToDate: quarterShare(trueToDate),
    minorityPopulationShare: ratio(minorityPopulation, minorityPopulation + majorityPopulation),
    minorityTruePer1000: per1000(groups.trueCount[MINORITY], minorityPopulation),
    majorityTruePer1000: per1000(groups.trueCount[MAJORITY], majorityPopulation),
    minorityRecordedPer1000: minorityRecorded,
    majorityRecordedPer1000: majorityRecorded,
    recordedRatio: ratio(minorityRecorded, majorityRecorded),
    minorityDetectionRate: ratio(groups.known[MINORITY], groups.trueCount[MINORITY]),
    majorityDetectionRate: ratio(groups.known[MAJORITY], groups.trueCount[MAJORITY]),
    minorityStops: groups.stops[MINORITY],
    majorityStops: groups.stops[MAJORITY],
    minorityStopHits: minorityHits,
    majorityStopHits: majorityHits,
    minorityStopsWithoutHit: groups.empty[MINORITY],
    majorityStopsWithoutHit: groups.empty[MAJORITY],
    stopHits: hitsAll,
    stopsWithoutHit: emptyAll,
    minorityStopsPer1000: per1000(groups.stops[MINORITY], minorityPopulation),
    majorityStopsPer1000: per1000(groups.stops[MAJORITY], majorityPopulation),
    minorityEmptyStopsPer1000: minorityEmpty,
    majorityEmptyStopsPer1000: majorityEmpty,
    emptyStopRatio: ratio(minorityEmpty, majorityEmpty),
    emptyStopsPerHit: ratio(emptyAll, hitsAll),
    minorityShareOfEmptyStops: ratio(groups.empty[MINORITY], emptyAll),
    trueIncidents: sumOf(trueToDate),
    recordedIncidents,
    reports: reportsAll,
    discoveries,
    sensorAlerts: sensorAll,
    patrolGini: gini(windowPatrols),
    region1TrueShare: regionShare(trueToDate, 0),
    region2TrueShare: regionShare(trueToDate, 1),
    region3TrueShare: regionShare(trueToDate, 2),
    region1RiskShare: regionShare(lastRisk, 0),
    region2RiskShare: regionShare(lastRisk, 1),
    region3RiskShare: regionShare(lastRisk, 2),
    region1PatrolShare: regionShare(patrolsToDate, 0),
    region2PatrolShare: regionShare(patrolsToDate, 1),
    region3PatrolShare: regionShare(patrolsToDate, 2),
  };
  return values;
}

interface GroupTotals {
  trueCount: [number, number];
  known: [number, number];
  stops: [number, number];
  empty: [number, number];
}

/** Per-group totals over days 0 … day − 1, indexed MINORITY / MAJORITY. */
function groupTotals(result: RunResult, day: number): GroupTotals {
  const { groupTrue, groupKnown, groupStops, groupStopsWithoutHit } = result.history;
  const totals: GroupTotals = { trueCount: [0, 0], known: [0, 0], stops: [0, 0], empty: [0, 0] };
  for (let t = 0; t < day; t++) {
    for (const group of [MINORITY, MAJORITY] as const) {
      const index = t * 2 + group;
      totals.trueCount[group] += groupTrue[index]!;
      totals.known[group] += groupKnown[index]!;
      totals.stops[group] += groupStops[index]!;
      totals.empty[group] += groupStopsWithoutHit[index]!;
    }
  }
  return totals;
}

function sumOf(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
}

/** Neighborhood `index`'s share of the total, or 0 when the city has no such neighborhood. */
function regionShare(values: Float64Array, index: number): number {
  return index < values.length ? ratio(values[index]!, sumOf(values)) : 0;
}
