/**
 * A two-parameter sweep (the heat map): every pair of values on a grid, each run on the same
 * seeds, so neighbouring cells differ by the parameters and not by the draw of true crime. Pure:
 * the grid, the params of a row, the CSV and the text of a cell.
 */
import { parseAssignment, validateParams, type Params } from '../../models/index.ts';
import type { Quantiles } from '../sim-client-types.ts';
import { csvNumber } from '../i18n/format.ts';

/** One axis of the grid: a numeric parameter and its range. */
export interface GridAxis {
  path: string;
  from: number;
  to: number;
  steps: number;
}

/**
 * The heat map the view opens with (issue 7's example): the reporting gap against exploration, on
 * the differential-reporting preset (reports only; the majority reports 45% of incidents), from a
 * minority reporting rate of 15% up to no gap at 45%.
 */
export const DEFAULT_HEATMAP: { presetId: string; x: GridAxis; y: GridAxis; replicates: number } = {
  presetId: 'differential-reporting',
  x: { path: 'deployment.exploration', from: 0, to: 0.5, steps: 6 },
  y: { path: 'sources.reports.minorityRate', from: 0.15, to: 0.45, steps: 4 },
  replicates: 5,
};

/** Most cells one heat map may have. */
export const MAX_HEATMAP_CELLS = 400;

/** The base params with the row's parameter set to `value` (throws ParamError when out of range). */
export function rowParams(base: Params, path: string, value: number): Params {
  return validateParams(parseAssignment(path, String(value)), base);
}

/** A cell of the grid, once finished: the quantiles of every summary metric. */
export type HeatCell = Record<string, Quantiles> | null;

/** The finished cells as CSV: x,y,median,low,high,replicates (x and y: the two parameters' values). */
export function heatmapCsv(xValues: readonly number[], yValues: readonly number[], cells: readonly (readonly HeatCell[])[], metric: string, replicates: number): string {
  const lines = ['x,y,median,low,high,replicates'];
  yValues.forEach((y, row) => {
    xValues.forEach((x, column) => {
      const q = cells[row]?.[column]?.[metric];
      if (q) lines.push([x, y, q.median, q.low, q.high].map(csvNumber).join(',') + `,${replicates}`);
    });
  });
  return `${lines.join('\n')}\n`;
}

/** The finished medians of a metric over the grid, with the cells where the extremes are. */
export function medianRange(cells: readonly (readonly HeatCell[])[], metric: string) {
  let low: { value: number; row: number; column: number } | undefined;
  let high: { value: number; row: number; column: number } | undefined;
  let done = 0;
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const value = cell?.[metric]?.median;
      if (value === undefined || !Number.isFinite(value)) return;
      done++;
      if (!low || value < low.value) low = { value, row: r, column: c };
      if (!high || value > high.value) high = { value, row: r, column: c };
    }),
  );
  return { low, high, done };
}
