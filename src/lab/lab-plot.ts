/**
 * Geometry of a lab chart: lines over a numeric x (days or a parameter's values), each with an
 * optional shaded band (5th to 95th percentile of replicates), dots where points are sparse,
 * and a zero line for differences. Pure: d3 scales and path strings, no DOM.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { TickFormat } from '../components/charts/axes.ts';
import { FONT_SIZE, plotLayout, spreadLabels, type PlotLayout } from '../components/charts/layout.ts';

/** One line of a lab chart; NaN values are missing (not computed yet) and leave a gap. */
export interface LabSeries {
  key: string;
  label: string;
  color: string;
  /** SVG stroke-dasharray ('' for solid). */
  dash: string;
  width: number;
  /** y of each point, aligned with the chart's x. */
  values: ArrayLike<number>;
  /** A band drawn under the line. */
  band?: { low: ArrayLike<number>; high: ArrayLike<number> };
  /** A reference line: thin, no dots, and left out of the summary. */
  reference?: boolean;
  /** A dot at every finite point (for a sweep's few values). */
  dots?: boolean;
}

/** Everything a lab chart draws and says. */
export interface LabChartSpec {
  heading: string;
  /** The generated one-sentence summary, with live numbers. */
  summary: string;
  /** A second line under the summary, e.g. what the shading means. */
  note?: string;
  table: { caption: string; columns: readonly string[]; rows: readonly (readonly string[])[] };
  /** x of each point. */
  x: ArrayLike<number>;
  /** Domain of x; default the extent of `x`. */
  xDomain?: readonly [number, number];
  xLabel: string;
  yLabel: string;
  xFormat: TickFormat;
  yFormat: TickFormat;
  series: readonly LabSeries[];
  /** Values the y domain must include besides the data. */
  yIncludes?: readonly number[];
  /** Centre the y domain on 0 (differences), with a zero line. */
  symmetric?: boolean;
  /** Upper bound of the y domain (e.g. 1 for shares). */
  yMax?: number;
  /** x of a dashed vertical rule (the day shown). */
  marker?: number;
}

/** Points per pixel of plot width above which a path is thinned. */
const MAX_POINTS_PER_PIXEL = 2;

export interface PlotGeometry {
  layout: PlotLayout;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  lines: string[];
  bands: (string | null)[];
  /** y of each series' direct label (when the layout has direct labels). */
  labelY: number[];
}

/** Lays out `spec` at `width` CSS pixels. */
export function layoutLabPlot(spec: LabChartSpec, width: number): PlotGeometry {
  const layout = plotLayout(
    width,
    spec.series.map((s) => ({ label: s.label, color: s.color, dash: s.dash, width: s.width })),
    { leftMargin: 64 },
  );
  const { margin, innerWidth, innerHeight } = layout;
  const count = spec.x.length;
  let xLow = Infinity;
  let xHigh = -Infinity;
  for (let k = 0; k < count; k++) {
    xLow = Math.min(xLow, spec.x[k]!);
    xHigh = Math.max(xHigh, spec.x[k]!);
  }
  const [domainLow, domainHigh] = spec.xDomain ?? [xLow, xHigh];
  const x = scaleLinear()
    .domain(domainHigh > domainLow ? [domainLow, domainHigh] : [domainLow - 1, domainLow + 1])
    .range([margin.left, margin.left + innerWidth]);

  let low = 0;
  let high = 0;
  const include = (value: number) => {
    if (!Number.isFinite(value)) return;
    low = Math.min(low, value);
    high = Math.max(high, value);
  };
  for (const series of spec.series) {
    for (let k = 0; k < count; k++) {
      include(series.values[k]!);
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
  const lines = spec.series.map(
    (series) =>
      line<number>()
        .defined((k) => Number.isFinite(series.values[k]!))
        .x(px)
        .y((k) => y(series.values[k]!))(sampled) ?? '',
  );
  const bands = spec.series.map((series) => {
    const band = series.band;
    if (!band) return null;
    return (
      area<number>()
        .defined((k) => Number.isFinite(band.low[k]!) && Number.isFinite(band.high[k]!))
        .x(px)
        .y0((k) => y(band.low[k]!))
        .y1((k) => y(band.high[k]!))(sampled) ?? null
    );
  });
  const labelY = spreadLabels(
    spec.series.map((series) => y(lastFinite(series.values) ?? 0)),
    FONT_SIZE + 5,
    margin.top + 6,
    margin.top + innerHeight,
  );
  return { layout, x, y, lines, bands, labelY };
}

/** The last finite value of a series, or undefined. */
export function lastFinite(values: ArrayLike<number>): number | undefined {
  for (let k = values.length - 1; k >= 0; k--) if (Number.isFinite(values[k]!)) return values[k]!;
  return undefined;
}
