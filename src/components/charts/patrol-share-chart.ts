/**
 * Chart 1: the share of patrols sent to the most-minority quarter of neighborhoods, against the
 * quarter's share of true crime and of residents. When patrols follow true crime the two lines
 * coincide; the gap between them is the over-policing the loop produces.
 */
import { customElement, property } from 'lit/decorators.js';
import { DISPARITY_WINDOW_DAYS, type RunResult } from '../../../models/index.ts';
import { t } from '../../i18n/index.ts';
import { sampleDays, windowedQuarterPatrolShare } from './chart-data.ts';
import { displayDay, formatPercent, formatPercentTick, formatSerial, windowPhrase } from '../../i18n/format.ts';
import { DASHES, GROUP_COLORS, MUTED_INK } from './palettes.ts';
import { RunChart, type TableData } from './run-chart.ts';
import { TimePlot } from './time-series.ts';

/**
 * Share of patrols of the most-minority quarter over time, with its share of true crime and of
 * population.
 * @csspart figure - the <figure> around caption, chart and table
 * @csspart title - the chart's name
 * @csspart summary - the generated one-sentence summary
 * @csspart svg - the chart
 * @csspart table - the <details> with the data table
 */
@customElement('runaway-patrol-share-chart')
export class PatrolShareChart extends RunChart {
  /**
   * Days in the trailing window that smooths the patrol share (1 draws the raw daily share).
   * The summary always uses the 30-day window of the true-crime share.
   */
  @property({ type: Number }) smoothing = DISPARITY_WINDOW_DAYS;

  /** Draw nothing after the playback day, so the line grows as the run plays (the explorable's main chart). */
  @property({ type: Boolean, attribute: 'hide-future' }) hideFuture = false;

  private plot: TimePlot | undefined;
  private windowedShare: Float64Array = new Float64Array(0);
  private drawnShare: Float64Array = new Float64Array(0);
  private shareRun: RunResult | undefined;
  private shareWindow = 0;

  get heading(): string {
    return t('chart.patrolShare.heading');
  }

  protected get plotLayout() {
    return this.plot?.layout;
  }

  protected override readonly layoutProperties = ['smoothing'];

  protected layoutRun(result: RunResult, width: number): void {
    const window = Math.max(1, Math.round(this.smoothing));
    if (this.shareRun !== result) this.windowedShare = windowedQuarterPatrolShare(result.history, result.city, DISPARITY_WINDOW_DAYS);
    if (this.shareRun !== result || this.shareWindow !== window) {
      this.drawnShare =
        window === DISPARITY_WINDOW_DAYS ? this.windowedShare : windowedQuarterPatrolShare(result.history, result.city, window);
    }
    this.shareRun = result;
    this.shareWindow = window;
    const days = result.history.daysDone;
    const population = new Float64Array(days).fill(result.metrics.minorityQuarter.populationShare);
    const smoothed = window > 1;
    this.plot = new TimePlot(
      [
        {
          key: 'patrols',
          label: t(smoothed ? 'chart.patrolShare.patrols' : 'chart.patrolShare.patrolsDaily'),
          values: this.drawnShare,
          color: GROUP_COLORS.minority,
          dash: DASHES.solid,
          width: 3,
        },
        {
          key: 'trueCrime',
          label: t('chart.patrolShare.trueCrime'),
          values: result.series.trueCrimeShareMinorityQuarter,
          color: GROUP_COLORS.majority,
          dash: DASHES.dashed,
          width: 2.5,
        },
        { key: 'population', label: t('chart.patrolShare.residents'), values: population, color: MUTED_INK, dash: DASHES.dotted, width: 2, reference: true },
      ],
      days,
      width,
      { yLabel: t('chart.patrolShare.axis', { days: DISPARITY_WINDOW_DAYS }), yFormat: formatPercentTick, yMax: 1, yIncludes: [0.5] },
    );
  }

  protected describeDay(result: RunResult, day: number): { summary: string; table: TableData } {
    const patrolShare = this.windowedShare[day] ?? 0;
    const crimeShare = result.series.trueCrimeShareMinorityQuarter[day] ?? 0;
    const populationShare = result.metrics.minorityQuarter.populationShare;
    const summary = t('chart.patrolShare.summary', {
      day: formatSerial(displayDay(day)),
      patrols: patrolShare,
      window: windowPhrase(day, DISPARITY_WINDOW_DAYS),
      crime: crimeShare,
      residents: populationShare,
    });
    const table: TableData = {
      caption: t('chart.patrolShare.caption', { days: DISPARITY_WINDOW_DAYS }),
      columns: [t('chart.day'), t('chart.patrolShare.patrols'), t('chart.patrolShare.trueCrime'), t('chart.patrolShare.residents')],
      rows: sampleDays(day).map((shown) => [
        formatSerial(displayDay(shown)),
        formatPercent(this.windowedShare[shown] ?? 0),
        formatPercent(result.series.trueCrimeShareMinorityQuarter[shown] ?? 0),
        formatPercent(populationShare),
      ]),
    };
    return { summary, table };
  }

  protected renderPlot(day: number) {
    return this.plot!.render(day, this.uid, this.hideFuture);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-patrol-share-chart': PatrolShareChart;
  }
}
