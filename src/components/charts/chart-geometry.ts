/**
 * Geometry of a chart spec at a width: the layout, d3 scales, downsampled path strings for lines,
 * bands and shading, and where the direct labels sit. Pure (no DOM). It depends only on the
 * spec's data and frame, not on its words or playhead, so a playback frame that changes only the
 * day reuses it (sameGeometry) and the element moves just a clip rectangle, a rule and the dots.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { ChartSeries, ChartSpec } from './chart-spec.ts';
import { FONT_SIZE, plotLayout, spreadLabels, type PlotLayout } from './layout.ts';

/** Points per pixel of plot width above which a path is thinned. */
const MAX_POINTS_PER_PIXEL = 2;
/** The default room for y tick labels. */
export const DEFAULT_LEFT_MARGIN = 56;

export interface ChartGeometry {
  layout: PlotLayout;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  lines: string[];
  bands: (string | null)[];
  shades: (string | null)[];
  /** y of each series' direct label (when the layout has direct labels). */
  labelY: number[];
  /** True when some data (non-reference) value is above 0. */
  hasData: boolean;
}

/** Lays out `spec` at `width` CSS pixels. */
export function layoutChart(spec: ChartSpec, width: number): ChartGeometry {
  const frame = plotLayout(
    width,
    spec.series.map((s) => ({ label: s.label, color: s.color, dash: s.dash, width: s.width })),
    { leftMargin: spec.leftMargin ?? DEFAULT_LEFT_MARGIN, square: spec.square },
  );
  // A square plot is as wide as it is tall; the SVG keeps the frame's full width.
  const layout = spec.square ? { ...frame, innerWidth: frame.innerHeight } : frame;
  const { margin, innerWidth, innerHeight } = layout;
  const count = spec.x.length;
  const x = scaleLinear()
    .domain(xDomain(spec))
    .range([margin.left, margin.left + innerWidth]);

  let low = 0;
  let high = 0;
  let hasData = false;
  const include = (value: number) => {
    if (!Number.isFinite(value)) return;
    low = Math.min(low, value);
    high = Math.max(high, value);
  };
  for (const series of spec.series) {
    for (let k = 0; k < count; k++) {
      const value = series.values[k]!;
      include(value);
      if (!series.reference && value > 0) hasData = true;
      if (series.band) {
        include(series.band.low[k]!);
        include(series.band.high[k]!);
      }
    }
  }
  for (const value of spec.yIncludes ?? []) include(value);
  if (spec.yMax !== undefined) high = Math.min(high, spec.yMax);
  if (spec.symmetric) {
    const reach = Math.max(Math.abs(low), Math.abs(high)) || 1;
    low = -reach;
    high = reach;
  } else if (!(high > low)) {
    high = spec.yMax ?? 1;
  }
  const y = scaleLinear().domain([low, high]).range([margin.top + innerHeight, margin.top]).nice();

  const stride = Math.max(1, Math.ceil(count / (MAX_POINTS_PER_PIXEL * innerWidth)));
  const sampled: number[] = [];
  for (let k = 0; k < count; k += stride) sampled.push(k);
  if (count > 0 && sampled[sampled.length - 1] !== count - 1) sampled.push(count - 1);
  const px = (k: number) => x(spec.x[k]!);
  const between = (low: ArrayLike<number>, high: ArrayLike<number>) =>
    area<number>()
      .defined((k) => Number.isFinite(low[k]!) && Number.isFinite(high[k]!))
      .x(px)
      .y0((k) => y(low[k]!))
      .y1((k) => y(high[k]!))(sampled) ?? null;
  const lines = spec.series.map(
    (series) =>
      line<number>()
        .defined((k) => Number.isFinite(series.values[k]!))
        .x(px)
        .y((k) => y(series.values[k]!))(sampled) ?? '',
  );
  const bands = spec.series.map((series) => (series.band ? between(series.band.low, series.band.high) : null));
  const shades = spec.series.map((series) => (series.shadeTo ? between(series.shadeTo, series.values) : null));
  // Direct labels sit at each line's last value, spread so they never overlap.
  const labelY = spreadLabels(
    spec.series.map((series) => y(lastFinite(series.values) ?? 0)),
    FONT_SIZE + 5,
    margin.top + 6,
    margin.top + innerHeight,
  );
  return { layout, x, y, lines, bands, shades, labelY, hasData };
}

function xDomain(spec: ChartSpec): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (let k = 0; k < spec.x.length; k++) {
    low = Math.min(low, spec.x[k]!);
    high = Math.max(high, spec.x[k]!);
  }
  const [from, to] = spec.xDomain ?? [low, high];
  return to > from ? [from, to] : [from - 1, from + 1];
}

/** The last finite value of a series, or undefined. */
function lastFinite(values: ArrayLike<number>): number | undefined {
  for (let k = values.length - 1; k >= 0; k--) if (Number.isFinite(values[k]!)) return values[k]!;
  return undefined;
}

const FRAME_OPTIONS = ['yMax', 'symmetric', 'leftMargin', 'square'] as const;

function sameSeries(a: ChartSeries, b: ChartSeries): boolean {
  return (
    a.values === b.values &&
    a.band?.low === b.band?.low &&
    a.band?.high === b.band?.high &&
    a.shadeTo === b.shadeTo &&
    a.label === b.label &&
    a.color === b.color &&
    a.dash === b.dash &&
    a.width === b.width &&
    a.reference === b.reference
  );
}

/**
 * True when `b` lays out exactly as `a`: the same data arrays (by identity, as a builder passes
 * a run's own series), labels, styles and frame options. Words and the playhead may differ.
 */
export function sameGeometry(a: ChartSpec, b: ChartSpec): boolean {
  return (
    a.x === b.x &&
    a.xDomain?.[0] === b.xDomain?.[0] &&
    a.xDomain?.[1] === b.xDomain?.[1] &&
    a.series.length === b.series.length &&
    a.series.every((series, k) => sameSeries(series, b.series[k]!)) &&
    (a.yIncludes ?? []).join() === (b.yIncludes ?? []).join() &&
    FRAME_OPTIONS.every((option) => a[option] === b[option])
  );
}
