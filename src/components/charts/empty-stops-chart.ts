/**
 * Chart 4: stops that found nothing, per 1,000 residents of each group, cumulative. Each empty
 * stop is a harm to someone who did nothing; biased stop rates put those harms on one group.
 */
import { customElement } from 'lit/decorators.js';
import type { RunResult } from '../../../models/index.ts';
import { sampleDays } from './chart-data.ts';
import { displayDay, formatAmount, formatTick, timesAsMany } from './format.ts';
import { DASHES, GROUP_COLORS } from './palettes.ts';
import { RunChart, type TableData } from './run-chart.ts';
import { TimePlot } from './time-series.ts';

/**
 * Stops without a hit per 1,000 residents, by group, over time.
 * @csspart figure - the <figure> around caption, chart and table
 * @csspart title - the chart's name
 * @csspart summary - the generated one-sentence summary
 * @csspart svg - the chart
 * @csspart table - the <details> with the data table
 */
@customElement('runaway-empty-stops-chart')
export class EmptyStopsChart extends RunChart {
  private plot: TimePlot | undefined;

  get heading(): string {
    return 'Stops that found nothing';
  }

  protected get plotLayout() {
    return this.plot?.layout;
  }

  protected layoutRun(result: RunResult, width: number): void {
    const empty = result.series.stopsWithoutHitPer1000;
    this.plot = new TimePlot(
      [
        { key: 'minority', label: 'Minority residents', values: empty.minority, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
        { key: 'majority', label: 'Majority residents', values: empty.majority, color: GROUP_COLORS.majority, dash: DASHES.dashed, width: 3 },
      ],
      result.history.daysDone,
      width,
      {
        yLabel: 'Empty stops per 1,000 residents, since day 1',
        yFormat: formatTick,
        emptyNote: result.params.sources.stops.enabled ? 'No empty stops yet' : 'Stops are switched off',
      },
    );
  }

  protected describeDay(result: RunResult, day: number): { summary: string; table: TableData } {
    const empty = result.series.stopsWithoutHitPer1000;
    const minority = empty.minority[day] ?? 0;
    const majority = empty.majority[day] ?? 0;
    let summary: string;
    if (minority === 0 && majority === 0) {
      summary = result.params.sources.stops.enabled
        ? `By day ${displayDay(day)} no stop had come up empty.`
        : `Stops are switched off in this run, so no one was stopped without cause.`;
    } else {
      const times = timesAsMany(minority, majority, 'the rate');
      summary =
        `By day ${displayDay(day)} police had stopped ${formatAmount(minority)} of every 1,000 minority residents without finding anything, ` +
        `against ${formatAmount(majority)} of every 1,000 majority residents${times}.`;
    }
    const table: TableData = {
      caption: 'Stops without a hit per 1,000 residents of each group, cumulative since day 1',
      columns: ['Day', 'Minority', 'Majority'],
      rows: sampleDays(day).map((t) => [String(displayDay(t)), formatAmount(empty.minority[t] ?? 0), formatAmount(empty.majority[t] ?? 0)]),
    };
    return { summary, table };
  }

  protected renderPlot(day: number) {
    return this.plot!.render(day, this.uid);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-empty-stops-chart': EmptyStopsChart;
  }
}
