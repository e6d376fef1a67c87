/**
 * Chart 3: the disparity ratio, the most-minority quarter's share of patrols divided by its
 * share of true crime over a 30-day trailing window. 1 means patrols follow true crime; the
 * reference line marks it.
 */
import { DISPARITY_WINDOW_DAYS } from '../../../models/index.ts';
import { t } from '../../i18n/index.ts';
import { displayDay, formatRatio, formatSerial, formatTick, windowPhrase } from '../../i18n/format.ts';
import type { ChartSpec } from './chart-spec.ts';
import { DASHES, GROUP_COLORS, MUTED_INK } from './palettes.ts';
import { PARITY, type RunChartData } from './run-chart-data.ts';
import { dayFrame, dayRows } from './run-chart-frame.ts';

export function disparityHeading(): string {
  return t('chart.disparity.heading');
}

/** The disparity chart of a run at playback day `day` (0-based, within the filled days). */
export function disparitySpec(data: RunChartData, day: number): ChartSpec {
  const { disparityRatio, trueCrimeShareMinorityQuarter } = data.result.series;
  const shownDay = formatSerial(displayDay(day));
  const window = { days: DISPARITY_WINDOW_DAYS };
  return {
    ...dayFrame(data, day),
    heading: disparityHeading(),
    // The ratio has no meaning while the quarter has had no true crime in the window.
    summary:
      (trueCrimeShareMinorityQuarter[day] ?? 0) > 0
        ? t('chart.disparity.summary', { day: shownDay, ratio: disparityRatio[day] ?? 0, window: windowPhrase(day, DISPARITY_WINDOW_DAYS), parity: PARITY })
        : t('chart.disparity.undefined', { day: shownDay, ...window }),
    yLabel: t('chart.disparity.axis', window),
    yFormat: formatTick,
    yIncludes: [2],
    series: [
      { key: 'disparity', label: t('chart.disparity.ratio'), values: disparityRatio, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
      { key: 'parity', label: t('chart.disparity.parity', { parity: PARITY }), values: data.parity, color: MUTED_INK, dash: DASHES.dashed, width: 1.5, reference: true },
    ],
    table: {
      caption: t('chart.disparity.caption', window),
      columns: [t('chart.day'), t('chart.disparity.ratio')],
      rows: dayRows(day, [disparityRatio], formatRatio),
    },
  };
}
