/**
 * The pure computations behind the map and charts, checked in Node against hand-computed
 * cases and against the model's own series (no browser needed).
 */
import { describe, expect, it } from 'vitest';
import { buildCity, simulate, validateParams, type City } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { lorenzAt, lorenzCurve, patrolShareOfTopCrime, RunningTotals, sampleDays, windowedQuarterPatrolShare } from '../../src/components/charts/chart-data.ts';
import { formatAmount, formatPercent, formatRatio, timesAsMany, windowPhrase } from '../../src/i18n/format.ts';
import { fitHexes, hexIndexAtUnits, regionOutline } from '../../src/components/charts/hex-raster.ts';
import { spreadLabels } from '../../src/components/charts/layout.ts';
import { LayerBuffers, layerMaximum, layerValues, overPolicingIndex, rampPosition, windowSums } from '../../src/components/charts/map-layers.ts';

function gridCity(columns: number, rows: number): City {
  return buildCity(validateParams({ city: { columns, rows } }), 1);
}

describe('Lorenz curve of patrols against true crime', () => {
  it('sorts neighborhoods by patrols per true incident and accumulates both shares', () => {
    // Patrols per incident: 0.5, 1.5, 0 and infinite (patrols, no crime), so the order is 2, 0, 1, 3.
    const curve = lorenzCurve([1, 3, 0, 2], [2, 2, 1, 0]);
    expect(Array.from(curve.order)).toEqual([2, 0, 1, 3]);
    expect(Array.from(curve.x)).toEqual([0, 1 / 5, 3 / 5, 1, 1]);
    expect(Array.from(curve.y).map((v) => Number(v.toFixed(12)))).toEqual([0, 0, Number((1 / 6).toFixed(12)), Number((4 / 6).toFixed(12)), 1]);
    // 1 − L(0.9), with L(0.9) = 1/6 + 0.75 · (4/6 − 1/6) on the segment from x = 0.6 to x = 1.
    expect(patrolShareOfTopCrime(curve, 0.1)).toBeCloseTo(1 - (1 / 6 + 0.75 * 0.5), 12);
  });

  it('lies on the diagonal when patrols follow true crime', () => {
    const crime = [5, 1, 3, 7, 2];
    const curve = lorenzCurve(crime.map((c) => 2 * c), crime);
    for (let k = 0; k <= 10; k++) expect(lorenzAt(curve, k / 10)).toBeCloseTo(k / 10, 12);
    expect(patrolShareOfTopCrime(curve, 0.1)).toBeCloseTo(0.1, 12);
  });

  it('leaves out neighborhoods with neither patrols nor crime', () => {
    const curve = lorenzCurve([0, 1, 0], [0, 1, 0]);
    expect(Array.from(curve.order)).toEqual([1]);
  });
});

describe('running totals', () => {
  it('sum days 0 through the day, forward and back', () => {
    // Two neighborhoods, four days: column[t * 2 + i] = 10·t + i.
    const column = [0, 1, 10, 11, 20, 21, 30, 31];
    const totals = new RunningTotals(column, 2);
    expect(Array.from(totals.advanceTo(1))).toEqual([10, 12]);
    expect(Array.from(totals.advanceTo(3))).toEqual([60, 64]);
    expect(Array.from(totals.advanceTo(0))).toEqual([0, 1]);
  });
});

describe('windowed patrol share of the most-minority quarter', () => {
  const preset = findPreset('biased-history')!;
  const result = simulate(validateParams({ days: 90 }, preset.params), preset.seed);

  it('equals the model series with a one-day window', () => {
    const raw = windowedQuarterPatrolShare(result.history, result.city, 1);
    for (let t = 0; t < 90; t++) expect(raw[t]).toBeCloseTo(result.series.patrolShareMinorityQuarter[t]!, 12);
  });

  it('over 30 days, times the model disparity recovers the true-crime share', () => {
    // disparityRatio = (window patrol share) ÷ (window true-crime share), models/metrics.ts.
    const share = windowedQuarterPatrolShare(result.history, result.city, 30);
    for (let t = 0; t < 90; t++) {
      const crimeShare = result.series.trueCrimeShareMinorityQuarter[t]!;
      if (crimeShare > 0) expect(share[t]! / crimeShare).toBeCloseTo(result.series.disparityRatio[t]!, 10);
    }
  });
});

describe('map layers', () => {
  it('the over-policing index is patrol share over true-crime share, infinite or undefined without crime', () => {
    const index = overPolicingIndex(Float64Array.of(2, 2, 0, 1), Float64Array.of(1, 3, 0, 0), new Float64Array(4));
    expect(index[0]).toBeCloseTo(0.4 / 0.25, 12);
    expect(index[1]).toBeCloseTo(0.4 / 0.75, 12);
    expect(index[2]).toBeNaN();
    expect(index[3]).toBe(Number.POSITIVE_INFINITY);
  });

  it('places the over-policing index on a log scale centred on 1', () => {
    expect(rampPosition('overPolicing', 1, 1)).toBeCloseTo(0.5, 12);
    expect(rampPosition('overPolicing', 2, 1)).toBeCloseTo(0.5 + 1 / 6, 12);
    expect(rampPosition('overPolicing', 0.5, 1)).toBeCloseTo(0.5 - 1 / 6, 12);
    expect(rampPosition('overPolicing', 100, 1)).toBe(1);
    expect(rampPosition('overPolicing', 0, 1)).toBe(0);
    expect(rampPosition('overPolicing', Number.NaN, 1)).toBeNaN();
  });

  it('sums the 30 days up to the day, fewer at the start', () => {
    const size = 3;
    const column = Array.from({ length: 40 * size }, (_, k) => k % size);
    expect(Array.from(windowSums(column, size, 35, new Float64Array(size)))).toEqual([0, 30, 60]);
    expect(Array.from(windowSums(column, size, 4, new Float64Array(size)))).toEqual([0, 5, 10]);
  });

  it('colours sequential layers against the largest window sum of the whole run', () => {
    const preset = findPreset('runaway-urn')!;
    const result = simulate(validateParams({ days: 120 }, preset.params), preset.seed);
    const buffers = new LayerBuffers(result.city.size);
    let brute = 0;
    for (let day = 0; day < 120; day++) brute = Math.max(brute, ...layerValues(result, 'trueCrime', day, buffers));
    expect(layerMaximum(result, 'trueCrime')).toBe(brute);
  });
});

describe('hex geometry', () => {
  const city = gridCity(7, 5);

  it('finds each neighborhood at its center and up to its edge', () => {
    for (let i = 0; i < city.size; i++) {
      expect(hexIndexAtUnits(city, city.x[i]!, city.y[i]!)).toBe(i);
      expect(hexIndexAtUnits(city, city.x[i]! + 0.45, city.y[i]!)).toBe(i);
      expect(hexIndexAtUnits(city, city.x[i]!, city.y[i]! + 0.5)).toBe(i);
    }
    // Half a unit to the right is the boundary with the east neighbor.
    expect(hexIndexAtUnits(city, city.x[8]! + 0.55, city.y[8]!)).toBe(9);
    expect(hexIndexAtUnits(city, -0.6, 0)).toBe(-1);
  });

  it('outlines a single cell with six edges and two neighbors with ten', () => {
    const geometry = fitHexes(city, 700, 500, 100);
    const member = new Uint8Array(city.size);
    member[16] = 1;
    expect(regionOutline(city, geometry, member).match(/M/g)).toHaveLength(6);
    member[17] = 1;
    expect(regionOutline(city, geometry, member).match(/M/g)).toHaveLength(10);
  });

  it('keeps a city of two neighborhoods at the largest hexagon width', () => {
    const preset = findPreset('runaway-urn')!;
    const geometry = fitHexes(buildCity(preset.params, preset.seed), 1200, 560, 140);
    expect(geometry.scale).toBe(140);
  });
});

describe('chart layout and formats', () => {
  it('spreads direct labels at least a gap apart inside the plot', () => {
    const spread = spreadLabels([100, 102, 50, 101], 18, 0, 200);
    const sorted = [...spread].sort((a, b) => a - b);
    for (let k = 1; k < sorted.length; k++) expect(sorted[k]! - sorted[k - 1]!).toBeGreaterThanOrEqual(18 - 1e-9);
    expect(spread[2]).toBe(50);
    const crowded = spreadLabels([195, 196, 197], 18, 0, 200);
    expect(Math.max(...crowded)).toBeLessThanOrEqual(200);
  });

  it('samples table days from the first through the shown day', () => {
    expect(sampleDays(5)).toEqual([0, 1, 2, 3, 4, 5]);
    const days = sampleDays(364);
    expect(days[0]).toBe(0);
    expect(days[days.length - 1]).toBe(364);
    expect(days.length).toBeLessThanOrEqual(20);
  });

  it('formats the numbers that summaries read out', () => {
    expect(formatPercent(0.4149)).toBe('41%');
    expect(formatAmount(1234.5)).toBe('1,235');
    expect(formatAmount(52.34)).toBe('52.3');
    expect(formatAmount(4.567)).toBe('4.57');
    expect(formatRatio(3.129)).toBe('3.1');
    expect(formatRatio(0.943)).toBe('0.94');
    expect(timesAsMany(30, 10)).toBe(' (3 times as many)');
    expect(timesAsMany(73.5, 73)).toBe(' (about the same)');
    expect(timesAsMany(1, 0)).toBe('');
    expect(windowPhrase(364, 30)).toBe('over the last 30 days');
    expect(windowPhrase(0, 30)).toBe('on day 1');
    expect(windowPhrase(11, 30)).toBe('over the first 12 days');
  });
});
