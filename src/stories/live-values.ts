/**
 * The live values a story sentence may quote: numbers read from a run's recorded history up to a
 * chapter's day, never typed into the text. Shares of the most-minority quarter use the same
 * trailing 30-day window as the page's charts and headline sentence; per-1,000 figures and counts
 * are cumulative from day 1; region values name single neighborhoods of small custom cities (the
 * urns). Pure functions over typed arrays: no DOM, so Node tests check every number.
 */
import { DISPARITY_WINDOW_DAYS, MAJORITY, MINORITY, gini, groupPopulations, ratio, type RunResult } from '../../models/index.ts';

/** How a live value is written in a sentence (see src/i18n/format.ts). */
export type LiveFormat = 'percent' | 'ratio' | 'amount' | 'integer' | 'index';

export interface LiveValueSpec {
  format: LiveFormat;
  /** What the number is, for authors of story texts. */
  meaning: string;
}

/** Every value a story template may name, with its format. */
export const LIVE_VALUE_SPECS = {
  day: { format: 'integer', meaning: 'Days played (the chapter day).' },
  windowDays: { format: 'integer', meaning: 'Days in the trailing window of the quarter shares (30, fewer early on).' },
  quarterPatrolShare: { format: 'percent', meaning: 'Share of patrol units sent to the most-minority quarter of neighborhoods over the window.' },
  quarterTrueShare: { format: 'percent', meaning: 'Share of true incidents that happened in the most-minority quarter over the window.' },
  quarterRecordedShare: { format: 'percent', meaning: 'Share of recorded incidents that were recorded in the most-minority quarter over the window.' },
  quarterPopulationShare: { format: 'percent', meaning: 'Share of residents who live in the most-minority quarter.' },
  quarterRiskShare: { format: 'percent', meaning: 'Share of the fused risk held by the most-minority quarter at the end of the day.' },
  disparityRatio: { format: 'ratio', meaning: 'quarterPatrolShare ÷ quarterTrueShare: 1 means patrols follow true crime.' },
  quarterReportShare: { format: 'percent', meaning: 'Share of resident reports, since day 1, that came from the most-minority quarter.' },
  quarterSensorShare: { format: 'percent', meaning: 'Share of sensor alerts, since day 1, that came from the most-minority quarter.' },
  quarterTrueShareToDate: { format: 'percent', meaning: 'Share of true incidents, since day 1, that happened in the most-minority quarter.' },
  minorityPopulationShare: { format: 'percent', meaning: 'Minority residents as a share of all residents.' },
  minorityTruePer1000: { format: 'amount', meaning: 'True incidents involving minority residents since day 1, per 1,000 minority residents.' },
  majorityTruePer1000: { format: 'amount', meaning: 'True incidents involving majority residents since day 1, per 1,000 majority residents.' },
  minorityRecordedPer1000: { format: 'amount', meaning: 'Recorded incidents (known true incidents plus stop hits) of the minority group since day 1, per 1,000.' },
  majorityRecordedPer1000: { format: 'amount', meaning: 'Recorded incidents of the majority group since day 1, per 1,000.' },
  recordedRatio: { format: 'ratio', meaning: 'minorityRecordedPer1000 ÷ majorityRecordedPer1000.' },
  minorityDetectionRate: { format: 'percent', meaning: 'Share of true incidents involving minority residents that became known to police (reports, discoveries, sensors).' },
  majorityDetectionRate: { format: 'percent', meaning: 'The same share for majority residents.' },
  minorityStops: { format: 'integer', meaning: 'Stops of minority residents since day 1.' },
  majorityStops: { format: 'integer', meaning: 'Stops of majority residents since day 1.' },
  minorityStopHits: { format: 'integer', meaning: 'Stops of minority residents that found something (a hit).' },
  majorityStopHits: { format: 'integer', meaning: 'Stops of majority residents that found something.' },
  minorityStopsWithoutHit: { format: 'integer', meaning: 'Stops of minority residents that found nothing.' },
  majorityStopsWithoutHit: { format: 'integer', meaning: 'Stops of majority residents that found nothing.' },
  stopHits: { format: 'integer', meaning: 'Stops that found something, all residents.' },
  stopsWithoutHit: { format: 'integer', meaning: 'Stops that found nothing, all residents.' },
  minorityStopsPer1000: { format: 'amount', meaning: 'Stops of minority residents since day 1, per 1,000 minority residents.' },
  majorityStopsPer1000: { format: 'amount', meaning: 'Stops of majority residents since day 1, per 1,000 majority residents.' },
  minorityEmptyStopsPer1000: { format: 'amount', meaning: 'Stops that found nothing, per 1,000 minority residents.' },
  majorityEmptyStopsPer1000: { format: 'amount', meaning: 'Stops that found nothing, per 1,000 majority residents.' },
  emptyStopRatio: { format: 'ratio', meaning: 'minorityEmptyStopsPer1000 ÷ majorityEmptyStopsPer1000.' },
  emptyStopsPerHit: { format: 'ratio', meaning: 'Stops that found nothing for each stop that found something.' },
  minorityShareOfEmptyStops: { format: 'percent', meaning: 'Share of all stops that found nothing which were stops of minority residents.' },
  trueIncidents: { format: 'integer', meaning: 'True incidents since day 1.' },
  recordedIncidents: { format: 'integer', meaning: 'Recorded incidents since day 1.' },
  reports: { format: 'integer', meaning: 'Resident reports since day 1.' },
  discoveries: { format: 'integer', meaning: 'Incidents discovered by patrols since day 1.' },
  sensorAlerts: { format: 'integer', meaning: 'Sensor alerts (true and false) since day 1.' },
  patrolGini: { format: 'index', meaning: 'Gini coefficient of patrols across neighborhoods over the window (0 even, 1 all in one place).' },
  region1TrueShare: { format: 'percent', meaning: 'Neighborhood 1\'s share of true incidents since day 1.' },
  region2TrueShare: { format: 'percent', meaning: 'Neighborhood 2\'s share of true incidents since day 1.' },
  region3TrueShare: { format: 'percent', meaning: 'Neighborhood 3\'s share of true incidents since day 1 (0 with fewer neighborhoods).' },
  region1RiskShare: { format: 'percent', meaning: 'Neighborhood 1\'s share of the fused risk at the end of the day: the chance a sampled unit goes there next.' },
  region2RiskShare: { format: 'percent', meaning: 'Neighborhood 2\'s share of the fused risk at the end of the day.' },
  region3RiskShare: { format: 'percent', meaning: 'Neighborhood 3\'s share of the fused risk at the end of the day.' },
  region1PatrolShare: { format: 'percent', meaning: 'Neighborhood 1\'s share of patrol units since day 1.' },
  region2PatrolShare: { format: 'percent', meaning: 'Neighborhood 2\'s share of patrol units since day 1.' },
  region3PatrolShare: { format: 'percent', meaning: 'Neighborhood 3\'s share of patrol units since day 1.' },
} as const satisfies Record<string, LiveValueSpec>;

export type LiveValueName = keyof typeof LIVE_VALUE_SPECS;
export type LiveValues = Record<LiveValueName, number>;

export const LIVE_VALUE_NAMES = Object.keys(LIVE_VALUE_SPECS) as LiveValueName[];

/** Neighborhoods that have region values (regionN…). */
export const REGION_VALUE_COUNT = 3;

export function isLiveValueName(name: string): name is LiveValueName {
  return Object.hasOwn(LIVE_VALUE_SPECS, name);
}

/**
 * The live values of `result` after `day` days (1 ≤ day ≤ days simulated): rows 0 … day − 1 of
 * its history. Throws RangeError when the run has not reached that day.
 */
export function computeLiveValues(result: RunResult, day: number): LiveValues {
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
  const values: LiveValues = {
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
