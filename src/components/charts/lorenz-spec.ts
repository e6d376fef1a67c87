/**
 * Chart 5: the Lorenz curve of patrols against true crime, from day 1 up to the playback day.
 * Neighborhoods are sorted by patrols per true incident; x accumulates their share of true crime
 * and y their share of patrols. Patrols that follow crime lie on the diagonal; the shaded area
 * between the curve and the diagonal is patrols spent where the crime is not.
 */
import { gini, lorenzAt, patrolShareOfTopCrime } from '../../../models/index.ts';
import { t } from '../../i18n/index.ts';
import { displayDay, formatPercent, formatPercentTick, formatSerial } from '../../i18n/format.ts';
import type { ChartSpec } from './chart-spec.ts';
import { DASHES, GROUP_COLORS, MUTED_INK } from './palettes.ts';
import type { RunChartData } from './run-chart-data.ts';

/** The share of true crime the summary singles out: where the most over-patrolled tenth of it happened. */
export const TOP_CRIME_SHARE = 0.1;
/** Cities up to this size get a dot per neighborhood on the curve. */
const MAX_DOTTED_NEIGHBORHOODS = 60;
/** Rows of the data table: the curve read at 0%, 10%, … 100% of true crime. */
const TABLE_STEPS = 10;

export function lorenzHeading(): string {
  return t('chart.lorenz.heading');
}

/** The Lorenz chart of a run from day 1 through playback day `day` (0-based, within the filled days). */
export function lorenzSpec(data: RunChartData, day: number): ChartSpec {
  const { patrols, curve } = data.lorenzThrough(day);
  const last = curve.x.length - 1;
  const hasData = last > 0 && curve.x[last]! > 0 && curve.y[last]! > 0;
  const shownDay = formatSerial(displayDay(day));
  const neighborhoods = curve.order.length;
  return {
    heading: lorenzHeading(),
    summary: hasData
      ? t('chart.lorenz.summary', { day: shownDay, top: TOP_CRIME_SHARE, share: patrolShareOfTopCrime(curve, TOP_CRIME_SHARE), gini: gini(patrols) })
      : t('chart.lorenz.noData', { day: shownDay }),
    x: curve.x,
    xDomain: [0, 1],
    xLabel: t('chart.lorenz.crimeAxis'),
    yLabel: t('chart.lorenz.patrolAxis'),
    xFormat: formatPercentTick,
    yFormat: formatPercentTick,
    yMax: 1,
    square: true,
    leftMargin: 60,
    // Fewer x ticks on a narrow square, where six percentages would crowd.
    xTicks: (plotWidth) => (plotWidth >= 300 ? 5 : 2),
    yTicks: 5,
    series: [
      {
        key: 'curve',
        label: t('chart.lorenz.curve'),
        values: curve.y,
        shadeTo: curve.x,
        color: GROUP_COLORS.minority,
        dash: DASHES.solid,
        width: 3,
        // One dot per neighborhood; the curve's first point is its origin, not a neighborhood.
        dots: neighborhoods <= MAX_DOTTED_NEIGHBORHOODS ? { radius: 4, from: 1 } : undefined,
      },
      { key: 'equality', label: t('chart.lorenz.equality'), values: curve.x, color: MUTED_INK, dash: DASHES.dashed, width: 1.5, reference: true },
    ],
    table: {
      caption: t('chart.lorenz.caption', { day: shownDay }),
      columns: [t('chart.lorenz.crimeAxis'), t('chart.lorenz.patrolAxis')],
      rows: hasData
        ? Array.from({ length: TABLE_STEPS + 1 }, (_, k) => [formatPercent(k / TABLE_STEPS), formatPercent(lorenzAt(curve, k / TABLE_STEPS))])
        : [],
    },
  };
}
