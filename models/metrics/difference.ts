/**
 * Differences between twins, B minus A: what the lab's compare view draws, as pure functions of two runs on the same
 * seed. Series are compared day by day, the Lorenz curves at common points of true-crime share,
 * and the map neighborhood by neighborhood on the layer both maps show.
 */
import type { RunResult } from '../run.ts';
import { lorenzAt, lorenzCurve } from './lorenz.ts';
import { LayerBuffers, layerValues, type MapLayer } from './map-layers.ts';
import { windowedQuarterPatrolShare } from './trailing.ts';

/** b[t] − a[t] over the days both have. */
export function subtractSeries(b: ArrayLike<number>, a: ArrayLike<number>): Float64Array {
  const length = Math.min(a.length, b.length);
  const out = new Float64Array(length);
  for (let t = 0; t < length; t++) out[t] = b[t]! - a[t]!;
  return out;
}

/** Largest |value| among the finite values (0 when none). */
export function maxAbs(values: ArrayLike<number>): number {
  let largest = 0;
  for (let i = 0; i < values.length; i++) {
    const value = Math.abs(values[i]!);
    if (Number.isFinite(value) && value > largest) largest = value;
  }
  return largest;
}

/** Total true incidents of a run, over all neighborhoods and days simulated. */
export function trueIncidentTotal(result: RunResult): number {
  const { history } = result;
  let total = 0;
  for (let k = 0; k < history.daysDone * history.size; k++) total += history.trueIncidents[k]!;
  return total;
}

/** Per day, how many neighborhoods had a different count of true incidents in A and B (0 throughout for twins). */
export function trueIncidentMismatches(a: RunResult, b: RunResult): number {
  if (a.history.size !== b.history.size) return Number.POSITIVE_INFINITY;
  const cells = Math.min(a.history.daysDone, b.history.daysDone) * a.history.size;
  let mismatches = 0;
  for (let k = 0; k < cells; k++) if (a.history.trueIncidents[k] !== b.history.trueIncidents[k]) mismatches++;
  return mismatches;
}

/** The 30-day windowed patrol share of the most-minority quarter (as the patrol-share chart draws it). */
export function quarterPatrolShare(result: RunResult): Float64Array {
  return windowedQuarterPatrolShare(result.history, result.city);
}

/** Per-neighborhood sums of a history column over days 0 … day. */
function totalsThrough(column: ArrayLike<number>, size: number, day: number): Float64Array {
  const totals = new Float64Array(size);
  for (let t = 0; t <= day; t++) {
    const row = t * size;
    for (let i = 0; i < size; i++) totals[i] = totals[i]! + column[row + i]!;
  }
  return totals;
}

export interface LorenzDifference {
  /** Cumulative share of true crime, evenly spaced from 0 to 1. */
  x: Float64Array;
  a: Float64Array;
  b: Float64Array;
  /** b − a: share of patrols. */
  difference: Float64Array;
}

/** Both Lorenz curves of patrols against true crime (days 0 … day) at `points` evenly spaced x, and B − A. */
export function lorenzDifference(a: RunResult, b: RunResult, day: number, points = 51): LorenzDifference {
  const curve = (result: RunResult) => {
    const last = Math.min(day, result.history.daysDone - 1);
    const { history } = result;
    return lorenzCurve(totalsThrough(history.patrols, history.size, last), totalsThrough(history.trueIncidents, history.size, last));
  };
  const curveA = curve(a);
  const curveB = curve(b);
  const x = new Float64Array(points);
  const ya = new Float64Array(points);
  const yb = new Float64Array(points);
  for (let k = 0; k < points; k++) {
    x[k] = k / (points - 1);
    ya[k] = lorenzAt(curveA, x[k]!);
    yb[k] = lorenzAt(curveB, x[k]!);
  }
  return { x, a: ya, b: yb, difference: subtractSeries(yb, ya) };
}

/**
 * B − A of a map layer on `day`, per neighborhood; NaN where either side has no value (the
 * over-policing index where there was neither crime nor patrols, or patrols but no crime).
 */
export function layerDifference(a: RunResult, b: RunResult, layer: MapLayer, day: number): Float64Array {
  const size = a.city.size;
  const valuesA = Float64Array.from(layerValues(a, layer, Math.min(day, a.history.daysDone - 1), new LayerBuffers(size)));
  const valuesB = layerValues(b, layer, Math.min(day, b.history.daysDone - 1), new LayerBuffers(size));
  const out = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    const difference = valuesB[i]! - valuesA[i]!;
    out[i] = Number.isFinite(valuesA[i]!) && Number.isFinite(valuesB[i]!) ? difference : Number.NaN;
  }
  return out;
}
