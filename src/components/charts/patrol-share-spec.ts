/**
 * Chart 1: the share of patrols sent to the most-minority quarter of neighborhoods, against the
 * quarter's share of true crime and of residents. When patrols follow true crime the two lines
 * coincide; the gap between them is the over-policing the loop produces.
 */
import { DISPARITY_WINDOW_DAYS } from '../../../models/index.ts';
import { t } from '../../i18n/index.ts';
import { displayDay, formatPercent, formatPercentTick, formatSerial, windowPhrase } from '../../i18n/format.ts';
import type { ChartSpec } from './chart-spec.ts';
import { DASHES, GROUP_COLORS, MUTED_INK } from './palettes.ts';
import type { RunChartData } from './run-chart-data.ts';
import { dayFrame, dayRows } from './run-chart-frame.ts';

export function patrolShareHeading(): string {
  return t('chart.patrolShare.heading');
}

/** The patrol-share chart of a run at playback day `day` (0-based, within the filled days). */
export function patrolShareSpec(data: RunChartData, day: number): ChartSpec {
  const crimeShare = data.result.series.trueCrimeShareMinorityQuarter;
  const populationShare = data.result.metrics.minorityQuarter.populationShare;
  const window = { days: DISPARITY_WINDOW_DAYS };
  return {
    ...dayFrame(data, day),
    heading: patrolShareHeading(),
    summary: t('chart.patrolShare.summary', {
      day: formatSerial(displayDay(day)),
      patrols: data.quarterPatrolShare[day] ?? 0,
      window: windowPhrase(day, DISPARITY_WINDOW_DAYS),
      crime: crimeShare[day] ?? 0,
      residents: populationShare,
    }),
    yLabel: t('chart.patrolShare.axis', window),
    yFormat: formatPercentTick,
    yMax: 1,
    yIncludes: [0.5],
    series: [
      { key: 'patrols', label: t('chart.patrolShare.patrols'), values: data.quarterPatrolShare, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
      { key: 'trueCrime', label: t('chart.patrolShare.trueCrime'), values: crimeShare, color: GROUP_COLORS.majority, dash: DASHES.dashed, width: 2.5 },
      { key: 'population', label: t('chart.patrolShare.residents'), values: data.populationShare, color: MUTED_INK, dash: DASHES.dotted, width: 2, reference: true },
    ],
    table: {
      caption: t('chart.patrolShare.caption', window),
      columns: [t('chart.day'), t('chart.patrolShare.patrols'), t('chart.patrolShare.trueCrime'), t('chart.patrolShare.residents')],
      rows: dayRows(day, [data.quarterPatrolShare, crimeShare, data.populationShare], formatPercent),
    },
  };
}
