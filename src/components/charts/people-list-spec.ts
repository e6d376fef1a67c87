/**
 * The People panel's chart of who is on the watchlist over time: the minority share of the
 * people listed each day against the minority share of the residents followed (dashed). A list
 * that mirrored the residents would follow the dashed line; the gap is the loop at person level.
 */
import type { PeopleSeries } from '../../../models/index.ts';
import { t } from '../../i18n/index.ts';
import { displayDay, formatCount, formatPercent, formatPercentTick, formatSerial, formatTick } from '../../i18n/format.ts';
import { sampleDays } from './chart-data.ts';
import type { ChartSpec } from './chart-spec.ts';
import { DASHES, GROUP_COLORS, MUTED_INK } from './palettes.ts';

/** Written in the table on days when nobody is listed (the share has no value). */
const NO_VALUE = '–';

/**
 * The list chart of a finished run: `series` is its people series, `populationShare` the minority
 * share of the residents followed, `refreshDays` the days between lists (named when no list has
 * been drawn yet).
 */
export function peopleListSpec(series: PeopleSeries, populationShare: number, refreshDays: number): ChartSpec {
  const days = series.days;
  const share = series.minorityListShare;
  const x = Float64Array.from({ length: days }, (_, d) => displayDay(d));
  const residents = new Float64Array(days).fill(populationShare);
  const last = lastListDay(share);
  const percentOrNone = (value: number) => (Number.isNaN(value) ? NO_VALUE : formatPercent(value));
  return {
    heading: t('people.compositionHeading'),
    summary:
      last < 0
        ? t('people.compositionEmpty', { refresh: refreshDays })
        : t('people.compositionSummary', { day: formatSerial(displayDay(last)), share: share[last]!, population: populationShare }),
    x,
    xDomain: [1, Math.max(2, days)],
    xLabel: t('chart.day'),
    xFormat: formatTick,
    yLabel: t('people.compositionAxis'),
    yFormat: formatPercentTick,
    // The whole range of shares, so a list of only one group reads as 0% or 100% of it.
    yMax: 1,
    yIncludes: [1],
    // Only when nobody was ever listed: a list of majority residents only is a share of 0, not missing data.
    emptyNote: last < 0 ? t('people.compositionNoList') : undefined,
    series: [
      { key: 'list', label: t('people.compositionLine'), values: share, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
      { key: 'residents', label: t('people.compositionPopulation'), values: residents, color: MUTED_INK, dash: DASHES.dashed, width: 2, reference: true },
    ],
    table: {
      caption: t('people.compositionCaption'),
      columns: [t('chart.day'), t('people.columnListedMinority'), t('people.columnListedMajority'), t('people.columnListShare'), t('people.columnPopulationShare')],
      rows: sampleDays(days - 1).map((d) => [
        formatSerial(displayDay(d)),
        formatCount(series.listedMinority[d]!),
        formatCount(series.listedMajority[d]!),
        percentOrNone(share[d]!),
        formatPercent(populationShare),
      ]),
    },
  };
}

/** The last day (0-based) on which somebody was listed, or -1. */
function lastListDay(share: Float64Array): number {
  for (let d = share.length - 1; d >= 0; d--) if (!Number.isNaN(share[d]!)) return d;
  return -1;
}
