/**
 * Chart 2: what the data says against what is happening. Recorded crime per 1,000 residents of
 * each group (what the system sees) next to true crime per 1,000 (what happened), cumulative
 * from day 1. Equal true crime with unequal records is the bias the loop feeds on.
 */
import { customElement } from 'lit/decorators.js';
import type { RunResult } from '../../../models/index.ts';
import { t } from '../../i18n/index.ts';
import { sampleDays } from './chart-data.ts';
import { displayDay, formatAmount, formatSerial, formatTick, timesAsMany } from '../../i18n/format.ts';

/** Rates are per this many residents of a group. */
const PER_RESIDENTS = 1000;
import { DASHES, GROUP_COLORS } from './palettes.ts';
import { RunChart, type TableData } from './run-chart.ts';
import { TimePlot } from './time-series.ts';

/**
 * Recorded against true crime per 1,000 residents, by group, over time.
 * @csspart figure - the <figure> around caption, chart and table
 * @csspart title - the chart's name
 * @csspart summary - the generated one-sentence summary
 * @csspart svg - the chart
 * @csspart table - the <details> with the data table
 */
@customElement('runaway-recorded-vs-true-chart')
export class RecordedVsTrueChart extends RunChart {
  private plot: TimePlot | undefined;

  get heading(): string {
    return t('chart.recorded.heading');
  }

  protected get plotLayout() {
    return this.plot?.layout;
  }

  protected layoutRun(result: RunResult, width: number): void {
    const { recordedPer1000, truePer1000 } = result.series;
    this.plot = new TimePlot(
      [
        { key: 'minorityRecorded', label: t('chart.recorded.minorityRecorded'), values: recordedPer1000.minority, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
        { key: 'majorityRecorded', label: t('chart.recorded.majorityRecorded'), values: recordedPer1000.majority, color: GROUP_COLORS.majority, dash: DASHES.dashed, width: 3 },
        { key: 'minorityTrue', label: t('chart.recorded.minorityTrue'), values: truePer1000.minority, color: GROUP_COLORS.minority, dash: DASHES.dotted, width: 2 },
        { key: 'majorityTrue', label: t('chart.recorded.majorityTrue'), values: truePer1000.majority, color: GROUP_COLORS.majority, dash: DASHES.dashDot, width: 2 },
      ],
      result.history.daysDone,
      width,
      { yLabel: t('chart.recorded.axis', { per: PER_RESIDENTS, first: formatSerial(1) }), yFormat: formatTick },
    );
  }

  protected describeDay(result: RunResult, day: number): { summary: string; table: TableData } {
    const { recordedPer1000, truePer1000 } = result.series;
    const recordedMinority = recordedPer1000.minority[day] ?? 0;
    const recordedMajority = recordedPer1000.majority[day] ?? 0;
    const trueMinority = truePer1000.minority[day] ?? 0;
    const trueMajority = truePer1000.majority[day] ?? 0;
    const summary = t('chart.recorded.summary', {
      day: formatSerial(displayDay(day)),
      per: PER_RESIDENTS,
      recordedMinority,
      recordedMajority,
      recordedComparison: timesAsMany(recordedMinority, recordedMajority),
      trueMinority,
      trueMajority,
      trueComparison: timesAsMany(trueMinority, trueMajority),
    });
    const table: TableData = {
      caption: t('chart.recorded.caption', { per: PER_RESIDENTS, first: formatSerial(1) }),
      columns: [
        t('chart.day'),
        t('chart.recorded.minorityRecorded'),
        t('chart.recorded.majorityRecorded'),
        t('chart.recorded.minorityTrue'),
        t('chart.recorded.majorityTrue'),
      ],
      rows: sampleDays(day).map((shown) => [
        formatSerial(displayDay(shown)),
        formatAmount(recordedPer1000.minority[shown] ?? 0),
        formatAmount(recordedPer1000.majority[shown] ?? 0),
        formatAmount(truePer1000.minority[shown] ?? 0),
        formatAmount(truePer1000.majority[shown] ?? 0),
      ]),
    };
    return { summary, table };
  }

  protected renderPlot(day: number) {
    return this.plot!.render(day, this.uid);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-recorded-vs-true-chart': RecordedVsTrueChart;
  }
}
