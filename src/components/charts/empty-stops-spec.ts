/**
 * Chart 4: stops that found nothing, per 1,000 residents of each group, cumulative. Each empty
 * stop is a harm to someone who did nothing; biased stop rates put those harms on one group.
 */
import { t } from '../../i18n/index.ts';
import { displayDay, formatAmount, formatSerial, formatTick, timesAsMany } from '../../i18n/format.ts';
import type { ChartSpec } from './chart-spec.ts';
import { DASHES, GROUP_COLORS } from './palettes.ts';
import type { RunChartData } from './run-chart-data.ts';
import { dayFrame, dayRows, PER_RESIDENTS } from './run-chart-frame.ts';

export function emptyStopsHeading(): string {
  return t('chart.emptyStops.heading');
}

/** The empty-stops chart of a run at playback day `day` (0-based, within the filled days). */
export function emptyStopsSpec(data: RunChartData, day: number): ChartSpec {
  const empty = data.result.series.stopsWithoutHitPer1000;
  const stopsOn = data.result.params.sources.stops.enabled;
  const minority = empty.minority[day] ?? 0;
  const majority = empty.majority[day] ?? 0;
  const shownDay = formatSerial(displayDay(day));
  const since = { per: PER_RESIDENTS, first: formatSerial(1) };
  let summary: string;
  if (minority === 0 && majority === 0) {
    summary = stopsOn ? t('chart.emptyStops.summaryNone', { day: shownDay }) : t('chart.emptyStops.summaryOff');
  } else {
    summary = t('chart.emptyStops.summary', { day: shownDay, per: PER_RESIDENTS, minority, majority, comparison: timesAsMany(minority, majority, 'rate') });
  }
  return {
    ...dayFrame(data, day),
    heading: emptyStopsHeading(),
    summary,
    yLabel: t('chart.emptyStops.axis', since),
    yFormat: formatTick,
    emptyNote: t(stopsOn ? 'chart.emptyStops.noneYet' : 'chart.emptyStops.off'),
    series: [
      { key: 'minority', label: t('chart.emptyStops.minority'), values: empty.minority, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
      { key: 'majority', label: t('chart.emptyStops.majority'), values: empty.majority, color: GROUP_COLORS.majority, dash: DASHES.dashed, width: 3 },
    ],
    table: {
      caption: t('chart.emptyStops.caption', since),
      columns: [t('chart.day'), t('chart.emptyStops.columnMinority'), t('chart.emptyStops.columnMajority')],
      rows: dayRows(day, [empty.minority, empty.majority], formatAmount),
    },
  };
}
