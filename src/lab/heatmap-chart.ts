/**
 * `<runaway-heatmap-chart>`: a summary metric over a grid of two parameters' values, one cell per
 * pair, coloured by the median of the replicates (darker: more), with the median written in the
 * cell when it fits. Cells still running are grey. The summary names the highest and lowest
 * cells; the table lists every cell's median and band.
 */
import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { scaleBand, type ScaleBand } from 'd3-scale';
import type { ParamSpec } from '../../models/index.ts';
import { paramLabel } from '../i18n/param-text.ts';
import { formatSchemaValue, inSentence } from '../i18n/format.ts';
import { FONT_FAMILY, FONT_SIZE, textWidth } from '../components/charts/layout.ts';
import { INK, MUTED_INK, NO_DATA_COLOR, rampColor, SEQUENTIAL_RAMP, textOn, toHex } from '../components/charts/palettes.ts';
import { chartStyles } from '../components/charts/chart-styles.ts';
import { WidthController } from '../components/charts/width-controller.ts';
import '../components/legend.ts';
import type { LegendTick } from '../components/legend.ts';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { medianRange, type HeatCell } from './heatmap-plan.ts';
import { metricName } from './sweep-plan.ts';
import { formatMetric } from './sweep-specs.ts';
import '../i18n/parts/lab.ts';

/**
 * A metric over two parameters.
 * @csspart svg - the grid
 * @csspart table - the <details> with the data table
 */
@customElement('runaway-heatmap-chart')
export class HeatmapChart extends LitElement {
  static override styles = chartStyles;

  @property({ attribute: false }) xSpec?: ParamSpec;
  @property({ attribute: false }) ySpec?: ParamSpec;
  @property({ attribute: false }) xValues: readonly number[] = [];
  @property({ attribute: false }) yValues: readonly number[] = [];
  /** cells[row][column]: row = index into yValues, column = index into xValues. */
  @property({ attribute: false }) cells: readonly (readonly HeatCell[])[] = [];
  @property() metric = '';
  @property({ type: Number }) replicates = 0;

  private readonly size = new WidthController(this);
  private x: ScaleBand<number> = scaleBand<number>();
  private y: ScaleBand<number> = scaleBand<number>();
  private margin = { top: 30, right: 12, bottom: 58, left: 70 };
  private width = 0;
  private height = 0;
  private low = 0;
  private high = 1;
  private summary = '';

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const rowLabel = Math.max(...this.yValues.map((v) => textWidth(formatSchemaValue(v))), 20);
    this.margin = { ...this.margin, left: Math.max(50, rowLabel + 24) };
    this.width = Math.max(260, Math.min(this.size.width, 820));
    const innerWidth = this.width - this.margin.left - this.margin.right;
    const cellHeight = Math.max(30, Math.min(64, innerWidth / Math.max(1, this.xValues.length)));
    this.height = this.margin.top + cellHeight * this.yValues.length + this.margin.bottom;
    this.x = scaleBand<number>().domain([...this.xValues]).range([this.margin.left, this.width - this.margin.right]).padding(0.04);
    // The first row value at the bottom, as on a y axis.
    this.y = scaleBand<number>().domain([...this.yValues].reverse()).range([this.margin.top, this.height - this.margin.bottom]).padding(0.04);
    const range = medianRange(this.cells, this.metric);
    this.low = range.low?.value ?? 0;
    this.high = range.high?.value ?? 1;
    this.summary = this.describe(range);
  }

  private describe(range: ReturnType<typeof medianRange>): string {
    const total = this.xValues.length * this.yValues.length;
    if (!range.low || !range.high || !this.xSpec || !this.ySpec) return t('lab.heatmap.summary.none', { done: 0, total });
    const [xSpec, ySpec] = [this.xSpec, this.ySpec];
    const at = (cell: { row: number; column: number }) =>
      t('lab.heatmap.summary.cell', {
        x: inSentence(paramLabel(xSpec)),
        xValue: formatSchemaValue(this.xValues[cell.column]!),
        y: inSentence(paramLabel(ySpec)),
        yValue: formatSchemaValue(this.yValues[cell.row]!),
      });
    return t('lab.heatmap.summary', {
      metric: inSentence(metricName(this.metric)),
      high: formatMetric(this.metric, range.high.value),
      highAt: at(range.high),
      low: formatMetric(this.metric, range.low.value),
      lowAt: at(range.low),
      progress: range.done < total ? t('lab.heatmap.summary.progress', { done: range.done, total }) : '',
    });
  }

  private position(value: number): number {
    return this.high > this.low ? (value - this.low) / (this.high - this.low) : 0.5;
  }

  override render() {
    const { xSpec, ySpec } = this;
    if (!xSpec || !ySpec) return nothing;
    const xLabel = paramLabel(xSpec);
    const yLabel = paramLabel(ySpec);
    const heading = t('lab.heatmap.chart.heading', { metric: metricName(this.metric), x: inSentence(xLabel), y: inSentence(yLabel) });
    const bandwidth = this.x.bandwidth();
    const showText = bandwidth >= 44;
    const ticks: LegendTick[] = [0, 0.5, 1].map((t) => ({ position: t, label: formatMetric(this.metric, this.low + t * (this.high - this.low)) }));
    return html`<figure>
      <figcaption>
        <h3 id="title">${heading}</h3>
        <p id="summary" class="summary">${this.summary}</p>
        <p class="summary waiting">${t('lab.heatmap.chart.note', { count: this.replicates })}</p>
      </figcaption>
      <svg
        part="svg"
        xmlns="http://www.w3.org/2000/svg"
        role="img"
        aria-labelledby="title"
        aria-describedby="summary"
        width=${this.width}
        height=${this.height}
        viewBox="0 0 ${this.width} ${this.height}"
        font-family=${FONT_FAMILY}
        font-size=${FONT_SIZE}
      >
        ${svg`<title>${heading}</title><desc>${this.summary}</desc>`}
        <rect width=${this.width} height=${this.height} fill="#ffffff"></rect>
        ${this.yValues.map((yValue, row) =>
          this.xValues.map((xValue, column) => {
            const value = this.cells[row]?.[column]?.[this.metric]?.median;
            const done = value !== undefined && Number.isFinite(value);
            const fill = done ? rampColor(SEQUENTIAL_RAMP, this.position(value)) : null;
            const cx = this.x(xValue)!;
            const cy = this.y(yValue)!;
            return svg`<g class="cell" data-row=${row} data-column=${column}>
              <rect x=${cx} y=${cy} width=${bandwidth} height=${this.y.bandwidth()} fill=${fill ? toHex(fill) : NO_DATA_COLOR} fill-opacity=${done ? 1 : 0.35}></rect>
              ${done && showText
                ? svg`<text x=${cx + bandwidth / 2} y=${cy + this.y.bandwidth() / 2} dy="0.32em" text-anchor="middle" fill=${textOn(fill!)} aria-hidden="true">${formatMetric(this.metric, value)}</text>`
                : nothing}
            </g>`;
          }),
        )}
        <g aria-hidden="true" fill=${INK}>
          ${this.xValues.map((value) => svg`<text x=${this.x(value)! + bandwidth / 2} y=${this.height - this.margin.bottom + 18} text-anchor="middle">${formatSchemaValue(value)}</text>`)}
          ${this.yValues.map((value) => svg`<text x=${this.margin.left - 8} y=${this.y(value)! + this.y.bandwidth() / 2} dy="0.32em" text-anchor="end">${formatSchemaValue(value)}</text>`)}
          <text x=${this.width - this.margin.right} y=${this.height - 12} text-anchor="end" fill=${MUTED_INK}>${t('lab.heatmap.chart.xAxis', { label: xLabel })}</text>
          <text x="4" y="18" fill=${MUTED_INK}>${t('lab.heatmap.chart.yAxis', { label: yLabel })}</text>
        </g>
      </svg>
      <runaway-legend .heading=${metricName(this.metric)} .note=${t('lab.heatmap.chart.legendNote')} .ramp=${SEQUENTIAL_RAMP} .ticks=${ticks}></runaway-legend>
      <details part="table">
        <summary>${t('chart.tableSummary', { heading })}</summary>
        <div class="table-scroll">
          <table>
            <caption>${t('lab.heatmap.table.caption', { metric: inSentence(metricName(this.metric)), x: inSentence(xLabel), y: inSentence(yLabel) })}</caption>
            <thead>
              <tr>
                <th scope="col">${t('lab.heatmap.table.corner', { x: xLabel, y: yLabel })}</th>
                ${this.xValues.map((v) => html`<th scope="col">${formatSchemaValue(v)}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${this.yValues.map(
                (yValue, row) => html`<tr>
                  <th scope="row">${formatSchemaValue(yValue)}</th>
                  ${this.xValues.map((_, column) => {
                    const q = this.cells[row]?.[column]?.[this.metric];
                    const cell = q
                      ? t('lab.heatmap.table.cell', {
                          median: formatMetric(this.metric, q.median),
                          low: formatMetric(this.metric, q.low),
                          high: formatMetric(this.metric, q.high),
                        })
                      : t('lab.table.running');
                    return html`<td>${cell}</td>`;
                  })}
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-heatmap-chart': HeatmapChart;
  }
}
