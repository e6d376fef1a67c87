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
import { FONT_FAMILY, FONT_SIZE, textWidth } from '../components/charts/layout.ts';
import { INK, MUTED_INK, NO_DATA_COLOR, rampColor, SEQUENTIAL_RAMP, textOn, toHex } from '../components/charts/palettes.ts';
import { chartStyles } from '../components/charts/run-chart.ts';
import { WidthController } from '../components/charts/width-controller.ts';
import '../components/legend.ts';
import type { LegendTick } from '../components/legend.ts';
import { medianRange, type HeatCell } from './heatmap-plan.ts';
import { formatSchemaNumber } from './lab-format.ts';
import { metricName } from './sweep-plan.ts';
import { formatMetric } from './sweep-specs.ts';

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

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const rowLabel = Math.max(...this.yValues.map((v) => textWidth(formatSchemaNumber(v))), 20);
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
    const name = metricName(this.metric).toLowerCase();
    if (!range.low || !range.high || !this.xSpec || !this.ySpec) return `No cell has finished yet (0 of ${total}).`;
    const at = (cell: { row: number; column: number }) =>
      `${this.xSpec!.label.toLowerCase()} ${formatSchemaNumber(this.xValues[cell.column]!)} and ${this.ySpec!.label.toLowerCase()} ${formatSchemaNumber(this.yValues[cell.row]!)}`;
    const progress = range.done < total ? ` (${range.done} of ${total} cells done so far)` : '';
    return (
      `The median ${name} is highest, ${formatMetric(this.metric, range.high.value)}, at ${at(range.high)}, ` +
      `and lowest, ${formatMetric(this.metric, range.low.value)}, at ${at(range.low)}${progress}.`
    );
  }

  private position(value: number): number {
    return this.high > this.low ? (value - this.low) / (this.high - this.low) : 0.5;
  }

  override render() {
    const { xSpec, ySpec } = this;
    if (!xSpec || !ySpec) return nothing;
    const heading = `${metricName(this.metric)} over ${xSpec.label.toLowerCase()} and ${ySpec.label.toLowerCase()}`;
    const bandwidth = this.x.bandwidth();
    const showText = bandwidth >= 44;
    const ticks: LegendTick[] = [0, 0.5, 1].map((t) => ({ position: t, label: formatMetric(this.metric, this.low + t * (this.high - this.low)) }));
    return html`<figure>
      <figcaption>
        <h3 id="title">${heading}</h3>
        <p id="summary" class="summary">${this.summary}</p>
        <p class="summary waiting">Each cell: the median of ${this.replicates} runs on the same seeds; darker means more. Grey cells are still running.</p>
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
          ${this.xValues.map((value) => svg`<text x=${this.x(value)! + bandwidth / 2} y=${this.height - this.margin.bottom + 18} text-anchor="middle">${formatSchemaNumber(value)}</text>`)}
          ${this.yValues.map((value) => svg`<text x=${this.margin.left - 8} y=${this.y(value)! + this.y.bandwidth() / 2} dy="0.32em" text-anchor="end">${formatSchemaNumber(value)}</text>`)}
          <text x=${this.width - this.margin.right} y=${this.height - 12} text-anchor="end" fill=${MUTED_INK}>${xSpec.label} →</text>
          <text x="4" y="18" fill=${MUTED_INK}>↑ ${ySpec.label}</text>
        </g>
      </svg>
      <runaway-legend .heading=${metricName(this.metric)} .note=${'median over the runs of each cell'} .ramp=${SEQUENTIAL_RAMP} .ticks=${ticks}></runaway-legend>
      <details part="table">
        <summary>Data table: ${heading}</summary>
        <div class="table-scroll">
          <table>
            <caption>Median (5th to 95th percentile) of ${metricName(this.metric).toLowerCase()}; rows: ${ySpec.label.toLowerCase()}, columns: ${xSpec.label.toLowerCase()}</caption>
            <thead><tr><th scope="col">${ySpec.label} \\ ${xSpec.label}</th>${this.xValues.map((v) => html`<th scope="col">${formatSchemaNumber(v)}</th>`)}</tr></thead>
            <tbody>
              ${this.yValues.map(
                (yValue, row) => html`<tr>
                  <th scope="row">${formatSchemaNumber(yValue)}</th>
                  ${this.xValues.map((_, column) => {
                    const q = this.cells[row]?.[column]?.[this.metric];
                    return html`<td>${q ? `${formatMetric(this.metric, q.median)} (${formatMetric(this.metric, q.low)} to ${formatMetric(this.metric, q.high)})` : 'running…'}</td>`;
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
