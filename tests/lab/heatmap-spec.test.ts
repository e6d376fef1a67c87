/**
 * The two-parameter chart's builder (src/lab/heatmap-spec.ts): a 2 × 2 grid with one cell still
 * running becomes cells at their medians on a ramp spanning the finished cells, a summary naming
 * the highest and lowest, and a table of every cell.
 */
import { describe, expect, it } from 'vitest';
import { findSpec } from '../../models/index.ts';
import { heatmapChartSpec } from '../../src/lab/heatmap-spec.ts';

const q = (median: number) => ({ median, low: median - 0.1, high: median + 0.1, mean: median });
const METRIC = 'minorityQuarter.disparityRatio';

const grid = {
  xSpec: findSpec('deployment.exploration')!,
  ySpec: findSpec('sources.reports.minorityRate')!,
  xValues: [0, 0.2],
  yValues: [0.3, 0.45],
  // Rows follow yValues; the last cell is still running.
  cells: [
    [{ [METRIC]: q(1.5) }, { [METRIC]: q(1.2) }],
    [{ [METRIC]: q(2.5) }, null],
  ],
  metric: METRIC,
  replicates: 4,
};

describe('heatmapChartSpec', () => {
  const spec = heatmapChartSpec(grid);

  it('puts each cell at its median, with NaN where it is still running, and spans the ramp over the finished cells', () => {
    expect(spec.cells.map((row) => row.map((cell) => cell.value))).toEqual([
      [1.5, 1.2],
      [2.5, Number.NaN],
    ]);
    expect(spec.cells[1]![0]!.text).toBe('2.5');
    expect(spec.domain).toEqual([1.2, 2.5]);
    expect(spec.legend.ticks.map((tick) => tick.position)).toEqual([0, 0.5, 1]);
    expect(spec.columns).toEqual(['0', '0.2']);
    expect(spec.rows).toEqual(['0.3', '0.45']);
  });

  it('names the highest and lowest cells and says how many are done', () => {
    expect(spec.summary).toBe(
      'The median disparity ratio is highest, 2.5, at exploration (ε) 0 and reporting rate, minority 0.45, and lowest, 1.2, at exploration (ε) 0.2 and reporting rate, minority 0.3 (3 of 4 cells done so far).',
    );
  });

  it('lists every cell in the table, the running one as running', () => {
    expect(spec.table.rows).toHaveLength(2);
    expect(spec.table.rows[1]![2]).toBe('running…');
    expect(spec.table.rows[0]![1]).toContain('1.5');
  });
});
