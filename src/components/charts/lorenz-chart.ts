/**
 * Chart 5: the Lorenz curve of patrols against true crime, from day 1 up to the playback day.
 * Neighborhoods are sorted by patrols per true incident; x accumulates their share of true crime
 * and y their share of patrols. Patrols that follow crime lie on the diagonal; the area between
 * the curve and the diagonal is patrols spent where the crime is not.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { gini, type RunResult } from '../../../models/index.ts';
import { t } from '../../i18n/index.ts';
import { renderXAxis, renderYAxis } from './axes.ts';
import { lorenzAt, lorenzCurve, patrolShareOfTopCrime, RunningTotals, type LorenzCurve } from './chart-data.ts';
import { displayDay, formatPercent, formatPercentTick, formatSerial } from '../../i18n/format.ts';
import { FONT_SIZE, KEY_SWATCH_WIDTH, plotLayout, type PlotLayout } from './layout.ts';
import { DASHES, GROUP_COLORS, INK, MUTED_INK } from './palettes.ts';
import { RunChart, type TableData } from './run-chart.ts';

/** The share of true crime the summary singles out: where the most over-patrolled tenth of it happened. */
export const TOP_CRIME_SHARE = 0.1;
/** Cities up to this size get a dot per neighborhood on the curve. */
const MAX_DOTTED_NEIGHBORHOODS = 60;

/**
 * Lorenz curve of patrols against true crime up to the playback day, with the equality diagonal;
 * the summary gives the Gini coefficient of patrols.
 * @csspart figure - the <figure> around caption, chart and table
 * @csspart title - the chart's name
 * @csspart summary - the generated one-sentence summary
 * @csspart svg - the chart
 * @csspart table - the <details> with the data table
 */
@customElement('runaway-lorenz-chart')
export class LorenzChart extends RunChart {
  private layout: PlotLayout | undefined;
  private x: ScaleLinear<number, number> = scaleLinear();
  private y: ScaleLinear<number, number> = scaleLinear();
  private patrolTotals: RunningTotals | undefined;
  private crimeTotals: RunningTotals | undefined;
  private curve: LorenzCurve = { x: new Float64Array(1), y: new Float64Array(1), order: new Int32Array(0) };
  private curveRun: RunResult | undefined;
  /** Path strings and dot positions for the shown day, computed in willUpdate (describeDay). */
  private curvePath = '';
  private gapPath = '';
  private dots: [number, number][] = [];

  get heading(): string {
    return t('chart.lorenz.heading');
  }

  protected get plotLayout() {
    return this.layout;
  }

  protected layoutRun(result: RunResult, width: number): void {
    this.layout = plotLayout(
      width,
      [
        { label: t('chart.lorenz.curve'), color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
        { label: t('chart.lorenz.equality'), color: MUTED_INK, dash: DASHES.dashed, width: 1.5 },
      ],
      { square: true, leftMargin: 60 },
    );
    const { margin, innerHeight } = this.layout;
    const side = innerHeight;
    this.x = scaleLinear().domain([0, 1]).range([margin.left, margin.left + side]);
    this.y = scaleLinear().domain([0, 1]).range([margin.top + side, margin.top]);
    if (this.curveRun !== result) {
      this.patrolTotals = new RunningTotals(result.history.patrols, result.history.size);
      this.crimeTotals = new RunningTotals(result.history.trueIncidents, result.history.size);
      this.curveRun = result;
    }
  }

  protected describeDay(_result: RunResult, day: number): { summary: string; table: TableData } {
    const patrols = this.patrolTotals!.advanceTo(day);
    const crime = this.crimeTotals!.advanceTo(day);
    this.curve = lorenzCurve(patrols, crime);
    this.computePaths();
    const patrolGini = gini(patrols);
    const hasData = this.curve.x.length > 1 && this.curve.x[this.curve.x.length - 1]! > 0 && this.curve.y[this.curve.y.length - 1]! > 0;
    const shownDay = formatSerial(displayDay(day));
    const summary = hasData
      ? t('chart.lorenz.summary', {
          day: shownDay,
          top: TOP_CRIME_SHARE,
          share: patrolShareOfTopCrime(this.curve, TOP_CRIME_SHARE),
          gini: patrolGini,
        })
      : t('chart.lorenz.noData', { day: shownDay });
    const table: TableData = {
      caption: t('chart.lorenz.caption', { day: shownDay }),
      columns: [t('chart.lorenz.crimeAxis'), t('chart.lorenz.patrolAxis')],
      rows: hasData
        ? Array.from({ length: 11 }, (_, k) => [formatPercent(k / 10), formatPercent(lorenzAt(this.curve, k / 10))])
        : [],
    };
    return { summary, table };
  }

  /** The curve, the shaded gap to the diagonal and (for small cities) a dot per neighborhood. */
  private computePaths(): void {
    const { x, y, curve } = this;
    const points = visiblePoints(curve, x, y);
    this.curvePath =
      line<number>()
        .x((k) => x(curve.x[k]!))
        .y((k) => y(curve.y[k]!))(points) ?? '';
    // The gap between equality and the curve, shaded so the eye reads it as an amount.
    this.gapPath =
      area<number>()
        .x((k) => x(curve.x[k]!))
        .y0((k) => y(curve.x[k]!))
        .y1((k) => y(curve.y[k]!))(points) ?? '';
    const count = curve.order.length;
    this.dots = count <= MAX_DOTTED_NEIGHBORHOODS ? Array.from({ length: count }, (_, k) => [x(curve.x[k + 1]!), y(curve.y[k + 1]!)]) : [];
  }

  protected renderPlot(_day: number): SVGTemplateResult {
    const layout = this.layout!;
    const { x, y } = this;
    const side = layout.innerHeight;
    const layoutForAxes = { ...layout, innerWidth: side };
    return svg`
      ${renderYAxis(this.y, layoutForAxes, formatPercentTick, t('chart.lorenz.patrolAxis'), 5)}
      ${renderXAxis(this.x, layoutForAxes, formatPercentTick, t('chart.lorenz.crimeAxis'), side >= 300 ? 5 : 2)}
      <path d=${this.gapPath} fill=${GROUP_COLORS.minority} fill-opacity="0.12" stroke="none"></path>
      <line x1=${x(0)} y1=${y(0)} x2=${x(1)} y2=${y(1)} stroke=${MUTED_INK} stroke-width="1.5" stroke-dasharray=${DASHES.dashed}></line>
      <path class="curve" d=${this.curvePath} fill="none" stroke=${GROUP_COLORS.minority} stroke-width="3" stroke-linejoin="round"></path>
      ${this.dots.map(([cx, cy]) => svg`<circle cx=${cx} cy=${cy} r="4" fill=${GROUP_COLORS.minority} stroke="#ffffff" stroke-width="1.5"></circle>`)}
      ${this.renderKey(layout)}
    `;
  }

  private renderKey(layout: PlotLayout): SVGTemplateResult {
    return svg`<g aria-hidden="true">${layout.key.map(
      (item) => svg`<line x1=${item.x} x2=${item.x + KEY_SWATCH_WIDTH - 4} y1=${item.y} y2=${item.y} stroke=${item.color} stroke-width=${Math.max(2.5, item.width)} stroke-dasharray=${item.dash || 'none'}></line>
        <text x=${item.x + KEY_SWATCH_WIDTH + 2} y=${item.y} dy="0.32em" fill=${INK} font-size=${FONT_SIZE}>${item.label}</text>`,
    )}</g>`;
  }
}

/**
 * Indices of the curve points worth drawing: a point is kept when it moves at least half a
 * pixel from the last kept one (plus the ends), so a city of 10,000 neighborhoods draws a path
 * of a few hundred points that looks the same.
 */
function visiblePoints(curve: LorenzCurve, x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): number[] {
  const last = curve.x.length - 1;
  const kept = [0];
  let lastX = x(curve.x[0]!);
  let lastY = y(curve.y[0]!);
  for (let k = 1; k < last; k++) {
    const px = x(curve.x[k]!);
    const py = y(curve.y[k]!);
    if (Math.abs(px - lastX) >= 0.5 || Math.abs(py - lastY) >= 0.5) {
      kept.push(k);
      lastX = px;
      lastY = py;
    }
  }
  if (last > 0) kept.push(last);
  return kept;
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-lorenz-chart': LorenzChart;
  }
}
