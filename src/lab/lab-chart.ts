/**
 * `<runaway-lab-chart>`: the chart of the lab views. It draws a LabChartSpec (lines with optional
 * percentile bands, over days or over a parameter's values) in the same frame as the run charts:
 * a heading that names the SVG, a generated one-sentence summary, and a data table a screen
 * reader can reach. Scales and paths are computed in willUpdate; Lit renders the SVG.
 */
import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { renderXAxis, renderYAxis } from '../components/charts/axes.ts';
import { FONT_FAMILY, FONT_SIZE, KEY_SWATCH_WIDTH } from '../components/charts/layout.ts';
import { INK, MUTED_INK } from '../components/charts/palettes.ts';
import { chartStyles } from '../components/charts/run-chart.ts';
import { WidthController } from '../components/charts/width-controller.ts';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { layoutLabPlot, type LabChartSpec, type PlotGeometry } from './lab-plot.ts';
import '../i18n/parts/lab.ts';

let labChartCount = 0;

/**
 * A line chart with optional bands, driven entirely by its `spec`.
 * @csspart figure - the <figure> around caption, chart and table
 * @csspart title - the chart's name (an <h3>)
 * @csspart summary - the generated one-sentence summary
 * @csspart svg - the chart itself
 * @csspart table - the <details> holding the data table
 */
@customElement('runaway-lab-chart')
export class LabChart extends LitElement {
  static override styles = chartStyles;

  /** What to draw; nothing is drawn until it is set. */
  @property({ attribute: false }) spec?: LabChartSpec;

  private readonly size = new WidthController(this);
  private readonly uid = `runaway-lab-chart-${++labChartCount}`;
  private geometry: PlotGeometry | undefined;
  private laidOutWidth = 0;

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.spec) return;
    if (changed.has('spec') || this.laidOutWidth !== this.size.width) {
      this.geometry = layoutLabPlot(this.spec, this.size.width);
      this.laidOutWidth = this.size.width;
    }
  }

  override render() {
    const spec = this.spec;
    const geometry = this.geometry;
    if (!spec || !geometry) return html`<p class="summary waiting">${t('lab.chart.waiting')}</p>`;
    const { layout } = geometry;
    const titleId = `${this.uid}-title`;
    const summaryId = `${this.uid}-summary`;
    return html`<figure part="figure">
      <figcaption>
        <h3 id=${titleId} part="title">${spec.heading}</h3>
        <p id=${summaryId} class="summary" part="summary">${spec.summary}</p>
        ${spec.note ? html`<p class="summary waiting">${spec.note}</p>` : nothing}
      </figcaption>
      <svg
        part="svg"
        xmlns="http://www.w3.org/2000/svg"
        role="img"
        aria-labelledby=${titleId}
        aria-describedby=${summaryId}
        width=${layout.width}
        height=${layout.height}
        viewBox="0 0 ${layout.width} ${layout.height}"
        font-family=${FONT_FAMILY}
        font-size=${FONT_SIZE}
      >
        ${svg`<title>${spec.heading}</title><desc>${spec.summary}</desc>`}
        <rect width=${layout.width} height=${layout.height} fill="#ffffff"></rect>
        ${this.renderPlot(spec, geometry)}
      </svg>
      <details part="table">
        <summary>${t('chart.tableSummary', { heading: spec.heading })}</summary>
        <div class="table-scroll">
          <table>
            <caption>${spec.table.caption}</caption>
            <thead><tr>${spec.table.columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
            <tbody>
              ${spec.table.rows.map(
                ([first, ...rest]) => html`<tr><th scope="row">${first}</th>${rest.map((cell) => html`<td>${cell}</td>`)}</tr>`,
              )}
            </tbody>
          </table>
        </div>
      </details>
    </figure>`;
  }

  private renderPlot(spec: LabChartSpec, geometry: PlotGeometry) {
    const { layout, x, y, lines, bands, labelY } = geometry;
    const { margin, innerWidth, innerHeight } = layout;
    const [yLow, yHigh] = y.domain() as [number, number];
    const showZero = yLow < 0 && yHigh > 0;
    const marker = spec.marker;
    return svg`
      ${renderYAxis(y, layout, spec.yFormat, spec.yLabel)}
      ${renderXAxis(x, layout, spec.xFormat, spec.xLabel)}
      ${showZero
        ? svg`<line x1=${margin.left} x2=${margin.left + innerWidth} y1=${y(0)} y2=${y(0)} stroke=${INK} stroke-width="1.5"></line>`
        : nothing}
      <g class="bands" stroke="none">
        ${spec.series.map((series, k) =>
          bands[k] ? svg`<path class="band" data-key=${series.key} d=${bands[k]!} fill=${series.color} fill-opacity="0.18"></path>` : nothing,
        )}
      </g>
      <g fill="none" stroke-linejoin="round" stroke-linecap="round">
        ${spec.series.map(
          (series, k) =>
            svg`<path class="line" data-key=${series.key} d=${lines[k]!} stroke=${series.color} stroke-width=${series.width} stroke-dasharray=${series.dash || 'none'}></path>`,
        )}
      </g>
      ${spec.series.map((series) => (series.dots ? this.renderDots(spec, geometry, series.key) : nothing))}
      ${marker !== undefined
        ? svg`<line x1=${x(marker)} x2=${x(marker)} y1=${margin.top} y2=${margin.top + innerHeight} stroke=${MUTED_INK} stroke-width="1" stroke-dasharray="3 3"></line>`
        : nothing}
      <g aria-hidden="true">
        ${layout.directLabels
          ? spec.series.map((series, k) => this.renderKeyItem(margin.left + innerWidth + 8, labelY[k]!, series))
          : layout.key.map((item, k) => this.renderKeyItem(item.x, item.y, spec.series[k]!))}
      </g>
    `;
  }

  private renderDots(spec: LabChartSpec, geometry: PlotGeometry, key: string) {
    const series = spec.series.find((s) => s.key === key)!;
    const points: number[] = [];
    for (let k = 0; k < spec.x.length; k++) if (Number.isFinite(series.values[k]!)) points.push(k);
    return svg`<g class="dots" data-key=${key}>${points.map((k) => {
      const cx = geometry.x(spec.x[k]!);
      const band = series.band;
      const whisker =
        band && Number.isFinite(band.low[k]!) && Number.isFinite(band.high[k]!)
          ? svg`<line x1=${cx} x2=${cx} y1=${geometry.y(band.low[k]!)} y2=${geometry.y(band.high[k]!)} stroke=${series.color} stroke-width="1.5"></line>`
          : nothing;
      return svg`${whisker}<circle cx=${cx} cy=${geometry.y(series.values[k]!)} r="4.5" fill=${series.color} stroke="#ffffff" stroke-width="1.5"></circle>`;
    })}</g>`;
  }

  private renderKeyItem(x: number, y: number, series: LabChartSpec['series'][number]) {
    return svg`${series.band
      ? svg`<rect x=${x} y=${y - 7} width=${KEY_SWATCH_WIDTH - 4} height="14" fill=${series.color} fill-opacity="0.18"></rect>`
      : nothing}
      <line x1=${x} x2=${x + KEY_SWATCH_WIDTH - 4} y1=${y} y2=${y} stroke=${series.color} stroke-width=${Math.max(2.5, series.width)} stroke-dasharray=${series.dash || 'none'}></line>
      <text x=${x + KEY_SWATCH_WIDTH + 2} y=${y} dy="0.32em" fill=${INK} font-size=${FONT_SIZE}>${series.label}</text>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-lab-chart': LabChart;
  }
}
