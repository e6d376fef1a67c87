/**
 * The explorable's chart builders are pure functions from a run and a day to a chart spec. A small
 * known run (the Oakland urn's two neighborhoods, twelve days) is summed here straight from its
 * history, so a builder that reads the wrong day, the wrong window or the wrong column fails.
 */
import { describe, expect, it } from 'vitest';
import { simulate, validateParams, type RunResult } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import type { ChartSpec } from '../../src/components/charts/chart-spec.ts';
import { disparitySpec } from '../../src/components/charts/disparity-spec.ts';
import { emptyStopsSpec } from '../../src/components/charts/empty-stops-spec.ts';
import { lorenzSpec } from '../../src/components/charts/lorenz-spec.ts';
import { patrolShareSpec } from '../../src/components/charts/patrol-share-spec.ts';
import { recordedVsTrueSpec } from '../../src/components/charts/recorded-vs-true-spec.ts';
import { runChartData } from '../../src/components/charts/run-chart-data.ts';
import { runChartSpec } from '../../src/components/charts/run-charts.ts';
import { formatAmount, formatPercent, formatRatio } from '../../src/i18n/format.ts';

const DAYS = 12;
/** Days in the trailing window of the share and disparity charts (models' DISPARITY_WINDOW_DAYS). */
const WINDOW = 30;

function smallRun(override: Record<string, unknown> = {}): RunResult {
  const preset = findPreset('runaway-urn')!;
  return simulate(validateParams({ days: DAYS, ...override }, preset.params), preset.seed);
}

/** Per-neighborhood sums of a column over days 0 … day. */
function totalsThrough(column: ArrayLike<number>, size: number, day: number): number[] {
  const totals = new Array<number>(size).fill(0);
  for (let t = 0; t <= day; t++) for (let i = 0; i < size; i++) totals[i]! += column[t * size + i]!;
  return totals;
}

function series(spec: ChartSpec, key: string) {
  const found = spec.series.find((s) => s.key === key);
  if (!found) throw new Error(`No series ${key} in ${spec.heading}.`);
  return found;
}

describe('the time-series builders', () => {
  const result = smallRun();
  const data = runChartData(result);
  const day = 7;

  it('draw days 1 … days with the playhead on the day shown', () => {
    const spec = patrolShareSpec(data, day);
    expect(Array.from(spec.x)).toEqual(Array.from({ length: DAYS }, (_, t) => t + 1));
    expect(spec.xDomain).toEqual([1, DAYS]);
    expect(spec.playhead).toBe(day);
    expect(spec.x[spec.playhead!]).toBe(day + 1);
  });

  it('give the quarter its patrol share summed over the trailing window, and the residents as a reference', () => {
    const { history, city } = result;
    let quarter = 0;
    let total = 0;
    for (let t = Math.max(0, day - WINDOW + 1); t <= day; t++) {
      for (let i = 0; i < city.size; i++) {
        total += history.patrols[t * city.size + i]!;
        if (city.minorityQuarter[i]) quarter += history.patrols[t * city.size + i]!;
      }
    }
    const spec = patrolShareSpec(data, day);
    expect(series(spec, 'patrols').values[day]).toBeCloseTo(quarter / total, 12);
    expect(spec.summary).toContain(`By day ${day + 1}`);
    expect(spec.summary).toContain(`received ${formatPercent(quarter / total)} of patrols`);
    const population = series(spec, 'population');
    expect(population.reference).toBe(true);
    expect(new Set(Array.from(population.values))).toEqual(new Set([result.metrics.minorityQuarter.populationShare]));
    expect(spec.yMax).toBe(1);
  });

  it('list every day up to the one shown in the table, first column the day', () => {
    const spec = recordedVsTrueSpec(data, day);
    expect(spec.table.rows.map((row) => row[0])).toEqual(Array.from({ length: day + 1 }, (_, t) => String(t + 1)));
    const recorded = result.series.recordedPer1000.minority;
    expect(spec.table.rows[3]![1]).toBe(formatAmount(recorded[3]!));
    expect(spec.table.columns).toHaveLength(5);
  });

  it('draw parity at 1 under the disparity ratio and state the ratio of the day', () => {
    const spec = disparitySpec(data, day);
    const parity = series(spec, 'parity');
    expect(parity.reference).toBe(true);
    expect(Array.from(parity.values).every((value) => value === 1)).toBe(true);
    expect(spec.summary).toContain(`${formatRatio(result.series.disparityRatio[day]!)} times`);
  });

  it('say so when stops are off, in the summary and across the plot', () => {
    const off = smallRun({ sources: { stops: { enabled: false } } });
    const spec = emptyStopsSpec(runChartData(off), day);
    expect(spec.summary).toBe('Stops are switched off in this run, so no one was stopped without cause.');
    expect(spec.emptyNote).toBe('Stops are switched off');
  });

  it('keep the same data arrays from day to day, so a playback frame lays out nothing new', () => {
    const early = patrolShareSpec(data, 2);
    const late = patrolShareSpec(data, 9);
    expect(late.x).toBe(early.x);
    late.series.forEach((s, k) => expect(s.values).toBe(early.series[k]!.values));
  });
});

describe('the Lorenz builder', () => {
  const result = smallRun();
  const day = 9;
  const spec = lorenzSpec(runChartData(result), day);
  const patrols = totalsThrough(result.history.patrols, result.city.size, day);
  const crime = totalsThrough(result.history.trueIncidents, result.city.size, day);
  // Two neighborhoods, fewest patrols per true incident first.
  const order = [0, 1].sort((a, b) => patrols[a]! / crime[a]! - patrols[b]! / crime[b]!);
  const crimeTotal = crime[0]! + crime[1]!;
  const patrolTotal = patrols[0]! + patrols[1]!;

  it('accumulates shares of true crime along x and of patrols along y, from the origin', () => {
    expect(Array.from(spec.x)).toEqual([0, crime[order[0]!]! / crimeTotal, 1]);
    expect(Array.from(series(spec, 'curve').values)).toEqual([0, patrols[order[0]!]! / patrolTotal, 1]);
    const equality = series(spec, 'equality');
    expect(equality.reference).toBe(true);
    expect(Array.from(equality.values)).toEqual(Array.from(spec.x));
    expect(series(spec, 'curve').shadeTo).toBe(spec.x);
  });

  it('dots each neighborhood of a small city, not the origin', () => {
    expect(series(spec, 'curve').dots).toEqual({ radius: 4, from: 1 });
  });

  it('states the Gini coefficient of patrols and reads the curve at every tenth of true crime', () => {
    const [low, high] = [Math.min(...patrols), Math.max(...patrols)];
    // Gini of two values a ≤ b: (b − a) / (2 (a + b)).
    expect(spec.summary).toContain(`is ${((high - low) / (2 * (low + high))).toFixed(2)}`);
    expect(spec.table.rows).toHaveLength(11);
    const bend = crime[order[0]!]! / crimeTotal;
    const at = (x: number) => (x <= bend ? (x / bend) * (patrols[order[0]!]! / patrolTotal) : patrols[order[0]!]! / patrolTotal + ((x - bend) / (1 - bend)) * (1 - patrols[order[0]!]! / patrolTotal));
    expect(spec.table.rows[5]).toEqual([formatPercent(0.5), formatPercent(at(0.5))]);
    expect(spec.table.rows[10]).toEqual([formatPercent(1), formatPercent(1)]);
  });
});

describe('runChartData', () => {
  it('follows a streamed run whose history grows in place', () => {
    const result = smallRun();
    result.history.daysDone = 5;
    expect(runChartData(result).dayAxis).toHaveLength(5);
    result.history.daysDone = DAYS;
    expect(runChartData(result).dayAxis).toHaveLength(DAYS);
    expect(runChartData(result)).toBe(runChartData(result));
  });
});

describe('runChartSpec', () => {
  it('is pending, with the chart named, while there is no run', () => {
    expect(runChartSpec('lorenz-chart', null, 0)).toEqual({ heading: 'Who gets the patrols: Lorenz curve against true crime', waiting: 'Waiting for a run.' });
  });

  it('clamps the day to the days the run has filled', () => {
    const result = smallRun();
    expect((runChartSpec('disparity-chart', result, 999) as ChartSpec).playhead).toBe(DAYS - 1);
    expect((runChartSpec('disparity-chart', result, -4) as ChartSpec).playhead).toBe(0);
  });
});
