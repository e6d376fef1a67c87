/**
 * Chart 4: stops that found nothing, per 1,000 residents of each group, cumulative. Each empty
 * stop is a harm to someone who did nothing; biased stop rates put those harms on one group.
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
    return t('chart.emptyStops.heading');
  }

  protected get plotLayout() {
    return this.plot?.layout;
  }

  protected layoutRun(result: RunResult, width: number): void {
    const empty = result.series.stopsWithoutHitPer1000;
    this.plot = new TimePlot(
      [
        { key: 'minority', label: t('chart.emptyStops.minority'), values: empty.minority, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
        { key: 'majority', label: t('chart.emptyStops.majority'), values: empty.majority, color: GROUP_COLORS.majority, dash: DASHES.dashed, width: 3 },
      ],
      result.history.daysDone,
      width,
      {
        yLabel: t('chart.emptyStops.axis', { per: PER_RESIDENTS, first: formatSerial(1) }),
        yFormat: formatTick,
        emptyNote: t(result.params.sources.stops.enabled ? 'chart.emptyStops.noneYet' : 'chart.emptyStops.off'),
      },
    );
  }

  protected describeDay(result: RunResult, day: number): { summary: string; table: TableData } {
    const empty = result.series.stopsWithoutHitPer1000;
    const minority = empty.minority[day] ?? 0;
    const majority = empty.majority[day] ?? 0;
    const shownDay = formatSerial(displayDay(day));
    let summary: string;
    if (minority === 0 && majority === 0) {
      summary = result.params.sources.stops.enabled
        ? t('chart.emptyStops.summaryNone', { day: shownDay })
        : t('chart.emptyStops.summaryOff');
    } else {
      summary = t('chart.emptyStops.summary', {
        day: shownDay,
        per: PER_RESIDENTS,
        minority,
        majority,
        comparison: timesAsMany(minority, majority, 'rate'),
      });
    }
    const table: TableData = {
      caption: t('chart.emptyStops.caption', { per: PER_RESIDENTS, first: formatSerial(1) }),
      columns: [t('chart.day'), t('chart.emptyStops.columnMinority'), t('chart.emptyStops.columnMajority')],
      rows: sampleDays(day).map((shown) => [
        formatSerial(displayDay(shown)),
        formatAmount(empty.minority[shown] ?? 0),
        formatAmount(empty.majority[shown] ?? 0),
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
    'runaway-empty-stops-chart': EmptyStopsChart;
  }
}
