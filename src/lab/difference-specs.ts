/**
 * The compare view's difference charts: for each run chart, B minus A of the same series on the
 * same days (both runs share a seed, so the true-crime lines differ by exactly zero when only
 * policy or data knobs differ). Summaries say which side is higher and by how much.
 */
import { DISPARITY_WINDOW_DAYS, type RunResult } from '../../models/index.ts';
import { sampleDays } from '../components/charts/chart-data.ts';
import { displayDay, formatAmount, formatPercent, formatPercentTick, formatRatio, formatTick } from '../components/charts/format.ts';
import { DASHES, GROUP_COLORS, MUTED_INK } from '../components/charts/palettes.ts';
import { dayAxis } from './band-specs.ts';
import { lorenzDifference, quarterPatrolShare, subtractSeries } from './difference.ts';
import { formatSigned } from './lab-format.ts';
import type { LabChartSpec } from './lab-plot.ts';

/** A difference of shares in percentage points, unsigned: 0.123 → "12.3 points". */
function formatPointsAbsolute(share: number): string {
  return `${Math.round(Math.abs(share) * 1000) / 10} points`;
}

/** A difference of shares in percentage points, signed: 0.123 → "+12.3 points". */
export function formatPoints(share: number): string {
  const points = Math.round(share * 1000) / 10;
  return `${formatSigned(points, (value) => String(value))} points`;
}

function signedTick(value: number, step: number): string {
  return value > 0 ? `+${formatTick(value, step)}` : formatTick(value, step);
}

function signedPercentTick(value: number, step: number): string {
  return value > 0 ? `+${formatPercentTick(value, step)}` : formatPercentTick(value, step);
}

/** "B was 12.3 points higher than A" / "lower" / "the same as". */
function compareWord(difference: number, format: (value: number) => string): string {
  if (difference === 0) return 'the same in B as in A';
  return `${format(Math.abs(difference))} ${difference > 0 ? 'higher' : 'lower'} in B than in A`;
}

const NOTE = 'B minus A, day by day: above zero, B is higher; below zero, A is higher. Both runs use the same seed.';

/** Difference charts for the four time-series charts and the Lorenz curve, up to `day` (0-based). */
export function differenceChartSpecs(a: RunResult, b: RunResult, day: number): LabChartSpec[] {
  const days = Math.min(a.history.daysDone, b.history.daysDone);
  const shown = Math.max(0, Math.min(day, days - 1));
  const x = dayAxis(days);
  const common = { x, xLabel: 'Day', xFormat: formatTick, note: NOTE, symmetric: true, marker: shown + 1 };
  const sa = a.series;
  const sb = b.series;
  const patrolA = quarterPatrolShare(a);
  const patrolB = quarterPatrolShare(b);
  const patrol = subtractSeries(patrolB, patrolA);
  const crimeShare = subtractSeries(sb.trueCrimeShareMinorityQuarter, sa.trueCrimeShareMinorityQuarter);
  const recordedMinority = subtractSeries(sb.recordedPer1000.minority, sa.recordedPer1000.minority);
  const recordedMajority = subtractSeries(sb.recordedPer1000.majority, sa.recordedPer1000.majority);
  const trueMinority = subtractSeries(sb.truePer1000.minority, sa.truePer1000.minority);
  const trueMajority = subtractSeries(sb.truePer1000.majority, sa.truePer1000.majority);
  const disparity = subtractSeries(sb.disparityRatio, sa.disparityRatio);
  const emptyMinority = subtractSeries(sb.stopsWithoutHitPer1000.minority, sa.stopsWithoutHitPer1000.minority);
  const emptyMajority = subtractSeries(sb.stopsWithoutHitPer1000.majority, sa.stopsWithoutHitPer1000.majority);
  const rows = (columns: readonly Float64Array[], format: (value: number) => string) =>
    sampleDays(shown).map((t) => [String(displayDay(t)), ...columns.map((column) => format(column[t]!))]);
  const amount = (value: number) => formatSigned(value, formatAmount);
  const ratio = (value: number) => formatSigned(value, formatRatio);
  const lorenz = lorenzDifference(a, b, shown);
  let widest = 0;
  for (let k = 1; k < lorenz.x.length; k++) if (Math.abs(lorenz.difference[k]!) > Math.abs(lorenz.difference[widest]!)) widest = k;

  return [
    {
      ...common,
      heading: 'Patrols sent to the most-minority quarter: B − A',
      summary:
        `On day ${displayDay(shown)} the quarter's share of patrols was ${compareWord(patrol[shown]!, formatPointsAbsolute)} ` +
        `(A ${formatPercent(patrolA[shown]!)}, B ${formatPercent(patrolB[shown]!)}); its share of true crime differed by ${formatPoints(crimeShare[shown]!)}.`,
      yLabel: `Difference in share (${DISPARITY_WINDOW_DAYS}-day window)`,
      yFormat: signedPercentTick,
      series: [
        { key: 'patrols', label: 'Patrols', values: patrol, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
        { key: 'trueCrime', label: 'True crime', values: crimeShare, color: GROUP_COLORS.majority, dash: DASHES.dashed, width: 2.5 },
      ],
      table: {
        caption: 'B minus A: shares of the most-minority quarter, in percentage points',
        columns: ['Day', 'Patrols', 'True crime'],
        rows: rows([patrol, crimeShare], formatPoints),
      },
    },
    {
      ...common,
      heading: 'Recorded and true crime: B − A',
      summary:
        `By day ${displayDay(shown)} recorded incidents per 1,000 minority residents were ${compareWord(recordedMinority[shown]!, formatAmount)}, ` +
        `and per 1,000 majority residents ${compareWord(recordedMajority[shown]!, formatAmount)}; ` +
        `true incidents differed by ${amount(trueMinority[shown]!)} and ${amount(trueMajority[shown]!)} per 1,000.`,
      yLabel: 'Difference per 1,000 residents, since day 1',
      yFormat: signedTick,
      series: [
        { key: 'minorityRecorded', label: 'Minority, recorded', values: recordedMinority, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
        { key: 'majorityRecorded', label: 'Majority, recorded', values: recordedMajority, color: GROUP_COLORS.majority, dash: DASHES.dashed, width: 3 },
        { key: 'minorityTrue', label: 'Minority, true', values: trueMinority, color: GROUP_COLORS.minority, dash: DASHES.dotted, width: 2 },
        { key: 'majorityTrue', label: 'Majority, true', values: trueMajority, color: GROUP_COLORS.majority, dash: DASHES.dashDot, width: 2 },
      ],
      table: {
        caption: 'B minus A: incidents per 1,000 residents of each group, cumulative',
        columns: ['Day', 'Minority, recorded', 'Majority, recorded', 'Minority, true', 'Majority, true'],
        rows: rows([recordedMinority, recordedMajority, trueMinority, trueMajority], amount),
      },
    },
    {
      ...common,
      heading: 'Disparity ratio: B − A',
      summary:
        `On day ${displayDay(shown)} the disparity ratio was ${compareWord(disparity[shown]!, formatRatio)} ` +
        `(A ${formatRatio(sa.disparityRatio[shown]!)}, B ${formatRatio(sb.disparityRatio[shown]!)}; 1 means patrols follow true crime).`,
      yLabel: `Difference in ratio (${DISPARITY_WINDOW_DAYS}-day window)`,
      yFormat: signedTick,
      series: [{ key: 'disparity', label: 'Disparity ratio', values: disparity, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 }],
      table: { caption: 'B minus A: disparity ratio', columns: ['Day', 'Disparity ratio'], rows: rows([disparity], ratio) },
    },
    {
      ...common,
      heading: 'Stops that found nothing: B − A',
      summary:
        `By day ${displayDay(shown)} stops without a hit per 1,000 minority residents were ${compareWord(emptyMinority[shown]!, formatAmount)}, ` +
        `and per 1,000 majority residents ${compareWord(emptyMajority[shown]!, formatAmount)}.`,
      yLabel: 'Difference per 1,000 residents, since day 1',
      yFormat: signedTick,
      series: [
        { key: 'minority', label: 'Minority residents', values: emptyMinority, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
        { key: 'majority', label: 'Majority residents', values: emptyMajority, color: GROUP_COLORS.majority, dash: DASHES.dashed, width: 3 },
      ],
      table: {
        caption: 'B minus A: stops without a hit per 1,000 residents of each group, cumulative',
        columns: ['Day', 'Minority', 'Majority'],
        rows: rows([emptyMinority, emptyMajority], amount),
      },
    },
    {
      heading: 'Lorenz curve of patrols against true crime: B − A',
      summary:
        `Up to day ${displayDay(shown)} the largest gap between the curves is ${formatPoints(lorenz.difference[widest]!)} of patrols, ` +
        `at ${formatPercent(lorenz.x[widest]!)} of true crime (A ${formatPercent(lorenz.a[widest]!)}, B ${formatPercent(lorenz.b[widest]!)}); ` +
        'above zero, B spreads patrols closer to where crime is.',
      note: 'B minus A of the cumulative share of patrols, at each cumulative share of true crime (neighborhoods sorted by patrols per true incident).',
      x: lorenz.x,
      xDomain: [0, 1],
      xLabel: 'Cumulative share of true crime',
      yLabel: 'Difference in cumulative share of patrols',
      xFormat: formatPercentTick,
      yFormat: signedPercentTick,
      symmetric: true,
      series: [
        { key: 'lorenz', label: 'Patrols', values: lorenz.difference, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
        { key: 'zero', label: 'No difference', values: new Float64Array(lorenz.x.length), color: MUTED_INK, dash: DASHES.dashed, width: 1.5, reference: true },
      ],
      table: {
        caption: `Lorenz curves up to day ${displayDay(shown)}: cumulative share of patrols`,
        columns: ['Cumulative share of true crime', 'A', 'B', 'B − A'],
        rows: Array.from({ length: 11 }, (_, k) => {
          const index = k * 5;
          return [formatPercent(lorenz.x[index]!), formatPercent(lorenz.a[index]!), formatPercent(lorenz.b[index]!), formatPoints(lorenz.difference[index]!)];
        }),
      },
    },
  ];
}
