/**
 * The sweep chart and table: a summary metric against one parameter's values, the median of
 * the replicates at each value with its 5th to 95th percentile band, filled in as values finish.
 */
import type { ParamSpec } from '../../models/index.ts';
import { paramLabel, paramUnit } from '../i18n/param-text.ts';
import { formatAmount, formatCount, formatPercent, formatPercentTick, formatRatio, formatSchemaValue, formatTick, inSentence, lowerFirst } from '../i18n/format.ts';
import { DASHES, GROUP_COLORS } from '../components/charts/palettes.ts';
import { t } from '../i18n/index.ts';
import type { Quantiles } from '../sim-client-types.ts';
import type { ChartSpec } from '../components/charts/chart-spec.ts';
import { metricName, type SweepRow } from './sweep-plan.ts';
import { LAB_LEFT_MARGIN } from './lab-frame.ts';
import '../i18n/parts/lab.ts';

/** One value of a sweep: its quantiles of every summary metric once finished. */
export interface SweepPoint {
  value: number;
  summary: Record<string, Quantiles> | null;
}

/** True for metrics that are shares in [0, 1]. */
export function isShareMetric(metric: string): boolean {
  return /Share$|detectionRate$|Divergence$/.test(metric);
}

/**
 * A metric value as text: shares as percentages, ratios with two digits, amounts by size. The
 * person layer's listing rates are shares of well under 1% (a list of 100 among 100,000 residents),
 * so they keep two significant digits rather than round to 0%.
 */
export function formatMetric(metric: string, value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (isShareMetric(metric)) return formatPercent(value);
  if (/Ratio$|Gini$|^people\.everListedRate\.|^people\.twins\.\w+Listed$/.test(metric)) return formatRatio(value);
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

/** Units that are nouns read well after a number ("40 units"); "ratio" or "probability" do not. Judged on the schema's unit. */
const NOUN_UNIT = /^(days|units|residents|neighborhoods|stops|incidents|weight)\b/;

/** The chart of a sweep in progress or finished. */
export function sweepChartSpec(spec: ParamSpec, metric: string, points: readonly SweepPoint[], replicates: number): ChartSpec {
  const values = Float64Array.from(points, (point) => point.value);
  const pick = (key: keyof Quantiles) => Float64Array.from(points, (point) => point.summary?.[metric]?.[key] ?? Number.NaN);
  const median = pick('median');
  const low = pick('low');
  const high = pick('high');
  const rows = sweepRows(points, metric, replicates);
  const name = metricName(metric);
  const label = paramLabel(spec);
  const unit = paramUnit(spec);
  const parameter = inSentence(label);
  // The value with its unit where the unit is a noun: "40 units", else "0.4".
  const valueText = (value: number) => (NOUN_UNIT.test(spec.unit) ? t('lab.sweep.valueWithUnit', { value: formatSchemaValue(value), unit }) : formatSchemaValue(value));
  let summary: string;
  if (rows.length === 0) {
    summary = t('lab.sweep.summary.none', { parameter });
  } else {
    const first = rows[0]!;
    const last = rows[rows.length - 1]!;
    const progress = rows.length < points.length ? t('lab.sweep.summary.progress', { done: rows.length, total: points.length }) : '';
    const direction = last.median > first.median ? 'rises' : last.median < first.median ? 'falls' : 'stays';
    const common = { parameter, metric: lowerFirst(name), count: replicates, progress };
    summary =
      rows.length === 1
        ? t('lab.sweep.summary.one', { ...common, value: valueText(first.value), median: formatMetric(metric, first.median) })
        : t(`lab.sweep.summary.${direction}`, {
            ...common,
            from: formatSchemaValue(first.value),
            to: valueText(last.value),
            first: formatMetric(metric, first.median),
            last: formatMetric(metric, last.median),
            low: formatMetric(metric, last.low),
            high: formatMetric(metric, last.high),
          });
  }
  const share = isShareMetric(metric);
  const tableRows = points.map((point) => {
    const q = point.summary?.[metric];
    return q
      ? [formatSchemaValue(point.value), formatMetric(metric, q.median), formatMetric(metric, q.low), formatMetric(metric, q.high), formatCount(replicates)]
      : [formatSchemaValue(point.value), t('lab.table.running'), '', '', ''];
  });
  return {
    heading: t('lab.sweep.chart.heading', { metric: name, parameter }),
    summary,
    note: t('lab.sweep.chart.note', { count: replicates }),
    x: values,
    xDomain: [Math.min(...values), Math.max(...values)],
    xLabel: spec.unit ? t('lab.sweep.chart.axisWithUnit', { label, unit }) : label,
    yLabel: name,
    xFormat: formatTick,
    leftMargin: LAB_LEFT_MARGIN,
    yFormat: share ? formatPercentTick : formatTick,
    yIncludes: /Ratio$/.test(metric) ? [1] : [],
    series: [
      {
        key: 'median',
        label: t('lab.table.median'),
        values: median,
        band: { low, high },
        color: GROUP_COLORS.minority,
        dash: DASHES.solid,
        width: 2.5,
        dots: { radius: 4.5 },
      },
    ],
    table: {
      caption: t('lab.sweep.table.caption', { metric: name, count: replicates, parameter }),
      columns: [t('lab.table.value'), t('lab.table.median'), t('lab.table.low'), t('lab.table.high'), t('lab.table.replicates')],
      rows: tableRows,
    },
  };
}
