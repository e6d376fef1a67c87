/**
 * What the explorable's chart builders read from a run, computed once per run: the day axis,
 * the named metrics that are not already series of the run (the quarter's windowed patrol share,
 * the Lorenz curve as of a day), and the constant lines. Builders are pure functions of this and
 * a day; keeping the arrays here keeps their identity from frame to frame, so the chart element
 * lays out a run once and each playback frame moves only the playhead.
 */
import { DISPARITY_WINDOW_DAYS, lorenzCurve, RunningTotals, windowedQuarterPatrolShare, type LorenzCurve, type RunResult } from '../../../models/index.ts';

export interface RunChartData {
  readonly result: RunResult;
  /** Day numbers 1 … days filled: the x of every time-series chart. */
  readonly dayAxis: Float64Array;
  /** The most-minority quarter's share of patrols over the trailing window ending on each day. */
  readonly quarterPatrolShare: Float64Array;
  /** The quarter's share of residents on every day (a constant line). */
  readonly populationShare: Float64Array;
  /** 1 on every day: the disparity ratio at which patrols follow true crime. */
  readonly parity: Float64Array;
  /** Per-neighborhood patrols and true incidents from day 1 through `day` (0-based), and their Lorenz curve. */
  lorenzThrough(day: number): { patrols: Float64Array; crime: Float64Array; curve: LorenzCurve };
}

/** The disparity ratio at which patrols follow true crime. */
export const PARITY = 1;

const cache = new WeakMap<RunResult, RunChartData>();

/**
 * The chart data of `result`, computed on first use and kept while the run lives (computed again
 * if a streamed run's history has grown since).
 */
export function runChartData(result: RunResult): RunChartData {
  let data = cache.get(result);
  if (!data || data.dayAxis.length !== result.history.daysDone) {
    data = computeRunChartData(result);
    cache.set(result, data);
  }
  return data;
}

function computeRunChartData(result: RunResult): RunChartData {
  const { history, city } = result;
  const days = history.daysDone;
  const patrolTotals = new RunningTotals(history.patrols, history.size);
  const crimeTotals = new RunningTotals(history.trueIncidents, history.size);
  // Moving forward adds one day's rows per frame; the curve of the last day asked for is kept.
  let last: { day: number; curve: LorenzCurve } | undefined;
  return {
    result,
    dayAxis: Float64Array.from({ length: days }, (_, t) => t + 1),
    quarterPatrolShare: windowedQuarterPatrolShare(history, city, DISPARITY_WINDOW_DAYS),
    populationShare: new Float64Array(days).fill(result.metrics.minorityQuarter.populationShare),
    parity: new Float64Array(days).fill(PARITY),
    lorenzThrough(day) {
      const patrols = patrolTotals.advanceTo(day);
      const crime = crimeTotals.advanceTo(day);
      if (last?.day !== day) last = { day, curve: lorenzCurve(patrols, crime) };
      return { patrols, crime, curve: last.curve };
    },
  };
}
