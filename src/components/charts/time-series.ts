/**
 * A plot of daily series for a whole run, drawn up to the playback day. Scales, downsampled
 * path strings and label positions are computed once per run and width (d3-scale, d3-shape);
 * each playback frame only moves a clip rectangle, the day rule and the dots, so five charts
 * keep up with 30 frames a second. The rest of the run shows faintly so the axes never jump.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { t } from '../../i18n/index.ts';
import { renderXAxis, renderYAxis, type TickFormat } from './axes.ts';
import { formatTick } from '../../i18n/format.ts';
import { FONT_SIZE, KEY_SWATCH_WIDTH, plotLayout, spreadLabels, type PlotLayout } from './layout.ts';
import { INK, MUTED_INK } from './palettes.ts';

/** One line: a value per day (index = 0-based day). */
export interface SeriesSpec {
  key: string;
  label: string;
  values: ArrayLike<number>;
  color: string;
  /** SVG stroke-dasharray ('' for solid). */
  dash: string;
  /** Stroke width in pixels. */
  width: number;
  /** A reference (a constant or a target), drawn in full at all times and without a dot. */
  reference?: boolean;
}

export interface TimePlotOptions {
  /** Unit shown above the y axis, e.g. "per 1,000 residents". */
  yLabel: string;
  yFormat: TickFormat;
  /** Values the y domain must include besides the data (0 is always included). */
  yIncludes?: readonly number[];
  /** Upper bound of the y domain (e.g. 1 for shares). */
  yMax?: number;
  leftMargin?: number;
  /** Written across the plot when every value is 0 (e.g. "No stops in this run"). */
  emptyNote?: string;
}

/** Points per pixel of plot width above which a path is thinned. */
const MAX_POINTS_PER_PIXEL = 2;

export class TimePlot {
  readonly layout: PlotLayout;
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly days: number;
  private readonly specs: readonly SeriesSpec[];
  private readonly paths: string[];
  private readonly labelY: number[];
  private readonly options: TimePlotOptions;
  /** True when no plotted (non-reference) value is above 0. */
  private readonly allZero: boolean;

  constructor(specs: readonly SeriesSpec[], days: number, width: number, options: TimePlotOptions) {
    this.specs = specs;
    this.days = days;
    this.options = options;
    this.layout = plotLayout(width, specs, { leftMargin: options.leftMargin });
    const { margin, innerWidth, innerHeight } = this.layout;
    this.x = scaleLinear()
      .domain([1, Math.max(2, days)])
      .range([margin.left, margin.left + innerWidth]);
    let high = 0;
    for (const spec of specs) {
      if (spec.reference) continue;
      for (let t = 0; t < days; t++) {
        const value = spec.values[t]!;
        if (Number.isFinite(value) && value > high) high = value;
      }
    }
    this.allZero = !(high > 0);
    for (const spec of specs) if (spec.reference) for (let t = 0; t < days; t++) high = Math.max(high, finiteOr(spec.values[t], 0));
    for (const value of options.yIncludes ?? []) high = Math.max(high, value);
    if (options.yMax !== undefined) high = Math.min(high, options.yMax);
    if (!(high > 0)) high = options.yMax ?? 1;
    this.y = scaleLinear()
      .domain([0, high])
      .range([margin.top + innerHeight, margin.top])
      .nice();
    const stride = Math.max(1, Math.ceil(days / (MAX_POINTS_PER_PIXEL * innerWidth)));
    const sampled: number[] = [];
    for (let t = 0; t < days; t += stride) sampled.push(t);
    if (sampled[sampled.length - 1] !== days - 1 && days > 0) sampled.push(days - 1);
    this.paths = specs.map((spec) =>
      line<number>()
        .defined((t) => Number.isFinite(spec.values[t]!))
        .x((t) => this.x(t + 1))
        .y((t) => this.y(spec.values[t]!))(sampled) ?? '',
    );
    // Direct labels sit at each line's last value, spread so they never overlap.
    this.labelY = spreadLabels(
      specs.map((spec) => this.y(finiteOr(spec.values[days - 1], 0))),
      FONT_SIZE + 5,
      margin.top + 6,
      margin.top + innerHeight,
    );
  }

  /**
   * The plot for playback day `day` (0-based): solid up to that day, faint after it, or, with
   * `hideFuture`, nothing after it (the axes still span the whole run, so they never jump).
   */
  render(day: number, uid: string, hideFuture = false): SVGTemplateResult {
    const { margin, innerWidth, innerHeight } = this.layout;
    const dayX = this.x(day + 1);
    const clipId = `${uid}-played`;
    const played = this.specs.filter((spec) => !spec.reference);
    return svg`
      <defs>
        <clipPath id=${clipId}>
          <rect x=${margin.left - 6} y="0" width=${Math.max(0, dayX - margin.left + 6)} height=${this.layout.height}></rect>
        </clipPath>
      </defs>
      ${renderYAxis(this.y, this.layout, this.options.yFormat, this.options.yLabel)}
      ${renderXAxis(this.x, this.layout, formatTick, t('chart.day'))}
      <g fill="none" stroke-linejoin="round" stroke-linecap="round">
        ${this.specs.map((spec, k) =>
          spec.reference
            ? svg`<path d=${this.paths[k]!} stroke=${spec.color} stroke-width=${spec.width} stroke-dasharray=${spec.dash || 'none'}></path>`
            : hideFuture
              ? null
              : svg`<path d=${this.paths[k]!} stroke=${spec.color} stroke-width=${spec.width} stroke-dasharray=${spec.dash || 'none'} stroke-opacity="0.25"></path>`,
        )}
        <g clip-path=${`url(#${clipId})`}>
          ${played.map((spec) => {
            const k = this.specs.indexOf(spec);
            return svg`<path class="played" data-key=${spec.key} d=${this.paths[k]!} stroke=${spec.color} stroke-width=${spec.width} stroke-dasharray=${spec.dash || 'none'}></path>`;
          })}
        </g>
      </g>
      <line x1=${dayX} x2=${dayX} y1=${margin.top} y2=${margin.top + innerHeight} stroke=${MUTED_INK} stroke-width="1" stroke-dasharray="3 3"></line>
      ${played.map((spec) => {
        const value = spec.values[day];
        if (value === undefined || !Number.isFinite(value)) return null;
        return svg`<circle cx=${dayX} cy=${this.y(value)} r="5" fill=${spec.color} stroke="#ffffff" stroke-width="1.5"></circle>`;
      })}
      ${this.allZero && this.options.emptyNote
        ? svg`<text x=${margin.left + innerWidth / 2} y=${margin.top + innerHeight / 2} text-anchor="middle" fill=${MUTED_INK} font-size=${FONT_SIZE + 2}>${this.options.emptyNote}</text>`
        : null}
      ${this.layout.directLabels ? this.renderDirectLabels(margin.left + innerWidth + 8) : this.renderKey()}
    `;
  }

  private renderDirectLabels(x: number): SVGTemplateResult {
    return svg`<g aria-hidden="true">${this.specs.map((spec, k) => {
      const y = this.labelY[k]!;
      return svg`<line x1=${x} x2=${x + KEY_SWATCH_WIDTH - 4} y1=${y} y2=${y} stroke=${spec.color} stroke-width=${Math.max(2.5, spec.width)} stroke-dasharray=${spec.dash || 'none'}></line>
        <text x=${x + KEY_SWATCH_WIDTH + 2} y=${y} dy="0.32em" fill=${INK} font-size=${FONT_SIZE}>${spec.label}</text>`;
    })}</g>`;
  }

  private renderKey(): SVGTemplateResult {
    return svg`<g aria-hidden="true">${this.layout.key.map(
      (item) => svg`<line x1=${item.x} x2=${item.x + KEY_SWATCH_WIDTH - 4} y1=${item.y} y2=${item.y} stroke=${item.color} stroke-width=${Math.max(2.5, item.width)} stroke-dasharray=${item.dash || 'none'}></line>
        <text x=${item.x + KEY_SWATCH_WIDTH + 2} y=${item.y} dy="0.32em" fill=${INK} font-size=${FONT_SIZE}>${item.label}</text>`,
    )}</g>`;
  }
}

function finiteOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? value : fallback;
}
