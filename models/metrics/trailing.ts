/**
 * Trailing-window and running sums of a recorded history for playback: the most-minority
 * quarter's patrol share over the window ending on each day, per-neighborhood totals through a
 * day (advanced row by row as playback moves on), and one neighborhood's sum over a day range.
 */
import type { City } from '../city.ts';
import type { History } from '../history.ts';
import { DISPARITY_WINDOW_DAYS } from './series.ts';
import { ratio } from './windows.ts';

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
