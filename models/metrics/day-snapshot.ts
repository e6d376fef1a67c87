/**
 * Metrics as of a day: what the page shows for one day of a run: the most-minority quarter's shares of patrols,
 * true crime, records and risk over a trailing window, and the day's flows around the loop. They
 * are pure functions of the recorded history (a partial one while a run streams in), cheap enough
 * to recompute on every playback frame.
 */
import type { RunResult } from '../run.ts';
import { DISPARITY_WINDOW_DAYS } from './series.ts';

/** The most-minority quarter of neighborhoods against the rest, over the trailing window. */
export interface QuarterShares {
  /** Neighborhoods in the most-minority quarter (one in a two-neighborhood city). */
  neighborhoods: number;
  /** First and last day (0-based, inclusive) of the window the shares cover. */
  fromDay: number;
  toDay: number;
  patrolShare: number;
  trueCrimeShare: number;
  recordedShare: number;
  /** Share of the fused risk on the day itself (what the next day's patrols follow). */
  riskShare: number;
  populationShare: number;
  /** True incidents and patrol units in the whole city over the window (0 means no share is meaningful). */
  trueTotal: number;
  patrolTotal: number;
}

/** City-wide totals of one day, one number per arrow of the loop diagram. */
export interface DayFlows {
  trueIncidents: number;
  reports: number;
  sensorAlerts: number;
  discoveries: number;
  stops: number;
  stopHits: number;
  stopsWithoutHit: number;
  recordedIncidents: number;
  patrolUnits: number;
  /** Share of the day's patrol units sent to the most-minority quarter. */
  quarterPatrolShare: number;
  /** Records in the database on day 0, times the history weight (0 when that source is off). */
  priorRecords: number;
}

export interface DaySnapshot {
  /** The day shown, clamped to the days simulated so far (0-based). */
  day: number;
  quarter: QuarterShares;
  flows: DayFlows;
}

/** Last day (0-based) that `result` can show, or -1 before any day is simulated. */
export function lastAvailableDay(result: RunResult): number {
  return result.history.daysDone - 1;
}

/** The figures of `day` (clamped into the simulated days); null before any day exists. */
export function daySnapshot(result: RunResult, day: number, windowDays = DISPARITY_WINDOW_DAYS): DaySnapshot | null {
  const last = lastAvailableDay(result);
  if (last < 0) return null;
  const shown = Math.max(0, Math.min(last, Math.floor(day)));
  return { day: shown, quarter: quarterShares(result, shown, windowDays), flows: dayFlows(result, shown) };
}

function quarterShares(result: RunResult, day: number, windowDays: number): QuarterShares {
  const { history, city } = result;
  const size = history.size;
  const quarter = city.minorityQuarter;
  const fromDay = Math.max(0, day - windowDays + 1);
  let patrolAll = 0;
  let patrolQuarter = 0;
  let trueAll = 0;
  let trueQuarter = 0;
  let recordedAll = 0;
  let recordedQuarter = 0;
  for (let t = fromDay; t <= day; t++) {
    const row = t * size;
    for (let i = 0; i < size; i++) {
      const patrols = history.patrols[row + i]!;
      const incidents = history.trueIncidents[row + i]!;
      const recorded = history.recordedIncidents[row + i]!;
      patrolAll += patrols;
      trueAll += incidents;
      recordedAll += recorded;
      if (quarter[i]) {
        patrolQuarter += patrols;
        trueQuarter += incidents;
        recordedQuarter += recorded;
      }
    }
  }
  let riskAll = 0;
  let riskQuarter = 0;
  let populationAll = 0;
  let populationQuarter = 0;
  let neighborhoods = 0;
  const row = day * size;
  for (let i = 0; i < size; i++) {
    const risk = history.risk[row + i]!;
    riskAll += risk;
    populationAll += city.population[i]!;
    if (quarter[i]) {
      neighborhoods++;
      riskQuarter += risk;
      populationQuarter += city.population[i]!;
    }
  }
  return {
    neighborhoods,
    fromDay,
    toDay: day,
    patrolShare: share(patrolQuarter, patrolAll),
    trueCrimeShare: share(trueQuarter, trueAll),
    recordedShare: share(recordedQuarter, recordedAll),
    riskShare: share(riskQuarter, riskAll),
    populationShare: share(populationQuarter, populationAll),
    trueTotal: trueAll,
    patrolTotal: patrolAll,
  };
}

function dayFlows(result: RunResult, day: number): DayFlows {
  const { history, city, params } = result;
  const size = history.size;
  const start = day * size;
  const end = start + size;
  const total = (column: ArrayLike<number>) => {
    let sum = 0;
    for (let i = start; i < end; i++) sum += column[i]!;
    return sum;
  };
  const history0 = params.sources.history;
  let quarterPatrols = 0;
  for (let i = 0; i < size; i++) if (city.minorityQuarter[i]) quarterPatrols += history.patrols[start + i]!;
  const patrolUnits = total(history.patrols);
  let prior = 0;
  if (history0.enabled && !params.corrections.reportsOnly) for (let i = 0; i < size; i++) prior += city.priorRecords[i]!;
  return {
    trueIncidents: total(history.trueIncidents),
    reports: total(history.reports),
    sensorAlerts: total(history.sensorAlerts),
    discoveries: total(history.discoveries),
    stops: total(history.stops),
    stopHits: total(history.stopHits),
    stopsWithoutHit: total(history.stopsWithoutHit),
    recordedIncidents: total(history.recordedIncidents),
    patrolUnits,
    quarterPatrolShare: share(quarterPatrols, patrolUnits),
    priorRecords: prior * history0.weight,
  };
}

function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}
