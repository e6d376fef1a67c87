/**
 * The cost-benefit chart as a point chart spec: each deployment policy at each patrol level as a
 * point, with true incidents found per day across and stops without a hit per 1,000 residents up.
 * Split by group, each policy has two marks joined by a line (a circle for minority residents, a
 * square for majority residents), so the height of the line is the gap in who is stopped without
 * cause; hollow marks have the correction on. The policy a utilitarian rule picks is ringed and named.
 */
import type { PointChartSpec, PointShape } from '../components/charts/chart-spec.ts';
import { GROUP_COLORS, INK, MUTED_INK } from '../components/charts/palettes.ts';
import { formatAmount, formatCount, formatTick } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import type { PolicyPoint } from './cost-benefit.ts';
import { LAB_LEFT_MARGIN } from './lab-frame.ts';
import '../i18n/parts/lab.ts';

/** Residents per rate: stops are counted per 1,000 residents. */
const PER_RESIDENTS = 1000;
/** The widest the chart is drawn: wider, the points of one patrol level crowd into columns. */
const MAX_WIDTH = 900;

/** The name of a point: "Top 20 hotspots, 40 units". */
export function pointName(point: PolicyPoint): string {
  return t('lab.costBenefit.pointName', { policy: point.variant.label, units: point.units });
}

/** The marks of a point: one per group when split, else one for everyone; hollow with the correction on. */
function marks(point: PolicyPoint, split: boolean): (PointShape & { y: number })[] {
  const hollow = point.variant.corrected;
  if (!split) return [{ y: point.allEmptyPer1000, shape: 'circle', color: INK, hollow }];
  return [
    { y: point.minorityEmptyPer1000, shape: 'circle', color: GROUP_COLORS.minority, hollow },
    { y: point.majorityEmptyPer1000, shape: 'square', color: GROUP_COLORS.majority, hollow },
  ];
}

function key(split: boolean): PointChartSpec['key'] {
  const corrected = { label: t('lab.costBenefit.key.corrected'), shape: 'circle', color: MUTED_INK, hollow: true } as const;
  return split
    ? [
        { label: t('chart.emptyStops.minority'), shape: 'circle', color: GROUP_COLORS.minority, hollow: false },
        { label: t('chart.emptyStops.majority'), shape: 'square', color: GROUP_COLORS.majority, hollow: false },
        corrected,
      ]
    : [{ label: t('lab.costBenefit.key.all'), shape: 'circle', color: INK, hollow: false }, corrected];
}

/**
 * The chart of `points`, with the point keyed `chosen` ringed; `summary` is the view's sentence
 * (it knows the weight the rule uses).
 */
export function costBenefitChartSpec(points: readonly PolicyPoint[], chosen: string, split: boolean, summary: string): PointChartSpec {
  const picked = points.find((point) => point.key === chosen);
  return {
    kind: 'points',
    heading: t('lab.costBenefit.chart.heading'),
    summary,
    note: t(split ? 'lab.costBenefit.chart.note.split' : 'lab.costBenefit.chart.note.all'),
    xLabel: t('lab.costBenefit.chart.xAxis'),
    xLabelShort: t('lab.costBenefit.chart.xAxisShort'),
    yLabel: t('lab.costBenefit.chart.yAxis', { per: PER_RESIDENTS }),
    xFormat: formatTick,
    yFormat: formatTick,
    maxWidth: MAX_WIDTH,
    leftMargin: LAB_LEFT_MARGIN,
    key: key(split),
    points: points.map((point) => ({
      key: point.key,
      title: t('lab.costBenefit.chart.point', {
        policy: pointName(point),
        found: formatAmount(point.foundPerDay),
        per: PER_RESIDENTS,
        minority: formatAmount(point.minorityEmptyPer1000),
        majority: formatAmount(point.majorityEmptyPer1000),
      }),
      x: point.foundPerDay,
      marks: marks(point, split),
    })),
    chosen: picked ? { key: picked.key, label: t('lab.costBenefit.chart.picked', { policy: pointName(picked) }) } : undefined,
    table: {
      summary: t('lab.costBenefit.table.summary'),
      caption: t('lab.costBenefit.table.caption', { per: PER_RESIDENTS }),
      columns: [
        t('lab.costBenefit.table.policy'),
        t('lab.costBenefit.table.units'),
        t('lab.costBenefit.table.found'),
        t('lab.costBenefit.table.empty'),
        t('lab.costBenefit.table.minority', { per: PER_RESIDENTS }),
        t('lab.costBenefit.table.majority', { per: PER_RESIDENTS }),
        t('lab.costBenefit.table.picked'),
      ],
      rows: points.map((point) => [
        point.variant.label,
        formatCount(point.units),
        formatAmount(point.foundPerDay),
        formatAmount(point.emptyStopsPerDay),
        formatAmount(point.minorityEmptyPer1000),
        formatAmount(point.majorityEmptyPer1000),
        point.key === chosen ? t('lab.costBenefit.table.yes') : '',
      ]),
    },
  };
}
