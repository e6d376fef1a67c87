/**
 * The two-parameter chart as a cell chart spec: a summary metric over a grid of two parameters'
 * values, one cell per pair, coloured by the median of the replicates (darker: more), with the
 * median written in the cell when it fits; cells still running are grey. The summary names the
 * highest and lowest cells; the table lists every cell's median and band.
 */
import type { ParamSpec } from '../../models/index.ts';
import type { CellChartSpec } from '../components/charts/chart-spec.ts';
import { SEQUENTIAL_RAMP } from '../components/charts/palettes.ts';
import { formatSchemaValue, inSentence } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { paramLabel } from '../i18n/param-text.ts';
import { medianRange, type HeatCell } from './heatmap-plan.ts';
import { metricName } from './sweep-plan.ts';
import { formatMetric } from './sweep-specs.ts';
import '../i18n/parts/lab.ts';

/** The widest the grid is drawn, in pixels. */
const MAX_WIDTH = 820;
/** Points of the legend's ramp that are labelled: its ends and its middle. */
const LEGEND_POSITIONS = [0, 0.5, 1];

export interface HeatmapGrid {
  xSpec: ParamSpec;
  ySpec: ParamSpec;
  xValues: readonly number[];
  yValues: readonly number[];
  /** cells[row][column]: row = index into yValues, column = index into xValues; null while running. */
  cells: readonly (readonly HeatCell[])[];
  metric: string;
  replicates: number;
}

function summary(grid: HeatmapGrid, range: ReturnType<typeof medianRange>): string {
  const total = grid.xValues.length * grid.yValues.length;
  if (!range.low || !range.high) return t('lab.heatmap.summary.none', { done: 0, total });
  const at = (cell: { row: number; column: number }) =>
    t('lab.heatmap.summary.cell', {
      x: inSentence(paramLabel(grid.xSpec)),
      xValue: formatSchemaValue(grid.xValues[cell.column]!),
      y: inSentence(paramLabel(grid.ySpec)),
      yValue: formatSchemaValue(grid.yValues[cell.row]!),
    });
  return t('lab.heatmap.summary', {
    metric: inSentence(metricName(grid.metric)),
    high: formatMetric(grid.metric, range.high.value),
    highAt: at(range.high),
    low: formatMetric(grid.metric, range.low.value),
    lowAt: at(range.low),
    progress: range.done < total ? t('lab.heatmap.summary.progress', { done: range.done, total }) : '',
  });
}

/** The chart of a grid in progress or finished. */
export function heatmapChartSpec(grid: HeatmapGrid): CellChartSpec {
  const { metric } = grid;
  const range = medianRange(grid.cells, metric);
  const low = range.low?.value ?? 0;
  const high = range.high?.value ?? 1;
  const xLabel = paramLabel(grid.xSpec);
  const yLabel = paramLabel(grid.ySpec);
  const name = metricName(metric);
  const quantiles = (row: number, column: number) => grid.cells[row]?.[column]?.[metric];
  return {
    kind: 'cells',
    heading: t('lab.heatmap.chart.heading', { metric: name, x: inSentence(xLabel), y: inSentence(yLabel) }),
    summary: summary(grid, range),
    note: t('lab.heatmap.chart.note', { count: grid.replicates }),
    columns: grid.xValues.map(formatSchemaValue),
    rows: grid.yValues.map(formatSchemaValue),
    cells: grid.yValues.map((_, row) =>
      grid.xValues.map((_, column) => {
        const value = quantiles(row, column)?.median ?? Number.NaN;
        return { value, text: Number.isFinite(value) ? formatMetric(metric, value) : '' };
      }),
    ),
    xLabel: t('lab.heatmap.chart.xAxis', { label: xLabel }),
    yLabel: t('lab.heatmap.chart.yAxis', { label: yLabel }),
    ramp: SEQUENTIAL_RAMP,
    domain: [low, high],
    legend: {
      heading: name,
      note: t('lab.heatmap.chart.legendNote'),
      ticks: LEGEND_POSITIONS.map((position) => ({ position, label: formatMetric(metric, low + position * (high - low)) })),
    },
    maxWidth: MAX_WIDTH,
    table: {
      caption: t('lab.heatmap.table.caption', { metric: inSentence(name), x: inSentence(xLabel), y: inSentence(yLabel) }),
      columns: [t('lab.heatmap.table.corner', { x: xLabel, y: yLabel }), ...grid.xValues.map(formatSchemaValue)],
      rows: grid.yValues.map((yValue, row) => [
        formatSchemaValue(yValue),
        ...grid.xValues.map((_, column) => {
          const q = quantiles(row, column);
          return q ? t('lab.heatmap.table.cell', { median: formatMetric(metric, q.median), low: formatMetric(metric, q.low), high: formatMetric(metric, q.high) }) : t('lab.table.running');
        }),
      ]),
    },
  };
}
