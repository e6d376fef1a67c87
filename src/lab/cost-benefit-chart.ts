/**
 * `<runaway-cost-benefit-chart>`: each deployment policy at each patrol level as a point, with
 * true incidents found per day across and stops without a hit per 1,000 residents up. Split by
 * group, each policy has two marks joined by a line (minority and majority residents), so the
 * height of the line is the gap in who is stopped without cause. The policy a utilitarian rule
 * picks is ringed and named.
 */
import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { renderXAxis, renderYAxis } from '../components/charts/axes.ts';
import { formatAmount, formatCount, formatTick } from '../i18n/format.ts';
import { FONT_FAMILY, FONT_SIZE, plotLayout, textWidth, type PlotLayout } from '../components/charts/layout.ts';
import { GROUP_COLORS, INK, MUTED_INK } from '../components/charts/palettes.ts';
import { chartStyles } from '../components/charts/chart-styles.ts';
import { WidthController } from '../components/charts/width-controller.ts';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import type { PolicyPoint } from './cost-benefit.ts';
import '../i18n/parts/lab.ts';

/** Residents per rate: stops are counted per 1,000 residents. */
const PER_RESIDENTS = 1000;

/** Height of a row of the key above the plot, in CSS pixels. */
const KEY_ROW = 26;

interface PlacedMark {
  label: string;
  color: string;
  square: boolean;
  hollow: boolean;
  x: number;
  row: number;
}

/** The key's marks, left to right, wrapping to a new row when the next would not fit in `width`. */
function placeKey(split: boolean, width: number): PlacedMark[] {
  const marks = split
    ? [
        { label: t('chart.emptyStops.minority'), color: GROUP_COLORS.minority, square: false, hollow: false },
        { label: t('chart.emptyStops.majority'), color: GROUP_COLORS.majority, square: true, hollow: false },
        { label: t('lab.costBenefit.key.corrected'), color: MUTED_INK, square: false, hollow: true },
      ]
    : [
        { label: t('lab.costBenefit.key.all'), color: INK, square: false, hollow: false },
        { label: t('lab.costBenefit.key.corrected'), color: MUTED_INK, square: false, hollow: true },
      ];
  let x = 4;
  let row = 0;
  return marks.map((mark) => {
    const itemWidth = 26 + textWidth(mark.label);
    if (x > 4 && x + itemWidth > width) {
      x = 4;
      row++;
    }
    const placed = { ...mark, x, row };
    x += itemWidth + 18;
    return placed;
  });
}

/** The name of a point: "Top 20 hotspots, 40 units". */
export function pointName(point: PolicyPoint): string {
  return t('lab.costBenefit.pointName', { policy: point.variant.label, units: point.units });
}

/**
 * Policies as points: incidents found against stops without a hit.
 * @csspart svg - the chart
 * @csspart table - the <details> with the data table
 */
@customElement('runaway-cost-benefit-chart')
export class CostBenefitChart extends LitElement {
  static override styles = chartStyles;

  @property({ attribute: false }) points: readonly PolicyPoint[] = [];
  /** Key of the point the rule picks. */
  @property() chosen = '';
  /** Two marks per policy (minority and majority residents) instead of one for everyone. */
  @property({ type: Boolean }) split = true;
  /** The generated summary (the view writes it, since it knows the weight). */
  @property() summary = '';

  private readonly size = new WidthController(this);
  private layout: PlotLayout | undefined;
  private key: PlacedMark[] = [];
  private x: ScaleLinear<number, number> = scaleLinear();
  private y: ScaleLinear<number, number> = scaleLinear();

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    // No key from plotLayout (it would put labels at line ends); a row above the plot holds the marks' key.
    const base = plotLayout(Math.min(this.size.width, 900), [], { leftMargin: 64 });
    this.key = placeKey(this.split, base.width);
    const keyHeight = KEY_ROW * (Math.max(0, ...this.key.map((item) => item.row)) + 1);
    this.layout = { ...base, height: base.height + keyHeight, margin: { ...base.margin, top: base.margin.top + keyHeight } };
    const { margin, innerWidth, innerHeight } = this.layout;
    const xs = this.points.map((p) => p.foundPerDay);
    const ys = this.points.flatMap((p) => (this.split ? [p.minorityEmptyPer1000, p.majorityEmptyPer1000] : [p.allEmptyPer1000]));
    this.x = scaleLinear()
      .domain([0, Math.max(1, ...xs) * 1.05])
      .range([margin.left, margin.left + innerWidth])
      .nice();
    this.y = scaleLinear()
      .domain([0, Math.max(1, ...ys) * 1.05])
      .range([margin.top + innerHeight, margin.top])
      .nice();
  }

  override render() {
    const layout = this.layout!;
    const heading = t('lab.costBenefit.chart.heading');
    return html`<figure>
      <figcaption>
        <h3 id="title">${heading}</h3>
        <p id="summary" class="summary">${this.summary}</p>
        <p class="summary waiting">${t(this.split ? 'lab.costBenefit.chart.note.split' : 'lab.costBenefit.chart.note.all')}</p>
      </figcaption>
      <svg
        part="svg"
        xmlns="http://www.w3.org/2000/svg"
        role="img"
        aria-labelledby="title"
        aria-describedby="summary"
        width=${layout.width}
        height=${layout.height}
        viewBox="0 0 ${layout.width} ${layout.height}"
        font-family=${FONT_FAMILY}
        font-size=${FONT_SIZE}
      >
        ${svg`<title>${heading}</title><desc>${this.summary}</desc>`}
        <rect width=${layout.width} height=${layout.height} fill="#ffffff"></rect>
        ${renderYAxis(this.y, layout, formatTick, t('lab.costBenefit.chart.yAxis', { per: PER_RESIDENTS }))}
        ${renderXAxis(this.x, layout, formatTick, t(layout.innerWidth >= 520 ? 'lab.costBenefit.chart.xAxis' : 'lab.costBenefit.chart.xAxisShort'))}
        ${this.points.map((point) => this.renderPoint(point))}
        ${this.renderChosen()}
        ${this.renderKey()}
      </svg>
      ${this.renderTable()}
    </figure>`;
  }

  private renderPoint(point: PolicyPoint) {
    const cx = this.x(point.foundPerDay);
    const hollow = point.variant.corrected;
    const title = svg`<title>${t('lab.costBenefit.chart.point', {
      policy: pointName(point),
      found: formatAmount(point.foundPerDay),
      per: PER_RESIDENTS,
      minority: formatAmount(point.minorityEmptyPer1000),
      majority: formatAmount(point.majorityEmptyPer1000),
    })}</title>`;
    if (!this.split) {
      return svg`<g class="point" data-key=${point.key}>${title}<circle cx=${cx} cy=${this.y(point.allEmptyPer1000)} r="5.5" fill=${hollow ? '#ffffff' : INK} stroke=${INK} stroke-width="2"></circle></g>`;
    }
    const yMinority = this.y(point.minorityEmptyPer1000);
    const yMajority = this.y(point.majorityEmptyPer1000);
    return svg`<g class="point" data-key=${point.key}>${title}
      <line x1=${cx} x2=${cx} y1=${yMinority} y2=${yMajority} stroke=${MUTED_INK} stroke-width="1"></line>
      <circle cx=${cx} cy=${yMinority} r="5.5" fill=${hollow ? '#ffffff' : GROUP_COLORS.minority} stroke=${GROUP_COLORS.minority} stroke-width="2"></circle>
      <rect x=${cx - 5} y=${yMajority - 5} width="10" height="10" fill=${hollow ? '#ffffff' : GROUP_COLORS.majority} stroke=${GROUP_COLORS.majority} stroke-width="2"></rect>
    </g>`;
  }

  private renderChosen() {
    const point = this.points.find((p) => p.key === this.chosen);
    if (!point || !this.layout) return nothing;
    const cx = this.x(point.foundPerDay);
    const top = this.y(this.split ? Math.max(point.minorityEmptyPer1000, point.majorityEmptyPer1000) : point.allEmptyPer1000);
    const bottom = this.y(this.split ? Math.min(point.minorityEmptyPer1000, point.majorityEmptyPer1000) : point.allEmptyPer1000);
    const ring = svg`<rect x=${cx - 11} y=${top - 11} width="22" height=${bottom - top + 22} rx="11" fill="none" stroke=${INK} stroke-width="2.5"></rect>`;
    const { margin, innerWidth } = this.layout;
    // On a phone the label would cover the marks; the sentence above the chart names the policy.
    if (innerWidth < 480) return svg`<g class="chosen" aria-hidden="true">${ring}</g>`;
    const label = t('lab.costBenefit.chart.picked', { policy: pointName(point) });
    const width = textWidth(label);
    const lx = Math.min(Math.max(margin.left + 2, cx - width / 2), margin.left + innerWidth - width);
    const ly = Math.max(margin.top + FONT_SIZE, top - 16);
    return svg`<g class="chosen" aria-hidden="true">
      ${ring}
      <rect x=${lx - 3} y=${ly - FONT_SIZE} width=${width + 6} height=${FONT_SIZE + 6} fill="#ffffff" fill-opacity="0.9"></rect>
      <text x=${lx} y=${ly} fill=${INK} font-weight="600">${label}</text>
    </g>`;
  }

  private renderKey() {
    return svg`<g aria-hidden="true">${this.key.map((item) => {
      const y = item.row * KEY_ROW + KEY_ROW / 2 + 2;
      const fill = item.hollow ? '#ffffff' : item.color;
      const mark = item.square
        ? svg`<rect x=${item.x + 6} y=${y - 5} width="10" height="10" fill=${fill} stroke=${item.color} stroke-width="2"></rect>`
        : svg`<circle cx=${item.x + 11} cy=${y} r="5.5" fill=${fill} stroke=${item.color} stroke-width="2"></circle>`;
      return svg`${mark}<text x=${item.x + 26} y=${y} dy="0.32em" fill=${INK}>${item.label}</text>`;
    })}</g>`;
  }

  private renderTable() {
    return html`<details part="table">
      <summary>${t('lab.costBenefit.table.summary')}</summary>
      <div class="table-scroll">
        <table>
          <caption>${t('lab.costBenefit.table.caption', { per: PER_RESIDENTS })}</caption>
          <thead>
            <tr>
              <th scope="col">${t('lab.costBenefit.table.policy')}</th><th scope="col">${t('lab.costBenefit.table.units')}</th>
              <th scope="col">${t('lab.costBenefit.table.found')}</th><th scope="col">${t('lab.costBenefit.table.empty')}</th>
              <th scope="col">${t('lab.costBenefit.table.minority', { per: PER_RESIDENTS })}</th>
              <th scope="col">${t('lab.costBenefit.table.majority', { per: PER_RESIDENTS })}</th>
              <th scope="col">${t('lab.costBenefit.table.picked')}</th>
            </tr>
          </thead>
          <tbody>
            ${this.points.map(
              (p) => html`<tr data-key=${p.key}>
                <th scope="row">${p.variant.label}</th><td>${formatCount(p.units)}</td><td>${formatAmount(p.foundPerDay)}</td><td>${formatAmount(p.emptyStopsPerDay)}</td>
                <td>${formatAmount(p.minorityEmptyPer1000)}</td><td>${formatAmount(p.majorityEmptyPer1000)}</td>
                <td>${p.key === this.chosen ? t('lab.costBenefit.table.yes') : ''}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-cost-benefit-chart': CostBenefitChart;
  }
}
