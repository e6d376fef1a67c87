/**
 * The replicates view's charts: each run chart's time series as the median of N replicates with
 * its 5th to 95th percentile band, summaries that speak of the median and the band, and tables
 * that list both for sampled days. Chart names, series and axes are the explorable charts' own
 * messages (`chart.*`); summaries, notes and captions are `lab.band.*`.
 */
import { DISPARITY_WINDOW_DAYS } from '../../models/index.ts';
import { sampleDays } from '../components/charts/chart-data.ts';
import { displayDay, formatAmount, formatPercent, formatPercentTick, formatRatio, formatSerial, formatTick } from '../i18n/format.ts';
import { DASHES, GROUP_COLORS, MUTED_INK } from '../components/charts/palettes.ts';
import { t } from '../i18n/index.ts';
import type { Band } from '../sim-client-types.ts';
import type { ChartSeries, ChartSpec } from '../components/charts/chart-spec.ts';
import { LAB_LEFT_MARGIN } from './lab-frame.ts';
import type { ReplicateBands } from '../../models/index.ts';
import '../i18n/parts/lab.ts';

/** Day numbers 1 … days, the x of every time-series chart. */
export function dayAxis(days: number): Float64Array {
  return Float64Array.from({ length: days }, (_, t) => t + 1);
}

/** Residents per rate: the series are per 1,000 residents. */
const PER_RESIDENTS = 1000;

function bandSeries(key: string, label: string, band: Band, color: string, dash: string, width = 3): ChartSeries {
  return { key, label, color, dash, width, values: band.median, band: { low: band.low, high: band.high } };
}

/** "41% (90% of runs: 35% to 47%)". */
function withBand(band: Band, day: number, format: (value: number) => string): string {
  return t('lab.band.value', { median: format(band.median[day]!), low: format(band.low[day]!), high: format(band.high[day]!) });
}

function bandTable(caption: string, day: number, columns: readonly [string, Band][], format: (value: number) => string) {
  return {
    caption,
    columns: [
      t('chart.day'),
      ...columns.flatMap(([name]) => [t('lab.band.column.median', { name }), t('lab.band.column.low', { name }), t('lab.band.column.high', { name })]),
    ],
    rows: sampleDays(day).map((k) => [
      formatSerial(displayDay(k)),
      ...columns.flatMap(([, band]) => [format(band.median[k]!), format(band.low[k]!), format(band.high[k]!)]),
    ]),
  };
}

/** The note under every band chart. */
export function bandNote(replicates: number): string {
  return t('lab.band.note', { count: replicates });
}

/** The four time-series charts of the run, as bands over replicates. */
export function replicateChartSpecs(bands: ReplicateBands, populationShare: number): ChartSpec[] {
  const { days, replicates } = bands;
  const day = days - 1;
  const shownDay = formatSerial(displayDay(day));
  const x = dayAxis(days);
  const common = { x, xLabel: t('chart.day'), xFormat: formatTick, note: bandNote(replicates), leftMargin: LAB_LEFT_MARGIN };
  const population = new Float64Array(days).fill(populationShare);
  const perThousand = { per: PER_RESIDENTS, first: formatSerial(1) };
  const window = { days: DISPARITY_WINDOW_DAYS };
  const patrols = t('chart.patrolShare.patrols');
  const trueCrime = t('chart.patrolShare.trueCrime');
  const recorded = [t('chart.recorded.minorityRecorded'), t('chart.recorded.majorityRecorded'), t('chart.recorded.minorityTrue'), t('chart.recorded.majorityTrue')] as const;
  return [
    {
      ...common,
      heading: t('chart.patrolShare.heading'),
      summary: t('lab.band.patrolShare.summary', {
        day: shownDay,
        patrols: withBand(bands.patrolShare, day, formatPercent),
        crime: withBand(bands.trueCrimeShare, day, formatPercent),
        ...window,
      }),
      yLabel: t('chart.patrolShare.axis', window),
      yFormat: formatPercentTick,
      yMax: 1,
      yIncludes: [0.5],
      series: [
        bandSeries('patrols', patrols, bands.patrolShare, GROUP_COLORS.minority, DASHES.solid),
        bandSeries('trueCrime', trueCrime, bands.trueCrimeShare, GROUP_COLORS.majority, DASHES.dashed, 2.5),
        { key: 'population', label: t('chart.patrolShare.residents'), values: population, color: MUTED_INK, dash: DASHES.dotted, width: 2, reference: true },
      ],
      table: bandTable(
        t('lab.band.patrolShare.caption', { ...window, count: replicates }),
        day,
        [[patrols, bands.patrolShare], [trueCrime, bands.trueCrimeShare]],
        formatPercent,
      ),
    },
    {
      ...common,
      heading: t('chart.recorded.heading'),
      summary: t('lab.band.recorded.summary', {
        day: shownDay,
        per: PER_RESIDENTS,
        recordedMinority: withBand(bands.recordedMinority, day, formatAmount),
        recordedMajority: withBand(bands.recordedMajority, day, formatAmount),
        trueMinority: formatAmount(bands.trueMinority.median[day]!),
        trueMajority: formatAmount(bands.trueMajority.median[day]!),
      }),
      yLabel: t('chart.recorded.axis', perThousand),
      yFormat: formatTick,
      series: [
        bandSeries('minorityRecorded', recorded[0], bands.recordedMinority, GROUP_COLORS.minority, DASHES.solid),
        bandSeries('majorityRecorded', recorded[1], bands.recordedMajority, GROUP_COLORS.majority, DASHES.dashed),
        bandSeries('minorityTrue', recorded[2], bands.trueMinority, GROUP_COLORS.minority, DASHES.dotted, 2),
        bandSeries('majorityTrue', recorded[3], bands.trueMajority, GROUP_COLORS.majority, DASHES.dashDot, 2),
      ],
      table: bandTable(
        t('lab.band.recorded.caption', { per: PER_RESIDENTS, count: replicates }),
        day,
        [
          [recorded[0], bands.recordedMinority],
          [recorded[1], bands.recordedMajority],
          [recorded[2], bands.trueMinority],
          [recorded[3], bands.trueMajority],
        ],
        formatAmount,
      ),
    },
    {
      ...common,
      heading: t('chart.disparity.heading'),
      summary: t('lab.band.disparity.summary', { day: shownDay, ratio: withBand(bands.disparityRatio, day, formatRatio), parity: 1, ...window }),
      yLabel: t('chart.disparity.axis', window),
      yFormat: formatTick,
      yIncludes: [2],
      series: [
        bandSeries('disparity', t('chart.disparity.ratio'), bands.disparityRatio, GROUP_COLORS.minority, DASHES.solid),
        {
          key: 'parity',
          label: t('chart.disparity.parity', { parity: 1 }),
          values: new Float64Array(days).fill(1),
          color: MUTED_INK,
          dash: DASHES.dashed,
          width: 1.5,
          reference: true,
        },
      ],
      table: bandTable(
        t('lab.band.disparity.caption', { ...window, count: replicates }),
        day,
        [[t('lab.band.disparity.column'), bands.disparityRatio]],
        formatRatio,
      ),
    },
    {
      ...common,
      heading: t('chart.emptyStops.heading'),
      summary: t('lab.band.emptyStops.summary', {
        day: shownDay,
        per: PER_RESIDENTS,
        minority: withBand(bands.emptyStopsMinority, day, formatAmount),
        majority: withBand(bands.emptyStopsMajority, day, formatAmount),
      }),
      yLabel: t('chart.emptyStops.axis', perThousand),
      yFormat: formatTick,
      series: [
        bandSeries('minority', t('chart.emptyStops.minority'), bands.emptyStopsMinority, GROUP_COLORS.minority, DASHES.solid),
        bandSeries('majority', t('chart.emptyStops.majority'), bands.emptyStopsMajority, GROUP_COLORS.majority, DASHES.dashed),
      ],
      table: bandTable(
        t('lab.band.emptyStops.caption', { per: PER_RESIDENTS, count: replicates }),
        day,
        [
          [t('chart.emptyStops.columnMinority'), bands.emptyStopsMinority],
          [t('chart.emptyStops.columnMajority'), bands.emptyStopsMajority],
        ],
        formatAmount,
      ),
    },
  ];
}
