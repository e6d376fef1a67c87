/**
 * Pure computations the charts need beyond the model's own series: windowed patrol shares,
 * per-neighborhood totals up to a day, the Lorenz curve of patrols against true crime, and the
 * days sampled into data tables. No DOM here, so Node tests can check the numbers.
 */
import { DISPARITY_WINDOW_DAYS, ratio, type City, type History, type RunResult } from '../../../models/index.ts';

/** Clamps a playback day to the days a run has filled (0-based); -1 when nothing is filled. */
export function clampDay(result: RunResult, day: number): number {
  const last = result.history.daysDone - 1;
  if (!Number.isFinite(day)) return last;
  return Math.max(Math.min(0, last), Math.min(last, Math.floor(day)));
}

/**
 * Share of patrols that went to the most-minority quarter over the trailing window ending on
 * each day (days t − window + 1 … t), as a ratio of sums: the same window and definition as the
 * model's true-crime share and disparity series, so the lines compare like with like.
 * A window of 1 gives the raw daily share.
 */
export function windowedQuarterPatrolShare(history: History, city: City, windowDays = DISPARITY_WINDOW_DAYS): Float64Array {
  const days = history.daysDone;
  const size = history.size;
  const quarterByDay = new Float64Array(days);
  const totalByDay = new Float64Array(days);
  for (let t = 0; t < days; t++) {
    const row = t * size;
    let quarter = 0;
    let total = 0;
    for (let i = 0; i < size; i++) {
      const patrols = history.patrols[row + i]!;
      total += patrols;
      if (city.minorityQuarter[i]) quarter += patrols;
    }
    quarterByDay[t] = quarter;
    totalByDay[t] = total;
  }
  const shares = new Float64Array(days);
  let quarter = 0;
  let total = 0;
  for (let t = 0; t < days; t++) {
    quarter += quarterByDay[t]!;
    total += totalByDay[t]!;
    const leaving = t - windowDays;
    if (leaving >= 0) {
      quarter -= quarterByDay[leaving]!;
      total -= totalByDay[leaving]!;
    }
    shares[t] = ratio(quarter, total);
  }
  return shares;
}

/**
 * Running per-neighborhood totals of a history column from day 0 through a chosen day.
 * Moving forward adds only the new rows, so playback costs one row per frame; moving back
 * starts over.
 */
export class RunningTotals {
  readonly totals: Float64Array;
  private readonly column: ArrayLike<number>;
  private readonly size: number;
  /** The last day included, or -1 for none. */
  private through = -1;

  constructor(column: ArrayLike<number>, size: number) {
    this.column = column;
    this.size = size;
    this.totals = new Float64Array(size);
  }

  /** Totals over days 0 … day inclusive. */
  advanceTo(day: number): Float64Array {
    if (day < this.through) {
      this.totals.fill(0);
      this.through = -1;
    }
    for (let t = this.through + 1; t <= day; t++) {
      const row = t * this.size;
      for (let i = 0; i < this.size; i++) this.totals[i] = this.totals[i]! + this.column[row + i]!;
    }
    this.through = Math.max(this.through, day);
    return this.totals;
  }
}

/** Sum of a history column over days from … to inclusive, for one neighborhood. */
export function cellWindowSum(column: ArrayLike<number>, size: number, index: number, from: number, to: number): number {
  let total = 0;
  for (let t = Math.max(0, from); t <= to; t++) total += column[t * size + index]!;
  return total;
}

export interface LorenzCurve {
  /** Cumulative share of true crime, from 0 to 1 (length = neighborhoods counted + 1). */
  x: Float64Array;
  /** Cumulative share of patrols at the same points. */
  y: Float64Array;
  /** Neighborhood indices in curve order (fewest patrols per true incident first). */
  order: Int32Array;
}

/**
 * Lorenz curve of patrols against true crime: neighborhoods sorted by patrols per true incident,
 * ascending (one with patrols but no crime counts as infinitely many, last); x accumulates their
 * shares of true crime and y their shares of patrols. Patrols that follow true crime give the
 * diagonal; the further the curve bows below it, the more patrols concentrate where crime is not.
 * Neighborhoods with neither patrols nor crime add nothing and are left out.
 */
export function lorenzCurve(patrols: ArrayLike<number>, trueCrime: ArrayLike<number>): LorenzCurve {
  let patrolTotal = 0;
  let crimeTotal = 0;
  let count = 0;
  const candidates = new Int32Array(patrols.length);
  // Patrols per true incident, computed once so the sort compares plain numbers.
  const perIncident = new Float64Array(patrols.length);
  for (let i = 0; i < patrols.length; i++) {
    const p = patrols[i]!;
    const c = trueCrime[i]!;
    patrolTotal += p;
    crimeTotal += c;
    perIncident[i] = c > 0 ? p / c : Number.POSITIVE_INFINITY;
    if (p > 0 || c > 0) candidates[count++] = i;
  }
  const kept = candidates.subarray(0, count).sort((a, b) => perIncident[a]! - perIncident[b]! || a - b);
  const x = new Float64Array(kept.length + 1);
  const y = new Float64Array(kept.length + 1);
  let cumulativeCrime = 0;
  let cumulativePatrols = 0;
  kept.forEach((i, k) => {
    cumulativeCrime += trueCrime[i]!;
    cumulativePatrols += patrols[i]!;
    x[k + 1] = ratio(cumulativeCrime, crimeTotal);
    y[k + 1] = ratio(cumulativePatrols, patrolTotal);
  });
  return { x, y, order: kept };
}

/** The curve's y at x (linear between points; the first point wins on a vertical step). */
export function lorenzAt(curve: LorenzCurve, at: number): number {
  const { x, y } = curve;
  for (let k = 1; k < x.length; k++) {
    if (x[k]! >= at) {
      const x0 = x[k - 1]!;
      const x1 = x[k]!;
      const t = x1 > x0 ? (at - x0) / (x1 - x0) : 1;
      return y[k - 1]! + t * (y[k]! - y[k - 1]!);
    }
  }
  return y[y.length - 1] ?? 0;
}

/**
 * Share of patrols received by the neighborhoods with the most patrols per true incident that
 * together had `topCrimeShare` of true crime: 1 − L(1 − topCrimeShare). Equal to topCrimeShare
 * when patrols follow true crime.
 */
export function patrolShareOfTopCrime(curve: LorenzCurve, topCrimeShare: number): number {
  if (curve.x.length < 2) return 0;
  return 1 - lorenzAt(curve, 1 - topCrimeShare);
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
