/**
 * Chart 2: what the data says against what is happening. Recorded crime per 1,000 residents of
 * each group (what the system sees) next to true crime per 1,000 (what happened), cumulative
 * from day 1. Equal true crime with unequal records is the bias the loop feeds on.
 */
import { customElement } from 'lit/decorators.js';
import type { RunResult } from '../../../models/index.ts';
import { sampleDays } from './chart-data.ts';
import { displayDay, formatAmount, formatTick, timesAsMany } from './format.ts';
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
    return 'What the data says against what is happening';
  }

  protected get plotLayout() {
    return this.plot?.layout;
  }

  protected layoutRun(result: RunResult, width: number): void {
    const { recordedPer1000, truePer1000 } = result.series;
    this.plot = new TimePlot(
      [
        { key: 'minorityRecorded', label: 'Minority, recorded', values: recordedPer1000.minority, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
        { key: 'majorityRecorded', label: 'Majority, recorded', values: recordedPer1000.majority, color: GROUP_COLORS.majority, dash: DASHES.dashed, width: 3 },
        { key: 'minorityTrue', label: 'Minority, true', values: truePer1000.minority, color: GROUP_COLORS.minority, dash: DASHES.dotted, width: 2 },
        { key: 'majorityTrue', label: 'Majority, true', values: truePer1000.majority, color: GROUP_COLORS.majority, dash: DASHES.dashDot, width: 2 },
      ],
      result.history.daysDone,
      width,
      { yLabel: 'Incidents per 1,000 residents, since day 1', yFormat: formatTick },
    );
  }

  protected describeDay(result: RunResult, day: number): { summary: string; table: TableData } {
    const { recordedPer1000, truePer1000 } = result.series;
    const recordedMinority = recordedPer1000.minority[day] ?? 0;
    const recordedMajority = recordedPer1000.majority[day] ?? 0;
    const trueMinority = truePer1000.minority[day] ?? 0;
    const trueMajority = truePer1000.majority[day] ?? 0;
    const summary =
      `By day ${displayDay(day)} police had recorded ${formatAmount(recordedMinority)} incidents per 1,000 minority residents ` +
      `and ${formatAmount(recordedMajority)} per 1,000 majority residents${timesAsMany(recordedMinority, recordedMajority)}, ` +
      `while true crime was ${formatAmount(trueMinority)} and ${formatAmount(trueMajority)} per 1,000${timesAsMany(trueMinority, trueMajority)}.`;
    const table: TableData = {
      caption: 'Incidents per 1,000 residents of each group, cumulative since day 1',
      columns: ['Day', 'Minority, recorded', 'Majority, recorded', 'Minority, true', 'Majority, true'],
      rows: sampleDays(day).map((t) => [
        String(displayDay(t)),
        formatAmount(recordedPer1000.minority[t] ?? 0),
        formatAmount(recordedPer1000.majority[t] ?? 0),
        formatAmount(truePer1000.minority[t] ?? 0),
        formatAmount(truePer1000.majority[t] ?? 0),
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
