/**
 * The cell kind of chart spec: a grid of cells over two parameters' values, each coloured by its
 * value on a ramp (grey while it is still running) with the value written in it when it fits,
 * the rows' and columns' values along the edges, and a colour legend under the grid. Layout is
 * pure (d3 band scales); the marks are Lit templates.
 */
import { html, nothing, svg } from 'lit';
import { scaleBand, type ScaleBand } from 'd3-scale';
import type { CellChartSpec } from './chart-spec.ts';
import { textWidth } from './layout.ts';
import { INK, MUTED_INK, NO_DATA_COLOR, rampColor, textOn, toHex } from './palettes.ts';
import '../legend.ts';

/** The narrowest grid drawn, in pixels. */
const MIN_WIDTH = 260;
/** Cell heights, in pixels: square cells within these bounds. */
const MIN_CELL_HEIGHT = 30;
const MAX_CELL_HEIGHT = 64;
/** Cells at least this wide have their value written in them. */
const TEXT_CELL_WIDTH = 44;
/** Opacity of a cell still running, over the no-data grey. */
const RUNNING_OPACITY = 0.35;

export interface CellGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Band scales over column and row indices. */
  x: ScaleBand<number>;
  y: ScaleBand<number>;
}

/** Lays out `spec` at `width` CSS pixels. */
export function layoutCells(spec: CellChartSpec, width: number): CellGeometry {
  // Room on the left for the widest row label.
  const rowLabel = Math.max(...spec.rows.map(textWidth), 20);
  const margin = { top: 30, right: 12, bottom: 58, left: Math.max(50, rowLabel + 24) };
  const shown = Math.max(MIN_WIDTH, Math.min(width, spec.maxWidth ?? Infinity));
  const innerWidth = shown - margin.left - margin.right;
  const cellHeight = Math.max(MIN_CELL_HEIGHT, Math.min(MAX_CELL_HEIGHT, innerWidth / Math.max(1, spec.columns.length)));
  const height = margin.top + cellHeight * spec.rows.length + margin.bottom;
  const indices = (count: number) => Array.from({ length: count }, (_, k) => k);
  const x = scaleBand<number>().domain(indices(spec.columns.length)).range([margin.left, shown - margin.right]).padding(0.04);
  // The first row at the bottom, as on a y axis.
  const y = scaleBand<number>().domain(indices(spec.rows.length).reverse()).range([margin.top, height - margin.bottom]).padding(0.04);
  return { width: shown, height, margin, x, y };
}

/** Everything inside the SVG after its background. */
export function renderCells(spec: CellChartSpec, geometry: CellGeometry) {
  const { x, y, width, height, margin } = geometry;
  const [low, high] = spec.domain;
  const position = (value: number) => (high > low ? (value - low) / (high - low) : 0.5);
  const bandwidth = x.bandwidth();
  const showText = bandwidth >= TEXT_CELL_WIDTH;
  return svg`
    ${spec.cells.map((row, r) =>
      row.map((cell, c) => {
        const done = Number.isFinite(cell.value);
        const fill = done ? rampColor(spec.ramp, position(cell.value)) : null;
        const cx = x(c)!;
        const cy = y(r)!;
        return svg`<g class="cell" data-row=${r} data-column=${c}>
          <rect x=${cx} y=${cy} width=${bandwidth} height=${y.bandwidth()} fill=${fill ? toHex(fill) : NO_DATA_COLOR} fill-opacity=${done ? 1 : RUNNING_OPACITY}></rect>
          ${done && showText
            ? svg`<text x=${cx + bandwidth / 2} y=${cy + y.bandwidth() / 2} dy="0.32em" text-anchor="middle" fill=${textOn(fill!)} aria-hidden="true">${cell.text}</text>`
            : nothing}
        </g>`;
      }),
    )}
    <g aria-hidden="true" fill=${INK}>
      ${spec.columns.map((label, c) => svg`<text x=${x(c)! + bandwidth / 2} y=${height - margin.bottom + 18} text-anchor="middle">${label}</text>`)}
      ${spec.rows.map((label, r) => svg`<text x=${margin.left - 8} y=${y(r)! + y.bandwidth() / 2} dy="0.32em" text-anchor="end">${label}</text>`)}
      <text x=${width - margin.right} y=${height - 12} text-anchor="end" fill=${MUTED_INK}>${spec.xLabel}</text>
      <text x="4" y="18" fill=${MUTED_INK}>${spec.yLabel}</text>
    </g>
  `;
}

/** The colour legend under the grid. */
export function renderCellLegend(spec: CellChartSpec) {
  const { heading, note, ticks } = spec.legend;
  return html`<runaway-legend .heading=${heading} .note=${note} .ramp=${spec.ramp} .ticks=${ticks}></runaway-legend>`;
}
