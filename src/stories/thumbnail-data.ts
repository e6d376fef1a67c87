/**
 * The numbers a gallery thumbnail draws: the most-minority quarter's patrol share against its
 * share of true crime over a preset's run, both over the trailing 30-day window of the model's
 * series, thinned to a few dozen points. Pure, so Node tests check it.
 */
import { DISPARITY_WINDOW_DAYS, type MetricSeries } from '../../models/index.ts';

export interface ThumbnailData {
  days: number;
  /** Sampled day indices (0-based), ending on the last day. */
  sampleDays: Int32Array;
  /** Patrol share of the quarter at each sampled day (trailing-window mean of the daily share). */
  patrols: Float64Array;
  /** True-crime share of the quarter at each sampled day (the model's trailing-window series). */
  truth: Float64Array;
}

/** Points drawn per line: enough for a 200-pixel sparkline. */
export const THUMBNAIL_POINTS = 48;

/**
 * Thins the quarter's series to `points` days. The daily patrol share is averaged over the same
 * trailing window as the model's true-crime share, so the two lines compare like with like.
 */
export function thumbnailData(
  series: Pick<MetricSeries, 'patrolShareMinorityQuarter' | 'trueCrimeShareMinorityQuarter'>,
  points = THUMBNAIL_POINTS,
): ThumbnailData {
  const daily = series.patrolShareMinorityQuarter;
  const days = daily.length;
  const smoothed = new Float64Array(days);
  let sum = 0;
  for (let t = 0; t < days; t++) {
    sum += daily[t]!;
    if (t >= DISPARITY_WINDOW_DAYS) sum -= daily[t - DISPARITY_WINDOW_DAYS]!;
    smoothed[t] = sum / Math.min(t + 1, DISPARITY_WINDOW_DAYS);
  }
  const count = Math.max(0, Math.min(points, days));
  const sampleDays = new Int32Array(count);
  for (let k = 0; k < count; k++) sampleDays[k] = count === 1 ? days - 1 : Math.round((k * (days - 1)) / (count - 1));
  return {
    days,
    sampleDays,
    patrols: Float64Array.from(sampleDays, (t) => smoothed[t]!),
    truth: Float64Array.from(sampleDays, (t) => series.trueCrimeShareMinorityQuarter[t]!),
  };
}
