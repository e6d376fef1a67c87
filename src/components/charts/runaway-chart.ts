/**
 * `<runaway-chart>`: draws any chart spec, the explorable's run charts and the lab's alike (lines,
 * points, cells or units), in one frame: a <figure> whose caption holds the chart's name and its
 * generated one-sentence summary, the SVG (role="img", named by the caption), and the data table
 * in a <details> that screen readers can reach. Scales and paths are computed in willUpdate, and
 * a line chart's are kept while a new spec lays out the same (a playback frame), so playing a run
 * moves only the playhead.
 */
import { html, LitElement, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n/index.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import { layoutChart, sameGeometry, type ChartGeometry } from './chart-geometry.ts';
import { renderMarks } from './chart-marks.ts';
import { layoutCells, renderCellLegend, renderCells, type CellGeometry } from './cell-plot.ts';
import { isPending, type CellChartSpec, type ChartInput, type ChartSpec, type PointChartSpec, type UnitChartSpec } from './chart-spec.ts';
import { renderDataTable } from './data-table.ts';
import { chartStyles } from './chart-styles.ts';
import { FONT_FAMILY, FONT_SIZE } from './layout.ts';
import { layoutPoints, renderPoints, type PointGeometry } from './point-plot.ts';
import { layoutUnits, renderUnits, type UnitGeometry } from './unit-plot.ts';
import { WidthController } from './width-controller.ts';

let chartCount = 0;

/** A spec laid out at a width: the kind's geometry, and how to draw its marks. */
type LaidOut =
  | { kind: 'lines'; spec: ChartSpec; width: number; geometry: ChartGeometry }
  | { kind: 'points'; spec: PointChartSpec; width: number; geometry: PointGeometry }
  | { kind: 'cells'; spec: CellChartSpec; width: number; geometry: CellGeometry }
  | { kind: 'units'; spec: UnitChartSpec; width: number; geometry: UnitGeometry };

/** What the frame needs from a laid-out plot: its size, its marks, and anything drawn under the SVG (a legend). */
interface Plot {
  width: number;
  height: number;
  marks: SVGTemplateResult;
  after: TemplateResult | typeof nothing;
}

/**
 * A chart drawn entirely from its `spec`.
 * @csspart figure - the <figure> around caption, chart and table
 * @csspart title - the chart's name (an <h3>)
 * @csspart summary - the generated one-sentence summary
 * @csspart svg - the chart itself
 * @csspart table - the <details> holding the data table
 */
@customElement('runaway-chart')
export class RunawayChart extends LitElement {
  static override styles = chartStyles;

  /** What to draw and say; a pending chart shows its name and a waiting line. */
  @property({ attribute: false }) spec?: ChartInput;

  /** With a playhead, draw nothing after it, so the lines grow as the run plays (the explorable's main chart). */
  @property({ type: Boolean, attribute: 'hide-future' }) hideFuture = false;

  /**
   * How much larger than its laid-out size the chart is drawn: the plot is laid out for
   * width ÷ zoom and scaled up, so its text and lines grow (for a projector) and it still fits.
   */
  @property({ type: Number }) zoom = 1;

  private readonly size = new WidthController(this);
  /** Re-renders the frame's own words (the table's toggle) when the locale changes. */
  protected readonly locale = new LocaleController(this);
  /** A per-instance prefix for ids in the SVG (clip paths), unique even after export. */
  private readonly uid = `runaway-chart-${++chartCount}`;
  private laidOut: LaidOut | undefined;

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const spec = this.spec;
    if (!spec || isPending(spec)) return;
    const width = this.size.width / Math.max(1, this.zoom);
    const last = this.laidOut;
    if (spec.kind === 'points') {
      this.laidOut = { kind: 'points', spec, width, geometry: layoutPoints(spec, width) };
    } else if (spec.kind === 'cells') {
      this.laidOut = { kind: 'cells', spec, width, geometry: layoutCells(spec, width) };
    } else if (spec.kind === 'units') {
      this.laidOut = { kind: 'units', spec, width, geometry: layoutUnits(spec, width) };
    } else {
      // A new day of the same run lays out as the last one: keep its scales and paths.
      const reuse = last?.kind === 'lines' && last.width === width && sameGeometry(last.spec, spec) ? last.geometry : undefined;
      this.laidOut = { kind: 'lines', spec, width, geometry: reuse ?? layoutChart(spec, width) };
    }
  }

  /** The plot's size and marks for the spec laid out last. */
  private plot(laidOut: LaidOut): Plot {
    switch (laidOut.kind) {
      case 'cells': {
        const { width, height } = laidOut.geometry;
        return { width, height, marks: renderCells(laidOut.spec, laidOut.geometry), after: renderCellLegend(laidOut.spec) };
      }
      case 'units': {
        const { width, height } = laidOut.geometry;
        return { width, height, marks: renderUnits(laidOut.spec, laidOut.geometry), after: nothing };
      }
      case 'points': {
        const { width, height } = laidOut.geometry.layout;
        return { width, height, marks: renderPoints(laidOut.spec, laidOut.geometry), after: nothing };
      }
      case 'lines': {
        const { width, height } = laidOut.geometry.layout;
        return { width, height, marks: renderMarks(laidOut.spec, laidOut.geometry, { uid: this.uid, hideFuture: this.hideFuture }), after: nothing };
      }
    }
  }

  override render() {
    const spec = this.spec;
    if (!spec) return nothing;
    if (isPending(spec) || this.laidOut?.spec !== spec) {
      const waiting = isPending(spec) ? spec.waiting : '';
      return html`<figure part="figure">
        <figcaption><h3 part="title">${spec.heading}</h3><p class="summary waiting" part="summary">${waiting}</p></figcaption>
      </figure>`;
    }
    const { width, height, marks, after } = this.plot(this.laidOut);
    const scale = Math.max(1, this.zoom);
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
        width=${Math.round(width * scale)}
        height=${Math.round(height * scale)}
        viewBox="0 0 ${width} ${height}"
        font-family=${FONT_FAMILY}
        font-size=${FONT_SIZE}
      >
        ${svg`<title>${spec.heading}</title><desc>${spec.summary}</desc>`}
        ${svg`<rect width=${width} height=${height} fill="#ffffff"></rect>`}
        ${marks}
      </svg>
      ${after}
      ${renderDataTable(spec.table.summary ?? t('chart.tableSummary', { heading: spec.heading }), spec.table)}
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-chart': RunawayChart;
  }
}
