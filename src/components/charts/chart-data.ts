/**
 * Chart helpers that are not metrics: the playback day clamped to a run's filled days and the days
 * sampled into data tables. The numbers the charts draw are model metrics (models/metrics/:
 * trailing.ts, lorenz.ts), re-exported here for the chart modules.
 */
import type { RunResult } from '../../../models/index.ts';

export { cellWindowSum, RunningTotals, windowedQuarterPatrolShare } from '../../../models/metrics/trailing.ts';
export { lorenzAt, lorenzCurve, patrolShareOfTopCrime, type LorenzCurve } from '../../../models/metrics/lorenz.ts';

/** Clamps a playback day to the days a run has filled (0-based); -1 when nothing is filled. */
export function clampDay(result: RunResult, day: number): number {
  const last = result.history.daysDone - 1;
  if (!Number.isFinite(day)) return last;
  return Math.max(Math.min(0, last), Math.min(last, Math.floor(day)));
}

/**
 * Days (0-based) for a data table: evenly spaced from day 0 through `through`, at most `maxRows`,
 * always including the first and the last.
 */
export function sampleDays(through: number, maxRows = 20): number[] {
  if (through < 0) return [];
  const count = through + 1;
  if (count <= maxRows) return Array.from({ length: count }, (_, t) => t);
  const step = Math.ceil(through / (maxRows - 1));
  const days: number[] = [];
  for (let t = 0; t < through; t += step) days.push(t);
  days.push(through);
  return days;
}
