/**
 * The marks of a chart spec inside its SVG, from its geometry: axes, zero line, bands and
 * shading, reference lines under the data lines, the playhead (a clip that grows with the day, a
 * rule and a dot per line) or a marker rule, dots, an empty-plot note, and the key or direct
 * labels. Every mark carries its colours as attributes so an exported SVG keeps the look.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { renderXAxis, renderYAxis } from './axes.ts';
import type { ChartGeometry } from './chart-geometry.ts';
import type { ChartSeries, ChartSpec } from './chart-spec.ts';
import { FONT_SIZE, KEY_SWATCH_WIDTH } from './layout.ts';
import { INK, MUTED_INK } from './palettes.ts';

/** Fill opacity of a percentile band, and of the shading between two lines. */
const BAND_OPACITY = 0.18;
const SHADE_OPACITY = 0.12;
/** Opacity of the days after the playhead, so the axes never jump while the lines grow. */
const FUTURE_OPACITY = 0.25;

export interface MarkOptions {
  /** A per-element prefix for ids in the SVG (the playhead's clip path). */
  uid: string;
  /** With a playhead, draw nothing after it (the explorable's main chart grows as the run plays). */
  hideFuture: boolean;
}

/** Everything inside the SVG after its background. */
export function renderMarks(spec: ChartSpec, geometry: ChartGeometry, options: MarkOptions): SVGTemplateResult {
  const { layout, x, y, labelY } = geometry;
  const { margin, innerWidth, innerHeight } = layout;
  const [yLow, yHigh] = y.domain() as [number, number];
  const xTicks = typeof spec.xTicks === 'function' ? spec.xTicks(innerWidth) : spec.xTicks;
  const playhead = spec.playhead;
  const ruleAt = playhead !== undefined ? spec.x[playhead] : spec.marker;
  return svg`
    ${playhead !== undefined ? renderClip(spec, geometry, options.uid) : nothing}
    ${renderYAxis(y, layout, spec.yFormat, spec.yLabel, spec.yTicks)}
    ${renderXAxis(x, layout, spec.xFormat, spec.xLabel, xTicks)}
    ${yLow < 0 && yHigh > 0
      ? svg`<line x1=${margin.left} x2=${margin.left + innerWidth} y1=${y(0)} y2=${y(0)} stroke=${INK} stroke-width="1.5"></line>`
      : nothing}
    ${renderAreas(spec, geometry)}
    ${renderLines(spec, geometry, options)}
    ${ruleAt !== undefined
      ? svg`<line x1=${x(ruleAt)} x2=${x(ruleAt)} y1=${margin.top} y2=${margin.top + innerHeight} stroke=${MUTED_INK} stroke-width="1" stroke-dasharray="3 3"></line>`
      : nothing}
    ${playhead !== undefined ? renderPlayheadDots(spec, geometry, playhead) : nothing}
    ${spec.series.map((series) => (series.dots ? renderDots(spec, geometry, series) : nothing))}
    ${!geometry.hasData && spec.emptyNote
      ? svg`<text x=${margin.left + innerWidth / 2} y=${margin.top + innerHeight / 2} text-anchor="middle" fill=${MUTED_INK} font-size=${FONT_SIZE + 2}>${spec.emptyNote}</text>`
      : nothing}
    <g aria-hidden="true">
      ${layout.directLabels
        ? spec.series.map((series, k) => renderKeyItem(margin.left + innerWidth + 8, labelY[k]!, series))
        : layout.key.map((item, k) => renderKeyItem(item.x, item.y, spec.series[k]!))}
    </g>
  `;
}

/** The clip rectangle of the played days: from the plot's left edge to the playhead. */
function renderClip(spec: ChartSpec, geometry: ChartGeometry, uid: string) {
  const { margin, height } = geometry.layout;
  const at = geometry.x(spec.x[spec.playhead!]!);
  return svg`<defs>
    <clipPath id=${`${uid}-played`}>
      <rect x=${margin.left - 6} y="0" width=${Math.max(0, at - margin.left + 6)} height=${height}></rect>
    </clipPath>
  </defs>`;
}

function renderAreas(spec: ChartSpec, geometry: ChartGeometry) {
  const { bands, shades } = geometry;
  if (!bands.some(Boolean) && !shades.some(Boolean)) return nothing;
  return svg`<g class="bands" stroke="none">
    ${spec.series.map((series, k) => [
      shades[k] ? svg`<path class="shade" data-key=${series.key} d=${shades[k]!} fill=${series.color} fill-opacity=${SHADE_OPACITY}></path>` : nothing,
      bands[k] ? svg`<path class="band" data-key=${series.key} d=${bands[k]!} fill=${series.color} fill-opacity=${BAND_OPACITY}></path>` : nothing,
    ])}
  </g>`;
}

/** Reference lines first, so the data is drawn over them; with a playhead, data lines are clipped to the played days. */
function renderLines(spec: ChartSpec, geometry: ChartGeometry, options: MarkOptions) {
  const path = (series: ChartSeries, k: number, className: string | typeof nothing, opacity: number | typeof nothing = nothing) =>
    svg`<path class=${className} data-key=${series.key} d=${geometry.lines[k]!} stroke=${series.color} stroke-width=${series.width} stroke-dasharray=${series.dash || 'none'} stroke-opacity=${opacity}></path>`;
  const indexed = spec.series.map((series, k) => ({ series, k }));
  const references = indexed.filter(({ series }) => series.reference);
  const data = indexed.filter(({ series }) => !series.reference);
  if (spec.playhead === undefined) {
    return svg`<g fill="none" stroke-linejoin="round" stroke-linecap="round">
      ${[...references, ...data].map(({ series, k }) => path(series, k, 'line'))}
    </g>`;
  }
  return svg`<g fill="none" stroke-linejoin="round" stroke-linecap="round">
    ${references.map(({ series, k }) => path(series, k, 'line'))}
    ${options.hideFuture ? nothing : data.map(({ series, k }) => path(series, k, nothing, FUTURE_OPACITY))}
    <g clip-path=${`url(#${options.uid}-played)`}>${data.map(({ series, k }) => path(series, k, 'played'))}</g>
  </g>`;
}

/** A dot on each data line at the playhead. */
function renderPlayheadDots(spec: ChartSpec, geometry: ChartGeometry, playhead: number) {
  const cx = geometry.x(spec.x[playhead]!);
  return spec.series.map((series) => {
    const value = series.values[playhead];
    if (series.reference || value === undefined || !Number.isFinite(value)) return nothing;
    return svg`<circle cx=${cx} cy=${geometry.y(value)} r="5" fill=${series.color} stroke="#ffffff" stroke-width="1.5"></circle>`;
  });
}

/** A dot at every finite point of a series, with a whisker over its band where it has one. */
function renderDots(spec: ChartSpec, geometry: ChartGeometry, series: ChartSeries) {
  const { radius, from = 0 } = series.dots!;
  const points: number[] = [];
  for (let k = from; k < spec.x.length; k++) if (Number.isFinite(series.values[k]!)) points.push(k);
  return svg`<g class="dots" data-key=${series.key}>${points.map((k) => {
    const cx = geometry.x(spec.x[k]!);
    const band = series.band;
    const whisker =
      band && Number.isFinite(band.low[k]!) && Number.isFinite(band.high[k]!)
        ? svg`<line x1=${cx} x2=${cx} y1=${geometry.y(band.low[k]!)} y2=${geometry.y(band.high[k]!)} stroke=${series.color} stroke-width="1.5"></line>`
        : nothing;
    return svg`${whisker}<circle cx=${cx} cy=${geometry.y(series.values[k]!)} r=${radius} fill=${series.color} stroke="#ffffff" stroke-width="1.5"></circle>`;
  })}</g>`;
}

/** A key entry: the line's sample (over a band swatch when it has a band) and its name. */
function renderKeyItem(x: number, y: number, series: ChartSeries) {
  return svg`${series.band
    ? svg`<rect x=${x} y=${y - 7} width=${KEY_SWATCH_WIDTH - 4} height="14" fill=${series.color} fill-opacity=${BAND_OPACITY}></rect>`
    : nothing}
    <line x1=${x} x2=${x + KEY_SWATCH_WIDTH - 4} y1=${y} y2=${y} stroke=${series.color} stroke-width=${Math.max(2.5, series.width)} stroke-dasharray=${series.dash || 'none'}></line>
    <text x=${x + KEY_SWATCH_WIDTH + 2} y=${y} dy="0.32em" fill=${INK} font-size=${FONT_SIZE}>${series.label}</text>`;
}
