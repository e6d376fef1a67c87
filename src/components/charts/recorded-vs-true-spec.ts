/**
 * Chart 2: what the data says against what is happening. Recorded crime per 1,000 residents of
 * each group (what the system sees) next to true crime per 1,000 (what happened), cumulative
 * from day 1. Equal true crime with unequal records is the bias the loop feeds on.
 */
import { t } from '../../i18n/index.ts';
import { displayDay, formatAmount, formatSerial, formatTick, timesAsMany } from '../../i18n/format.ts';
import type { ChartSpec } from './chart-spec.ts';
import { DASHES, GROUP_COLORS } from './palettes.ts';
import type { RunChartData } from './run-chart-data.ts';
import { dayFrame, dayRows, PER_RESIDENTS } from './run-chart-frame.ts';

export function recordedVsTrueHeading(): string {
  return t('chart.recorded.heading');
}

/** The recorded-against-true chart of a run at playback day `day` (0-based, within the filled days). */
export function recordedVsTrueSpec(data: RunChartData, day: number): ChartSpec {
  const { recordedPer1000, truePer1000 } = data.result.series;
  const recordedMinority = recordedPer1000.minority[day] ?? 0;
  const recordedMajority = recordedPer1000.majority[day] ?? 0;
  const trueMinority = truePer1000.minority[day] ?? 0;
  const trueMajority = truePer1000.majority[day] ?? 0;
  const since = { per: PER_RESIDENTS, first: formatSerial(1) };
  const labels = [t('chart.recorded.minorityRecorded'), t('chart.recorded.majorityRecorded'), t('chart.recorded.minorityTrue'), t('chart.recorded.majorityTrue')] as const;
  return {
    ...dayFrame(data, day),
    heading: recordedVsTrueHeading(),
    summary: t('chart.recorded.summary', {
      day: formatSerial(displayDay(day)),
      per: PER_RESIDENTS,
      recordedMinority,
      recordedMajority,
      recordedComparison: timesAsMany(recordedMinority, recordedMajority),
      trueMinority,
      trueMajority,
      trueComparison: timesAsMany(trueMinority, trueMajority),
    }),
    yLabel: t('chart.recorded.axis', since),
    yFormat: formatTick,
    series: [
      { key: 'minorityRecorded', label: labels[0], values: recordedPer1000.minority, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
      { key: 'majorityRecorded', label: labels[1], values: recordedPer1000.majority, color: GROUP_COLORS.majority, dash: DASHES.dashed, width: 3 },
      { key: 'minorityTrue', label: labels[2], values: truePer1000.minority, color: GROUP_COLORS.minority, dash: DASHES.dotted, width: 2 },
      { key: 'majorityTrue', label: labels[3], values: truePer1000.majority, color: GROUP_COLORS.majority, dash: DASHES.dashDot, width: 2 },
    ],
    table: {
      caption: t('chart.recorded.caption', since),
      columns: [t('chart.day'), ...labels],
      rows: dayRows(day, [recordedPer1000.minority, recordedPer1000.majority, truePer1000.minority, truePer1000.majority], formatAmount),
    },
  };
}
