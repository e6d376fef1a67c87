/**
 * What the explorable's time-series charts share: the x axis of days (spanning the whole run, so
 * it never jumps during playback), the playhead on the day shown, and data tables of sampled days.
 */
import { t } from '../../i18n/index.ts';
import { displayDay, formatSerial, formatTick } from '../../i18n/format.ts';
import { sampleDays } from './chart-data.ts';
import type { ChartSpec } from './chart-spec.ts';
import type { RunChartData } from './run-chart-data.ts';

/** Rates are per this many residents of a group. */
export const PER_RESIDENTS = 1000;

/** The x axis and playhead of a time-series chart at `day` (0-based, already clamped). */
export function dayFrame(data: RunChartData, day: number): Pick<ChartSpec, 'x' | 'xDomain' | 'xLabel' | 'xFormat' | 'playhead'> {
  return {
    x: data.dayAxis,
    xDomain: [1, Math.max(2, data.dayAxis.length)],
    xLabel: t('chart.day'),
    xFormat: formatTick,
    playhead: day,
  };
}

/** Table rows for days sampled from the first through `day`: the day, then each column's value that day. */
export function dayRows(day: number, columns: readonly ArrayLike<number>[], format: (value: number) => string): string[][] {
  return sampleDays(day).map((shown) => [formatSerial(displayDay(shown)), ...columns.map((column) => format(column[shown] ?? 0))]);
}
