/**
 * The option objects every chart of the site is drawn from, the explorable's and the lab's alike:
 * what the chart says (heading, summary, table) and what it draws: lines over a numeric x (with
 * optional bands, shading, dots, a playhead or a marker), points over two axes, a grid of
 * coloured cells, or blocks of units (one mark per person). Builders are pure functions that return one; `<runaway-chart>` draws any of
 * them. Options left out take the defaults documented here.
 */
import type { TickFormat } from './axes.ts';

/** A data table: a caption, column headers and rows of formatted cells (first cell = row header). */
export interface TableData {
  /** The text of the <details> toggle; default "Data table: <heading>". */
  summary?: string;
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/** One line of a chart; NaN values are missing (not computed yet) and leave a gap. */
export interface ChartSeries {
  key: string;
  label: string;
  color: string;
  /** SVG stroke-dasharray ('' for solid). */
  dash: string;
  /** Stroke width in pixels. */
  width: number;
  /** y of each point, aligned with the chart's x. */
  values: ArrayLike<number>;
  /** A band drawn under the line (5th to 95th percentile of replicates), shown in the key. */
  band?: { low: ArrayLike<number>; high: ArrayLike<number> };
  /** The area between this line and these values, shaded faintly so it reads as an amount (the Lorenz gap). */
  shadeTo?: ArrayLike<number>;
  /** A reference line (a constant or a target): drawn under the data, whole during playback, with no dot. */
  reference?: boolean;
  /** A dot on every finite point from index `from` (default 0), e.g. a sweep's few values. */
  dots?: { radius: number; from?: number };
}

/** What every chart says, whatever it draws. */
export interface ChartWords {
  /** The chart's name: its heading and the SVG's accessible name. */
  heading: string;
  /** The generated one-sentence summary, with live numbers. */
  summary: string;
  /** A second line under the summary, e.g. what the shading means. */
  note?: string;
  table: TableData;
}

/** A line chart (the default kind): everything it draws and says. */
export interface ChartSpec extends ChartWords {
  kind?: 'lines';
  /** x of each point. */
  x: ArrayLike<number>;
  /** Domain of x; default the extent of `x`. */
  xDomain?: readonly [number, number];
  xLabel: string;
  yLabel: string;
  xFormat: TickFormat;
  yFormat: TickFormat;
  series: readonly ChartSeries[];
  /** Values the y domain must include besides the data (0 always is). */
  yIncludes?: readonly number[];
  /** Centre the y domain on 0 (differences), with a zero line. */
  symmetric?: boolean;
  /** Upper bound of the y domain (e.g. 1 for shares). */
  yMax?: number;
  /** x of a dashed vertical rule (the day shown). */
  marker?: number;
  /**
   * Playback: the index of the day shown. Data lines are solid up to it and faint after it, a
   * dashed rule and a dot on each line mark it, and the axes span the whole run so they never jump.
   */
  playhead?: number;
  /** Written across the plot when no data value is above 0 (e.g. "No stops in this run"). */
  emptyNote?: string;
  /** Room left of the plot for the y tick labels, in pixels; default 56. */
  leftMargin?: number;
  /** A plot as tall as it is wide, with the key above it (the Lorenz curve); default false. */
  square?: boolean;
  /** Tick counts; default one tick per 80 pixels of width and per 45 of height. */
  xTicks?: number | ((plotWidth: number) => number);
  yTicks?: number;
}

/** A mark of a point chart's key, and of its points. */
export interface PointShape {
  shape: 'circle' | 'square';
  color: string;
  /** Drawn white inside its outline. */
  hollow: boolean;
}

/** One point of a point chart: an x with one mark per y, joined by a thin line when there are two. */
export interface ChartPoint {
  key: string;
  /** The point's tooltip (an SVG <title>) naming it and its numbers. */
  title: string;
  x: number;
  marks: readonly (PointShape & { y: number })[];
}

/** A chart of points over two numeric axes from 0 (the lab's cost-benefit chart). */
export interface PointChartSpec extends ChartWords {
  kind: 'points';
  xLabel: string;
  /** The x label where the plot is narrower than WIDE_PLOT pixels; default xLabel. */
  xLabelShort?: string;
  yLabel: string;
  xFormat: TickFormat;
  yFormat: TickFormat;
  points: readonly ChartPoint[];
  key: readonly (PointShape & { label: string })[];
  /** The point a rule picked: ringed, and named where the plot is wide enough. */
  chosen?: { key: string; label: string };
  /** The widest the plot is drawn, in pixels. */
  maxWidth?: number;
  /** Room left of the plot for the y tick labels, in pixels; default 56. */
  leftMargin?: number;
}

/** One cell of a cell chart: its value (NaN while it is still running) and the text written in it. */
export interface ChartCell {
  value: number;
  text: string;
}

/** A grid of cells coloured by value over two parameters' values (the lab's heat map), with a colour legend. */
export interface CellChartSpec extends ChartWords {
  kind: 'cells';
  /** Column labels, left to right. */
  columns: readonly string[];
  /** Row labels, bottom to top (as on a y axis). */
  rows: readonly string[];
  /** cells[row][column], rows in the order of `rows`. */
  cells: readonly (readonly ChartCell[])[];
  xLabel: string;
  yLabel: string;
  /** Colour stops from the lowest value to the highest, evenly spaced. */
  ramp: readonly string[];
  /** The values at the ends of the ramp. */
  domain: readonly [number, number];
  /** The colour legend under the grid: what the colour shows, a note, and labelled points on the ramp. */
  legend: { heading: string; note: string; ticks: readonly { position: number; label: string }[] };
  /** The widest the grid is drawn, in pixels. */
  maxWidth?: number;
}

/** One mark of a unit chart (a person): its colour, filled or white inside, and ringed or not. */
export interface ChartUnit {
  color: string;
  filled: boolean;
  ringed: boolean;
}

/** A labelled block of units, drawn row by row. */
export interface UnitBlock {
  key: string;
  label: string;
  units: readonly ChartUnit[];
}

/** An entry of a unit chart's key: a colour chip ('swatch') or a unit mark in the given state. */
export type UnitKeyItem = { label: string; color: string } & ({ mark: 'swatch' } | ({ mark: 'unit' } & Omit<ChartUnit, 'color'>));

/**
 * Blocks of units, one mark per person (the People panel's sampled residents), with a key above
 * them. Blocks sit side by side where they fit and wrap one under another where they do not, at
 * the same size, so marks and labels never shrink on a phone.
 */
export interface UnitChartSpec extends ChartWords {
  kind: 'units';
  blocks: readonly UnitBlock[];
  /** Units per row of a block. */
  columns: number;
  key: readonly UnitKeyItem[];
}

/** A chart whose data has not arrived yet: its name and a line saying so. */
export interface PendingChart {
  heading: string;
  waiting: string;
}

/** What `<runaway-chart>` accepts. */
export type ChartInput = ChartSpec | PointChartSpec | CellChartSpec | UnitChartSpec | PendingChart;

export function isPending(input: ChartInput): input is PendingChart {
  return 'waiting' in input;
}
