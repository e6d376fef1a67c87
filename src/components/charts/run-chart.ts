/**
 * The frame every chart shares: a <figure> whose <figcaption> holds the chart's name and a
 * generated one-sentence summary with live numbers, the SVG (role="img", named by the caption),
 * and a data table in a <details> that screen readers can reach. Subclasses compute their view
 * in willUpdate from `result`, `day` and the width, and draw the plot's marks.
 */
import { css, html, LitElement, nothing, svg, unsafeCSS, type PropertyValues, type SVGTemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { RunResult } from '../../../models/index.ts';
import { getLocale, t } from '../../i18n/index.ts';
import { LocaleController } from '../../i18n/locale-controller.ts';
import { clampDay } from './chart-data.ts';
import { FONT_FAMILY, FONT_SIZE, type PlotLayout } from './layout.ts';
import { WidthController } from './width-controller.ts';

/** A data table: a caption, column headers and rows of formatted cells (first cell = row header). */
export interface TableData {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

let chartCount = 0;

export const chartStyles = css`
  :host {
    display: block;
    min-width: 0;
    color: #222222;
    font-family: ${unsafeCSS(FONT_FAMILY)};
  }
  figure {
    margin: 0;
  }
  h3 {
    margin: 0 0 0.2rem;
    font-size: 1.1rem;
    line-height: 1.3;
  }
  .summary {
    margin: 0 0 0.4rem;
    font-size: 1rem;
    line-height: 1.4;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  details {
    margin-top: 0.25rem;
    font-size: 0.95rem;
  }
  summary {
    cursor: pointer;
    padding: 0.35rem 0;
    min-height: 24px;
  }
  summary:focus-visible {
    outline: 3px solid #1a5fb4;
    outline-offset: 2px;
  }
  .table-scroll {
    overflow-x: auto;
    max-height: 22rem;
  }
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: left;
    padding-bottom: 0.25rem;
    color: #444444;
  }
  th,
  td {
    padding: 0.15rem 0.6rem;
    border-bottom: 1px solid #dddddd;
    text-align: right;
    white-space: nowrap;
  }
  th:first-child {
    text-align: left;
  }
  thead th {
    white-space: normal;
    vertical-align: bottom;
  }
  .waiting {
    color: #595959;
  }
`;

/**
 * Base class of the run charts.
 * @csspart figure - the <figure> around caption, chart and table
 * @csspart title - the chart's name (an <h3>)
 * @csspart summary - the generated one-sentence summary
 * @csspart svg - the chart itself
 * @csspart table - the <details> holding the data table
 */
export abstract class RunChart extends LitElement {
  static override styles = chartStyles;

  /** The run to draw (history.daysDone days filled). */
  @property({ attribute: false }) result?: RunResult;

  /** Playback day, 0-based; clamped to the filled days. Series are solid up to it, faint after. */
  @property({ type: Number }) day = 0;

  /**
   * How much larger than its laid-out size the chart is drawn: the plot is laid out for
   * width ÷ zoom and scaled up, so its text and lines grow (for a projector) and it still fits.
   */
  @property({ type: Number }) zoom = 1;

  protected readonly size = new WidthController(this);
  /** Re-renders in the new language when the locale changes. */
  protected readonly locale = new LocaleController(this);
  /** A per-instance prefix for ids in the SVG (clip paths), unique even after export. */
  protected readonly uid = `runaway-chart-${++chartCount}`;

  /** The chart's name: its heading and the SVG's accessible name (in the current locale). */
  abstract get heading(): string;

  /** The day actually drawn (day clamped to the filled days). */
  protected get shownDay(): number {
    return this.result ? clampDay(this.result, this.day) : -1;
  }

  /** Called from willUpdate when the run or the width changed: rebuild scales and paths. */
  protected abstract layoutRun(result: RunResult, width: number): void;
  /** Called from willUpdate on every change: recompute the summary and the table for the day. */
  protected abstract describeDay(result: RunResult, day: number): { summary: string; table: TableData };
  /** The marks of the plot for the day, inside an SVG of `layout` size. */
  protected abstract renderPlot(day: number): SVGTemplateResult;
  protected abstract get plotLayout(): PlotLayout | undefined;

  /** Further properties whose change needs a new layout (scales and paths), besides result and width. */
  protected readonly layoutProperties: readonly string[] = [];

  private summary = '';
  private table: TableData | undefined;
  private laidOutWidth = 0;
  /** The locale of the laid-out labels (series names, axis units): a new locale lays out again. */
  private laidOutLocale = '';

  protected override willUpdate(changed: PropertyValues): void {
    const result = this.result;
    if (!result || result.history.daysDone === 0) return;
    const relayout = this.layoutProperties.some((name) => changed.has(name)) || changed.has('zoom');
    const locale = getLocale();
    if (changed.has('result') || relayout || this.laidOutWidth !== this.size.width || this.laidOutLocale !== locale) {
      this.layoutRun(result, this.size.width / Math.max(1, this.zoom));
      this.laidOutWidth = this.size.width;
      this.laidOutLocale = locale;
    }
    const described = this.describeDay(result, this.shownDay);
    this.summary = described.summary;
    this.table = described.table;
  }

  override render() {
    const layout = this.plotLayout;
    if (!this.result || this.result.history.daysDone === 0 || !layout) {
      return html`<figure part="figure">
        <figcaption><h3 part="title">${this.heading}</h3><p class="summary waiting" part="summary">${t('chart.waiting')}</p></figcaption>
      </figure>`;
    }
    const titleId = `${this.uid}-title`;
    const summaryId = `${this.uid}-summary`;
    return html`<figure part="figure">
      <figcaption>
        <h3 id=${titleId} part="title">${this.heading}</h3>
        <p id=${summaryId} class="summary" part="summary">${this.summary}</p>
      </figcaption>
      <svg
        part="svg"
        xmlns="http://www.w3.org/2000/svg"
        role="img"
        aria-labelledby=${titleId}
        aria-describedby=${summaryId}
        width=${Math.round(layout.width * Math.max(1, this.zoom))}
        height=${Math.round(layout.height * Math.max(1, this.zoom))}
        viewBox="0 0 ${layout.width} ${layout.height}"
        font-family=${FONT_FAMILY}
        font-size=${FONT_SIZE}
      >
        ${svg`<title>${this.heading}</title><desc>${this.summary}</desc>`}
        ${svg`<rect width=${layout.width} height=${layout.height} fill="#ffffff"></rect>`}
        ${this.renderPlot(this.shownDay)}
      </svg>
      ${this.table ? this.renderTable(this.table) : nothing}
    </figure>`;
  }

  private renderTable(table: TableData) {
    return html`<details part="table">
      <summary>${t('chart.tableSummary', { heading: this.heading })}</summary>
      <div class="table-scroll">
        <table>
          <caption>${table.caption}</caption>
          <thead><tr>${table.columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
          <tbody>
            ${table.rows.map(
              ([first, ...rest]) => html`<tr><th scope="row">${first}</th>${rest.map((cell) => html`<td>${cell}</td>`)}</tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }
}
