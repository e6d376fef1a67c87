/**
 * The replicates view's charts: each run chart's time series as the median of N replicates with
 * its 5th to 95th percentile band, summaries that speak of the median and the band, and tables
 * that list both for sampled days.
 */
import { DISPARITY_WINDOW_DAYS } from '../../models/index.ts';
import { sampleDays } from '../components/charts/chart-data.ts';
import { displayDay, formatAmount, formatPercent, formatPercentTick, formatRatio, formatTick } from '../components/charts/format.ts';
import { DASHES, GROUP_COLORS, MUTED_INK } from '../components/charts/palettes.ts';
import type { Band } from '../sim-client-types.ts';
import type { LabChartSpec, LabSeries } from './lab-plot.ts';
import type { ReplicateBands } from './replicate-stats.ts';

/** Day numbers 1 … days, the x of every time-series chart. */
export function dayAxis(days: number): Float64Array {
  return Float64Array.from({ length: days }, (_, t) => t + 1);
}

function bandSeries(key: string, label: string, band: Band, color: string, dash: string, width = 3): LabSeries {
  return { key, label, color, dash, width, values: band.median, band: { low: band.low, high: band.high } };
}

/** "41% (90% of runs: 35% to 47%)". */
function withBand(band: Band, day: number, format: (value: number) => string): string {
  return `${format(band.median[day]!)} (90% of runs: ${format(band.low[day]!)} to ${format(band.high[day]!)})`;
}

function bandTable(caption: string, day: number, columns: readonly [string, Band][], format: (value: number) => string) {
  return {
    caption,
    columns: ['Day', ...columns.flatMap(([name]) => [`${name}, median`, `${name}, 5th percentile`, `${name}, 95th percentile`])],
    rows: sampleDays(day).map((t) => [
      String(displayDay(t)),
      ...columns.flatMap(([, band]) => [format(band.median[t]!), format(band.low[t]!), format(band.high[t]!)]),
    ]),
  };
}

/** The note under every band chart. */
export function bandNote(replicates: number): string {
  return `Lines: the median of ${replicates} runs on consecutive seeds. Shading: where the middle 90% of runs lie (5th to 95th percentile).`;
}

/** The four time-series charts of the run, as bands over replicates. */
export function replicateChartSpecs(bands: ReplicateBands, populationShare: number): LabChartSpec[] {
  const { days, replicates } = bands;
  const day = days - 1;
  const x = dayAxis(days);
  const common = { x, xLabel: 'Day', xFormat: formatTick, note: bandNote(replicates) };
  const population = new Float64Array(days).fill(populationShare);
  return [
    {
      ...common,
      heading: 'Patrols sent to the most-minority quarter',
      summary:
        `On day ${displayDay(day)} the most-minority quarter received ${withBand(bands.patrolShare, day, formatPercent)} of patrols ` +
        `over the last ${DISPARITY_WINDOW_DAYS} days and had ${withBand(bands.trueCrimeShare, day, formatPercent)} of true crime.`,
      yLabel: `Share of the city (${DISPARITY_WINDOW_DAYS}-day window)`,
      yFormat: formatPercentTick,
      yMax: 1,
      yIncludes: [0.5],
      series: [
        bandSeries('patrols', 'Patrols', bands.patrolShare, GROUP_COLORS.minority, DASHES.solid),
        bandSeries('trueCrime', 'True crime', bands.trueCrimeShare, GROUP_COLORS.majority, DASHES.dashed, 2.5),
        { key: 'population', label: 'Residents', values: population, color: MUTED_INK, dash: DASHES.dotted, width: 2, reference: true },
      ],
      table: bandTable(
        `Shares of the most-minority quarter, ${DISPARITY_WINDOW_DAYS}-day window, across ${replicates} runs`,
        day,
        [['Patrols', bands.patrolShare], ['True crime', bands.trueCrimeShare]],
        formatPercent,
      ),
    },
    {
      ...common,
      heading: 'What the data says against what is happening',
      summary:
        `By day ${displayDay(day)} police had recorded ${withBand(bands.recordedMinority, day, formatAmount)} incidents per 1,000 minority residents ` +
        `and ${withBand(bands.recordedMajority, day, formatAmount)} per 1,000 majority residents, while true crime was ` +
        `${formatAmount(bands.trueMinority.median[day]!)} and ${formatAmount(bands.trueMajority.median[day]!)} per 1,000 (medians).`,
      yLabel: 'Incidents per 1,000 residents, since day 1',
      yFormat: formatTick,
      series: [
        bandSeries('minorityRecorded', 'Minority, recorded', bands.recordedMinority, GROUP_COLORS.minority, DASHES.solid),
        bandSeries('majorityRecorded', 'Majority, recorded', bands.recordedMajority, GROUP_COLORS.majority, DASHES.dashed),
        bandSeries('minorityTrue', 'Minority, true', bands.trueMinority, GROUP_COLORS.minority, DASHES.dotted, 2),
        bandSeries('majorityTrue', 'Majority, true', bands.trueMajority, GROUP_COLORS.majority, DASHES.dashDot, 2),
      ],
      table: bandTable(
        `Incidents per 1,000 residents of each group, cumulative, across ${replicates} runs`,
        day,
        [
          ['Minority, recorded', bands.recordedMinority],
          ['Majority, recorded', bands.recordedMajority],
          ['Minority, true', bands.trueMinority],
          ['Majority, true', bands.trueMajority],
        ],
        formatAmount,
      ),
    },
    {
      ...common,
      heading: 'Disparity: patrol share over true-crime share',
      summary:
        `On day ${displayDay(day)} the most-minority quarter's share of patrols was ${withBand(bands.disparityRatio, day, formatRatio)} ` +
        `times its share of true crime over the last ${DISPARITY_WINDOW_DAYS} days (1 would mean patrols follow true crime).`,
      yLabel: `Ratio (${DISPARITY_WINDOW_DAYS}-day window)`,
      yFormat: formatTick,
      yIncludes: [2],
      series: [
        bandSeries('disparity', 'Disparity ratio', bands.disparityRatio, GROUP_COLORS.minority, DASHES.solid),
        { key: 'parity', label: 'Parity (1)', values: new Float64Array(days).fill(1), color: MUTED_INK, dash: DASHES.dashed, width: 1.5, reference: true },
      ],
      table: bandTable(`Disparity ratio, ${DISPARITY_WINDOW_DAYS}-day window, across ${replicates} runs`, day, [['Disparity', bands.disparityRatio]], formatRatio),
    },
    {
      ...common,
      heading: 'Stops that found nothing',
      summary:
        `By day ${displayDay(day)} there had been ${withBand(bands.emptyStopsMinority, day, formatAmount)} stops that found nothing per 1,000 minority residents, ` +
        `against ${withBand(bands.emptyStopsMajority, day, formatAmount)} per 1,000 majority residents.`,
      yLabel: 'Empty stops per 1,000 residents, since day 1',
      yFormat: formatTick,
      series: [
        bandSeries('minority', 'Minority residents', bands.emptyStopsMinority, GROUP_COLORS.minority, DASHES.solid),
        bandSeries('majority', 'Majority residents', bands.emptyStopsMajority, GROUP_COLORS.majority, DASHES.dashed),
      ],
      table: bandTable(
        `Stops without a hit per 1,000 residents of each group, cumulative, across ${replicates} runs`,
        day,
        [['Minority', bands.emptyStopsMinority], ['Majority', bands.emptyStopsMajority]],
        formatAmount,
      ),
    },
  ];
}
