/**
 * The compare view's difference charts: for each run chart, B minus A of the same series on the
 * same days (both runs share a seed, so the true-crime lines differ by exactly zero when only
 * policy or data knobs differ). Summaries say which side is higher and by how much. Chart names,
 * series and axes are the explorable charts' own messages (`chart.*`); the rest is `lab.diff.*`.
 */
import { DISPARITY_WINDOW_DAYS, type RunResult } from '../../models/index.ts';
import { sampleDays } from '../components/charts/chart-data.ts';
import { displayDay, formatAmount, formatPercent, formatPercentTick, formatRatio, formatSerial, formatSigned, formatTick } from '../i18n/format.ts';
import { DASHES, GROUP_COLORS, MUTED_INK } from '../components/charts/palettes.ts';
import { formatNumber, getLocale, t } from '../i18n/index.ts';
import { dayAxis } from './band-specs.ts';
import { lorenzDifference, quarterPatrolShare, subtractSeries } from '../../models/metrics/difference.ts';
import type { ChartSpec } from '../components/charts/chart-spec.ts';
import { LAB_LEFT_MARGIN } from './lab-frame.ts';
import '../i18n/parts/lab.ts';

/** Residents per rate: the series are per 1,000 residents. */
const PER_RESIDENTS = 1000;

/** Percentage points of a difference of shares, to one decimal: 0.123 → 12.3. */
function points(share: number): number {
  return Math.round(share * 1000) / 10;
}

/** A difference of shares in percentage points, unsigned: 0.123 → "12.3 points". */
function formatPointsAbsolute(share: number): string {
  return t('lab.diff.points', { points: formatNumber(Math.abs(points(share)), 'number', getLocale()) });
}

/** A difference of shares in percentage points, signed: 0.123 → "+12.3 points". */
export function formatPoints(share: number): string {
  return t('lab.diff.points', { points: formatSigned(points(share), (value) => formatNumber(value, 'number', getLocale())) });
}

function signedTick(value: number, step: number): string {
  return value > 0 ? `+${formatTick(value, step)}` : formatTick(value, step);
}

function signedPercentTick(value: number, step: number): string {
  return value > 0 ? `+${formatPercentTick(value, step)}` : formatPercentTick(value, step);
}

/** "12.3 points higher in B than in A" / "lower" / "the same in B as in A". */
function compareWord(difference: number, format: (value: number) => string): string {
  if (difference === 0) return t('lab.diff.same');
  return t(difference > 0 ? 'lab.diff.higher' : 'lab.diff.lower', { amount: format(Math.abs(difference)) });
}

/** Difference charts for the four time-series charts and the Lorenz curve, up to `day` (0-based). */
export function differenceChartSpecs(a: RunResult, b: RunResult, day: number): ChartSpec[] {
  const days = Math.min(a.history.daysDone, b.history.daysDone);
  const shown = Math.max(0, Math.min(day, days - 1));
  const x = dayAxis(days);
  const common = { x, xLabel: t('chart.day'), xFormat: formatTick, note: t('lab.diff.note'), symmetric: true, marker: shown + 1, leftMargin: LAB_LEFT_MARGIN };
  const shownDay = formatSerial(displayDay(shown));
  const perThousand = { per: PER_RESIDENTS, first: formatSerial(1) };
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
    sampleDays(shown).map((k) => [formatSerial(displayDay(k)), ...columns.map((column) => format(column[k]!))]);
  const amount = (value: number) => formatSigned(value, formatAmount);
  const ratio = (value: number) => formatSigned(value, formatRatio);
  const lorenz = lorenzDifference(a, b, shown);
  let widest = 0;
  for (let k = 1; k < lorenz.x.length; k++) if (Math.abs(lorenz.difference[k]!) > Math.abs(lorenz.difference[widest]!)) widest = k;

  return [
    {
      ...common,
      heading: t('lab.diff.heading', { chart: t('chart.patrolShare.heading') }),
      // Twins on one seed usually see the same true crime: say so rather than "differed by 0".
      summary: t(crimeShare[shown] === 0 ? 'lab.diff.patrolShare.summarySameCrime' : 'lab.diff.patrolShare.summary', {
        day: shownDay,
        comparison: compareWord(patrol[shown]!, formatPointsAbsolute),
        a: formatPercent(patrolA[shown]!),
        b: formatPercent(patrolB[shown]!),
        crime: formatPoints(crimeShare[shown]!),
      }),
      yLabel: t('lab.diff.patrolShare.axis', { days: DISPARITY_WINDOW_DAYS }),
      yFormat: signedPercentTick,
      series: [
        { key: 'patrols', label: t('chart.patrolShare.patrols'), values: patrol, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
        { key: 'trueCrime', label: t('chart.patrolShare.trueCrime'), values: crimeShare, color: GROUP_COLORS.majority, dash: DASHES.dashed, width: 2.5 },
      ],
      table: {
        caption: t('lab.diff.patrolShare.caption'),
        columns: [t('chart.day'), t('chart.patrolShare.patrols'), t('chart.patrolShare.trueCrime')],
        rows: rows([patrol, crimeShare], formatPoints),
      },
    },
    {
      ...common,
      heading: t('lab.diff.heading', { chart: t('lab.diff.recorded.name') }),
      summary: t(trueMinority[shown] === 0 && trueMajority[shown] === 0 ? 'lab.diff.recorded.summarySameTruth' : 'lab.diff.recorded.summary', {
        day: shownDay,
        per: PER_RESIDENTS,
        minority: compareWord(recordedMinority[shown]!, formatAmount),
        majority: compareWord(recordedMajority[shown]!, formatAmount),
        trueMinority: amount(trueMinority[shown]!),
        trueMajority: amount(trueMajority[shown]!),
      }),
      yLabel: t('lab.diff.perResidents.axis', perThousand),
      yFormat: signedTick,
      series: [
        { key: 'minorityRecorded', label: t('chart.recorded.minorityRecorded'), values: recordedMinority, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
        { key: 'majorityRecorded', label: t('chart.recorded.majorityRecorded'), values: recordedMajority, color: GROUP_COLORS.majority, dash: DASHES.dashed, width: 3 },
        { key: 'minorityTrue', label: t('chart.recorded.minorityTrue'), values: trueMinority, color: GROUP_COLORS.minority, dash: DASHES.dotted, width: 2 },
        { key: 'majorityTrue', label: t('chart.recorded.majorityTrue'), values: trueMajority, color: GROUP_COLORS.majority, dash: DASHES.dashDot, width: 2 },
      ],
      table: {
        caption: t('lab.diff.recorded.caption', { per: PER_RESIDENTS }),
        columns: [
          t('chart.day'),
          t('chart.recorded.minorityRecorded'),
          t('chart.recorded.majorityRecorded'),
          t('chart.recorded.minorityTrue'),
          t('chart.recorded.majorityTrue'),
        ],
        rows: rows([recordedMinority, recordedMajority, trueMinority, trueMajority], amount),
      },
    },
    {
      ...common,
      heading: t('lab.diff.heading', { chart: t('chart.disparity.ratio') }),
      summary: t('lab.diff.disparity.summary', {
        day: shownDay,
        comparison: compareWord(disparity[shown]!, formatRatio),
        a: formatRatio(sa.disparityRatio[shown]!),
        b: formatRatio(sb.disparityRatio[shown]!),
        parity: 1,
      }),
      yLabel: t('lab.diff.disparity.axis', { days: DISPARITY_WINDOW_DAYS }),
      yFormat: signedTick,
      series: [{ key: 'disparity', label: t('chart.disparity.ratio'), values: disparity, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 }],
      table: { caption: t('lab.diff.disparity.caption'), columns: [t('chart.day'), t('chart.disparity.ratio')], rows: rows([disparity], ratio) },
    },
    {
      ...common,
      heading: t('lab.diff.heading', { chart: t('chart.emptyStops.heading') }),
      summary: t('lab.diff.emptyStops.summary', {
        day: shownDay,
        per: PER_RESIDENTS,
        minority: compareWord(emptyMinority[shown]!, formatAmount),
        majority: compareWord(emptyMajority[shown]!, formatAmount),
      }),
      yLabel: t('lab.diff.perResidents.axis', perThousand),
      yFormat: signedTick,
      series: [
        { key: 'minority', label: t('chart.emptyStops.minority'), values: emptyMinority, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
        { key: 'majority', label: t('chart.emptyStops.majority'), values: emptyMajority, color: GROUP_COLORS.majority, dash: DASHES.dashed, width: 3 },
      ],
      table: {
        caption: t('lab.diff.emptyStops.caption', { per: PER_RESIDENTS }),
        columns: [t('chart.day'), t('chart.emptyStops.columnMinority'), t('chart.emptyStops.columnMajority')],
        rows: rows([emptyMinority, emptyMajority], amount),
      },
    },
    {
      heading: t('lab.diff.heading', { chart: t('lab.diff.lorenz.name') }),
      summary: t('lab.diff.lorenz.summary', {
        day: shownDay,
        gap: formatPoints(lorenz.difference[widest]!),
        crime: formatPercent(lorenz.x[widest]!),
        a: formatPercent(lorenz.a[widest]!),
        b: formatPercent(lorenz.b[widest]!),
      }),
      note: t('lab.diff.lorenz.note'),
      x: lorenz.x,
      xDomain: [0, 1],
      xLabel: t('chart.lorenz.crimeAxis'),
      yLabel: t('lab.diff.lorenz.axis'),
      xFormat: formatPercentTick,
      yFormat: signedPercentTick,
      symmetric: true,
      leftMargin: LAB_LEFT_MARGIN,
      series: [
        { key: 'lorenz', label: t('chart.patrolShare.patrols'), values: lorenz.difference, color: GROUP_COLORS.minority, dash: DASHES.solid, width: 3 },
        { key: 'zero', label: t('lab.diff.none'), values: new Float64Array(lorenz.x.length), color: MUTED_INK, dash: DASHES.dashed, width: 1.5, reference: true },
      ],
      table: {
        caption: t('lab.diff.lorenz.caption', { day: shownDay }),
        columns: [t('chart.lorenz.crimeAxis'), t('lab.side.a'), t('lab.side.b'), t('lab.side.difference')],
        rows: Array.from({ length: 11 }, (_, k) => {
          const index = k * 5;
          return [formatPercent(lorenz.x[index]!), formatPercent(lorenz.a[index]!), formatPercent(lorenz.b[index]!), formatPoints(lorenz.difference[index]!)];
        }),
      },
    },
  ];
}
