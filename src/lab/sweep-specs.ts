/**
 * The sweep chart and table: a summary metric against one parameter's values, the median of
 * the replicates at each value with its 5th to 95th percentile band, filled in as values finish.
 */
import type { ParamSpec } from '../../models/index.ts';
import { formatAmount, formatPercent, formatPercentTick, formatRatio, formatTick } from '../components/charts/format.ts';
import { DASHES, GROUP_COLORS } from '../components/charts/palettes.ts';
import type { Quantiles } from '../sim-client-types.ts';
import type { LabChartSpec } from './lab-plot.ts';
import { formatSchemaNumber } from './lab-format.ts';
import { metricName, type SweepRow } from './sweep-plan.ts';

/** One value of a sweep: its quantiles of every summary metric once finished. */
export interface SweepPoint {
  value: number;
  summary: Record<string, Quantiles> | null;
}

/** True for metrics that are shares in [0, 1]. */
export function isShareMetric(metric: string): boolean {
  return /Share$|detectionRate$|Divergence$/.test(metric);
}

/** A metric value as text: shares as percentages, ratios with two digits, amounts by size. */
export function formatMetric(metric: string, value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (isShareMetric(metric)) return formatPercent(value);
  if (/Ratio$|Gini$/.test(metric)) return formatRatio(value);
  return formatAmount(value);
}

/** The finished rows of the table, in value order. */
export function sweepRows(points: readonly SweepPoint[], metric: string, replicates: number): SweepRow[] {
  return points
    .filter((point) => point.summary?.[metric])
    .map((point) => {
      const q = point.summary![metric]!;
      return { value: point.value, median: q.median, low: q.low, high: q.high, replicates };
    });
}

/** The chart of a sweep in progress or finished. */
export function sweepChartSpec(spec: ParamSpec, metric: string, points: readonly SweepPoint[], replicates: number): LabChartSpec {
  const values = Float64Array.from(points, (point) => point.value);
  const pick = (key: keyof Quantiles) => Float64Array.from(points, (point) => point.summary?.[metric]?.[key] ?? Number.NaN);
  const median = pick('median');
  const low = pick('low');
  const high = pick('high');
  const rows = sweepRows(points, metric, replicates);
  const name = metricName(metric);
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  // Units that are nouns read well after a number ("40 units"); "ratio" or "probability" do not.
  const unit = /^(days|units|residents|neighborhoods|stops|incidents|weight)\b/.test(spec.unit) ? ` ${spec.unit}` : '';
  let summary: string;
  if (rows.length === 0) {
    summary = `No value of ${spec.label.toLowerCase()} has finished yet.`;
  } else {
    const first = rows[0]!;
    const last = rows[rows.length - 1]!;
    const progress = rows.length < points.length ? ` (${rows.length} of ${points.length} values done so far)` : '';
    const direction = last.median > first.median ? 'rises' : last.median < first.median ? 'falls' : 'stays';
    summary =
      rows.length === 1
        ? `At ${spec.label.toLowerCase()} ${formatSchemaNumber(first.value)}${unit}, the median ${lower} over ${replicates} runs is ${formatMetric(metric, first.median)}${progress}.`
        : `As ${spec.label.toLowerCase()} goes from ${formatSchemaNumber(first.value)} to ${formatSchemaNumber(last.value)}${unit}, ` +
          `the median ${lower} ${direction} from ${formatMetric(metric, first.median)} to ${formatMetric(metric, last.median)} ` +
          `(90% of runs between ${formatMetric(metric, last.low)} and ${formatMetric(metric, last.high)} at the last value)${progress}.`;
  }
  const share = isShareMetric(metric);
  const tableRows = points.map((point) => {
    const q = point.summary?.[metric];
    return q
      ? [formatSchemaNumber(point.value), formatMetric(metric, q.median), formatMetric(metric, q.low), formatMetric(metric, q.high), String(replicates)]
      : [formatSchemaNumber(point.value), 'running…', '', '', ''];
  });
  return {
    heading: `${name} against ${spec.label.toLowerCase()}`,
    summary,
    note: `Dots: the median of ${replicates} runs at each value, all on the same seeds. Shading and whiskers: 5th to 95th percentile.`,
    x: values,
    xDomain: [Math.min(...values), Math.max(...values)],
    xLabel: `${spec.label}${spec.unit ? ` (${spec.unit})` : ''}`,
    yLabel: name,
    xFormat: formatTick,
    yFormat: share ? formatPercentTick : formatTick,
    yIncludes: /Ratio$/.test(metric) ? [1] : [],
    series: [
      {
        key: 'median',
        label: 'Median',
        values: median,
        band: { low, high },
        color: GROUP_COLORS.minority,
        dash: DASHES.solid,
        width: 2.5,
        dots: true,
      },
    ],
    table: {
      caption: `${name}, across ${replicates} runs at each value of ${spec.label.toLowerCase()}`,
      columns: ['Value', 'Median', '5th percentile', '95th percentile', 'Replicates'],
      rows: tableRows,
    },
  };
}
