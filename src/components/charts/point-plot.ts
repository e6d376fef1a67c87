/**
 * The point kind of chart spec: points over two numeric axes from 0, each a mark per y (a circle
 * or a square, filled or hollow) joined by a thin line, a key of the marks above the plot, and a
 * chosen point ringed and named. Layout is pure (d3 scales); the marks are Lit SVG templates.
 */
import { nothing, svg } from 'lit';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { renderXAxis, renderYAxis } from './axes.ts';
import type { ChartPoint, PointChartSpec, PointShape } from './chart-spec.ts';
import { DEFAULT_LEFT_MARGIN } from './chart-geometry.ts';
import { FONT_SIZE, markKeyHeight, markKeySlot, placeMarkKey, plotLayout, textWidth, type PlotLayout } from './layout.ts';
import { INK, MUTED_INK } from './palettes.ts';

/** Plots at least this wide get the long x label. */
const WIDE_PLOT = 520;
/** Plots at least this wide name the chosen point; on a phone the label would cover the marks. */
const NAMED_CHOICE_WIDTH = 480;
/** Room above the highest point and right of the furthest, as a share of the largest value. */
const HEADROOM = 1.05;

type PlacedKeyMark = PointShape & { label: string; x: number; row: number };

export interface PointGeometry {
  layout: PlotLayout;
  key: PlacedKeyMark[];
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

/** Lays out `spec` at `width` CSS pixels. */
export function layoutPoints(spec: PointChartSpec, width: number): PointGeometry {
  // No key from plotLayout (it would put labels at line ends); rows above the plot hold the marks' key.
  const base = plotLayout(Math.min(width, spec.maxWidth ?? Infinity), [], { leftMargin: spec.leftMargin ?? DEFAULT_LEFT_MARGIN });
  const key = placeMarkKey(spec.key, base.width);
  const keyHeight = markKeyHeight(key);
  const layout = { ...base, height: base.height + keyHeight, margin: { ...base.margin, top: base.margin.top + keyHeight } };
  const { margin, innerWidth, innerHeight } = layout;
  const xs = spec.points.map((point) => point.x);
  const ys = spec.points.flatMap((point) => point.marks.map((mark) => mark.y));
  const x = scaleLinear()
    .domain([0, Math.max(1, ...xs) * HEADROOM])
    .range([margin.left, margin.left + innerWidth])
    .nice();
  const y = scaleLinear()
    .domain([0, Math.max(1, ...ys) * HEADROOM])
    .range([margin.top + innerHeight, margin.top])
    .nice();
  return { layout, key, x, y };
}

/** Everything inside the SVG after its background. */
export function renderPoints(spec: PointChartSpec, geometry: PointGeometry) {
  const { layout, x, y } = geometry;
  const xLabel = layout.innerWidth >= WIDE_PLOT ? spec.xLabel : (spec.xLabelShort ?? spec.xLabel);
  return svg`
    ${renderYAxis(y, layout, spec.yFormat, spec.yLabel)}
    ${renderXAxis(x, layout, spec.xFormat, xLabel)}
    ${spec.points.map((point) => renderPoint(point, geometry))}
    ${renderChosen(spec, geometry)}
    ${renderKey(geometry.key)}
  `;
}

function renderMark(mark: PointShape, cx: number, cy: number) {
  const fill = mark.hollow ? '#ffffff' : mark.color;
  return mark.shape === 'square'
    ? svg`<rect x=${cx - 5} y=${cy - 5} width="10" height="10" fill=${fill} stroke=${mark.color} stroke-width="2"></rect>`
    : svg`<circle cx=${cx} cy=${cy} r="5.5" fill=${fill} stroke=${mark.color} stroke-width="2"></circle>`;
}

function renderPoint(point: ChartPoint, { x, y }: PointGeometry) {
  const cx = x(point.x);
  const ys = point.marks.map((mark) => y(mark.y));
  return svg`<g class="point" data-key=${point.key}><title>${point.title}</title>
    ${ys.length > 1 ? svg`<line x1=${cx} x2=${cx} y1=${Math.min(...ys)} y2=${Math.max(...ys)} stroke=${MUTED_INK} stroke-width="1"></line>` : nothing}
    ${point.marks.map((mark, k) => renderMark(mark, cx, ys[k]!))}
  </g>`;
}

function renderChosen(spec: PointChartSpec, { layout, x, y }: PointGeometry) {
  const point = spec.chosen && spec.points.find((p) => p.key === spec.chosen!.key);
  if (!point) return nothing;
  const cx = x(point.x);
  const top = y(Math.max(...point.marks.map((mark) => mark.y)));
  const bottom = y(Math.min(...point.marks.map((mark) => mark.y)));
  const ring = svg`<rect x=${cx - 11} y=${top - 11} width="22" height=${bottom - top + 22} rx="11" fill="none" stroke=${INK} stroke-width="2.5"></rect>`;
  const { margin, innerWidth } = layout;
  if (innerWidth < NAMED_CHOICE_WIDTH) return svg`<g class="chosen" aria-hidden="true">${ring}</g>`;
  const label = spec.chosen!.label;
  const width = textWidth(label);
  const lx = Math.min(Math.max(margin.left + 2, cx - width / 2), margin.left + innerWidth - width);
  const ly = Math.max(margin.top + FONT_SIZE, top - 16);
  return svg`<g class="chosen" aria-hidden="true">
    ${ring}
    <rect x=${lx - 3} y=${ly - FONT_SIZE} width=${width + 6} height=${FONT_SIZE + 6} fill="#ffffff" fill-opacity="0.9"></rect>
    <text x=${lx} y=${ly} fill=${INK} font-weight="600">${label}</text>
  </g>`;
}

function renderKey(key: readonly PlacedKeyMark[]) {
  return svg`<g aria-hidden="true">${key.map((item) => {
    const { cx, cy, textX } = markKeySlot(item);
    return svg`${renderMark(item, cx, cy)}<text x=${textX} y=${cy} dy="0.32em" fill=${INK}>${item.label}</text>`;
  })}</g>`;
}
