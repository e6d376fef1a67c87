/**
 * Chart 3: the disparity ratio, the most-minority quarter's share of patrols divided by its
 * share of true crime over a 30-day trailing window. 1 means patrols follow true crime; the
 * reference line marks it.
 */
import { customElement } from 'lit/decorators.js';
import { DISPARITY_WINDOW_DAYS, type RunResult } from '../../../models/index.ts';
import { sampleDays } from './chart-data.ts';
import { displayDay, formatRatio, formatTick, windowPhrase } from './format.ts';
import { DASHES, GROUP_COLORS, MUTED_INK } from './palettes.ts';
import { RunChart, type TableData } from './run-chart.ts';
import { TimePlot } from './time-series.ts';

/**
 * Disparity ratio over time, with a reference line at 1.
 * @csspart figure - the <figure> around caption, chart and table
 * @csspart title - the chart's name
 * @csspart summary - the generated one-sentence summary
 * @csspart svg - the chart
 * @csspart table - the <details> with the data table
 */
@customElement('runaway-disparity-chart')
export class DisparityChart extends RunChart {
  private plot: TimePlot | undefined;

  get heading(): string {
    return 'Disparity: patrol share over true-crime share';
  }

  protected get plotLayout() {
    return this.plot?.layout;
  }

  protected layoutRun(result: RunResult, width: number): void {
    const days = result.history.daysDone;
    this.plot = new TimePlot(
      [
        { key: 'disparity', label: 'Disparity ratio', values: result.series.disparityRatio, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
        { key: 'parity', label: 'Parity (1)', values: new Float64Array(days).fill(1), color: MUTED_INK, dash: DASHES.dashed, width: 1.5, reference: true },
      ],
      days,
      width,
      { yLabel: `Ratio (${DISPARITY_WINDOW_DAYS}-day window)`, yFormat: formatTick, yIncludes: [2] },
    );
  }

  protected describeDay(result: RunResult, day: number): { summary: string; table: TableData } {
    const disparity = result.series.disparityRatio[day] ?? 0;
    const crimeShare = result.series.trueCrimeShareMinorityQuarter[day] ?? 0;
    const summary =
      crimeShare > 0
        ? `On day ${displayDay(day)} the most-minority quarter's share of patrols was ${formatRatio(disparity)} times its share ` +
          `of true crime ${windowPhrase(day, DISPARITY_WINDOW_DAYS)} (1 would mean patrols follow true crime).`
        : `By day ${displayDay(day)} no true crime had happened in the most-minority quarter in the last ${DISPARITY_WINDOW_DAYS} days, so the ratio is not defined.`;
    const table: TableData = {
      caption: `Patrol share divided by true-crime share of the most-minority quarter, ${DISPARITY_WINDOW_DAYS}-day trailing window`,
      columns: ['Day', 'Disparity ratio'],
      rows: sampleDays(day).map((t) => [String(displayDay(t)), formatRatio(result.series.disparityRatio[t] ?? 0)]),
    };
    return { summary, table };
  }

  protected renderPlot(day: number) {
    return this.plot!.render(day, this.uid);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-disparity-chart': DisparityChart;
  }
}
