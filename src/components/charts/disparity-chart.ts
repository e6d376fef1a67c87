/**
 * Chart 3: the disparity ratio, the most-minority quarter's share of patrols divided by its
 * share of true crime over a 30-day trailing window. 1 means patrols follow true crime; the
 * reference line marks it.
 */
import { customElement } from 'lit/decorators.js';
import { DISPARITY_WINDOW_DAYS, type RunResult } from '../../../models/index.ts';
import { t } from '../../i18n/index.ts';
import { sampleDays } from './chart-data.ts';
import { displayDay, formatRatio, formatSerial, formatTick, windowPhrase } from '../../i18n/format.ts';

/** The ratio at which patrols follow true crime. */
const PARITY = 1;
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
    return t('chart.disparity.heading');
  }

  protected get plotLayout() {
    return this.plot?.layout;
  }

  protected layoutRun(result: RunResult, width: number): void {
    const days = result.history.daysDone;
    this.plot = new TimePlot(
      [
        { key: 'disparity', label: t('chart.disparity.ratio'), values: result.series.disparityRatio, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
        {
          key: 'parity',
          label: t('chart.disparity.parity', { parity: PARITY }),
          values: new Float64Array(days).fill(PARITY),
          color: MUTED_INK,
          dash: DASHES.dashed,
          width: 1.5,
          reference: true,
        },
      ],
      days,
      width,
      { yLabel: t('chart.disparity.axis', { days: DISPARITY_WINDOW_DAYS }), yFormat: formatTick, yIncludes: [2] },
    );
  }

  protected describeDay(result: RunResult, day: number): { summary: string; table: TableData } {
    const disparity = result.series.disparityRatio[day] ?? 0;
    const crimeShare = result.series.trueCrimeShareMinorityQuarter[day] ?? 0;
    const shownDay = formatSerial(displayDay(day));
    const summary =
      crimeShare > 0
        ? t('chart.disparity.summary', { day: shownDay, ratio: disparity, window: windowPhrase(day, DISPARITY_WINDOW_DAYS), parity: PARITY })
        : t('chart.disparity.undefined', { day: shownDay, days: DISPARITY_WINDOW_DAYS });
    const table: TableData = {
      caption: t('chart.disparity.caption', { days: DISPARITY_WINDOW_DAYS }),
      columns: [t('chart.day'), t('chart.disparity.ratio')],
      rows: sampleDays(day).map((shown) => [formatSerial(displayDay(shown)), formatRatio(result.series.disparityRatio[shown] ?? 0)]),
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
