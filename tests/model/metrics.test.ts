/**
 * Metrics on hand-computed cases: a four-neighborhood city with a history filled by hand, so
 * every expected number below is worked out in the comments from the definitions in
 * models/metrics.ts.
 */
import { describe, expect, it } from 'vitest';
import { allocateHistory, buildCity, computeMetrics, computeSeries, gini, MAJORITY, MINORITY, ratio, validateParams, type History } from '../../models/index.ts';

const SIZE = 4;
const DAYS = 20;

/** Populations 1,000 to 4,000 with minority shares 0.9, 0.5, 0.2, 0.1: 2,900 minority residents of 10,000. */
const tinyCity = buildCity(
  validateParams({
    city: {
      custom: [
        { population: 1000, minorityShare: 0.9, trueRatePerDay: 1, priorRecords: 0 },
        { population: 2000, minorityShare: 0.5, trueRatePerDay: 1, priorRecords: 0 },
        { population: 3000, minorityShare: 0.2, trueRatePerDay: 1, priorRecords: 0 },
        { population: 4000, minorityShare: 0.1, trueRatePerDay: 1, priorRecords: 0 },
      ],
    },
  }),
  1,
);

function setRow(column: Float32Array | Int32Array, day: number, values: number[]): void {
  values.forEach((value, i) => (column[day * SIZE + i] = value));
}

/** Twenty days; the tail window is the last tenth: days 18 and 19. Day 0 lies outside it. */
function tinyHistory(): History {
  const history = allocateHistory(DAYS, SIZE);
  history.daysDone = DAYS;
  setRow(history.patrols, 0, [100, 0, 0, 0]);
  setRow(history.trueIncidents, 0, [0, 0, 0, 50]);
  setRow(history.patrols, 18, [4, 2, 1, 1]);
  setRow(history.patrols, 19, [2, 2, 2, 2]);
  setRow(history.trueIncidents, 18, [1, 1, 1, 1]);
  setRow(history.trueIncidents, 19, [1, 0, 2, 1]);
  setRow(history.risk, 19, [1, 1, 2, 4]);
  setRow(history.reports, 19, [1, 0, 1, 0]);
  setRow(history.stops, 19, [10, 5, 0, 0]);
  // Group columns, index day * 2 + group.
  const setGroups = (column: Float64Array, day: number, minority: number, majority: number) => {
    column[day * 2 + MINORITY] = minority;
    column[day * 2 + MAJORITY] = majority;
  };
  setGroups(history.groupTrue, 5, 3, 7);
  setGroups(history.groupTrue, 19, 1, 1);
  setGroups(history.groupKnown, 19, 2, 2);
  setGroups(history.groupStops, 19, 10, 5);
  setGroups(history.groupStopsWithoutHit, 19, 9, 5);
  return history;
}

describe('gini', () => {
  it('is 0 for equal values, 0.75 when one of four holds everything, 2/9 for (1, 2, 3)', () => {
    // G = Σ_i Σ_j |x_i − x_j| / (2 n² mean): (1, 2, 3) gives 8 / (2 · 9 · 2) = 2/9.
    expect(gini([1, 1, 1, 1])).toBeCloseTo(0, 12);
    expect(gini([0, 0, 0, 1])).toBeCloseTo(0.75, 12);
    expect(gini([3, 1, 2])).toBeCloseTo(2 / 9, 12);
  });

  it('is 0, not NaN, for no values or all zeros', () => {
    expect(gini([])).toBe(0);
    expect(gini([0, 0, 0])).toBe(0);
  });
});

describe('ratio', () => {
  it('divides, and gives 0 instead of Infinity or NaN for a zero or negative denominator', () => {
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(1, 0)).toBe(0);
    expect(ratio(0, 0)).toBe(0);
    expect(ratio(1, -2)).toBe(0);
  });
});

describe('computeMetrics on a tiny city', () => {
  const metrics = computeMetrics(tinyHistory(), tinyCity);

  it('summarizes the last tenth of the days', () => {
    expect(metrics.tailDays).toBe(2);
  });

  it('gives each neighborhood its share of tail patrols and of final risk', () => {
    // Tail patrols (4 + 2, 2 + 2, 1 + 2, 1 + 2) = (6, 4, 3, 3) of 16; final risk (1, 1, 2, 4) of 8.
    expect(Array.from(metrics.tailPatrolShare)).toEqual([0.375, 0.25, 0.1875, 0.1875]);
    expect(Array.from(metrics.finalRiskShare)).toEqual([0.125, 0.125, 0.25, 0.5]);
  });

  it('compares the most-minority quarter\'s patrol share with its true-crime share', () => {
    // The quarter is neighborhood 0 (minority share 0.9): 6/16 = 0.375 of tail patrols, 2/8 = 0.25
    // of tail true incidents (1 + 1 of 4 + 4), 1,000 of 10,000 residents; ratio 0.375/0.25 = 1.5.
    expect(metrics.minorityQuarter).toEqual({
      neighborhoods: 1,
      populationShare: 0.1,
      patrolShare: 0.375,
      trueCrimeShare: 0.25,
      disparityRatio: 1.5,
    });
  });

  it('measures patrol inequality and the distance from patrols to true crime', () => {
    // Gini of (6, 4, 3, 3): Σ|x_i − x_j| over ordered pairs = 20, / (2 · 16 · 4) = 0.15625.
    // True-crime shares (2, 1, 3, 2)/8: total variation ½(0.125 + 0.125 + 0.1875 + 0.0625) = 0.25.
    expect(metrics.patrolGini).toBeCloseTo(0.15625, 12);
    expect(metrics.allocationDivergence).toBeCloseTo(0.25, 12);
  });

  it('reports per-1,000 rates and detection by group from the group columns', () => {
    // Minority residents 900 + 1,000 + 600 + 400 = 2,900; majority 7,100. Minority: 4 true
    // incidents, 2 known, 10 stops of which 9 without a hit (so 1 hit, 3 records).
    expect(metrics.minority.population).toBeCloseTo(2900, 9);
    expect(metrics.majority.population).toBeCloseTo(7100, 9);
    expect(metrics.minority.truePer1000).toBeCloseTo(4000 / 2900, 12);
    expect(metrics.minority.recordedPer1000).toBeCloseTo(3000 / 2900, 12);
    expect(metrics.minority.stopsPer1000).toBeCloseTo(10_000 / 2900, 12);
    expect(metrics.minority.stopsWithoutHitPer1000).toBeCloseTo(9000 / 2900, 12);
    expect(metrics.minority.detectionRate).toBe(0.5);
    expect(metrics.majority.truePer1000).toBeCloseTo(8000 / 7100, 12);
    expect(metrics.majority.recordedPer1000).toBeCloseTo(2000 / 7100, 12);
    expect(metrics.majority.detectionRate).toBe(0.25);
  });

  it('totals every column over all simulated days', () => {
    expect(metrics.totals).toMatchObject({ trueIncidents: 58, reports: 2, stops: 15, discoveries: 0 });
  });
});

describe('computeSeries on a tiny city', () => {
  const series = computeSeries(tinyHistory(), tinyCity);

  it('tracks the quarter\'s daily patrol share and its 30-day true-crime share and disparity', () => {
    // Day 0: 100 of 100 units in the quarter; day 18: 4 of 8; day 19: 2 of 8; days without
    // patrols count 0. By day 19 the window holds every day: quarter true 2 of 58, quarter
    // patrols 106 of 116, so the disparity is (106/116)/(2/58).
    expect(series.patrolShareMinorityQuarter[0]).toBe(1);
    expect(series.patrolShareMinorityQuarter[1]).toBe(0);
    expect(series.patrolShareMinorityQuarter[18]).toBe(0.5);
    expect(series.patrolShareMinorityQuarter[19]).toBe(0.25);
    expect(series.trueCrimeShareMinorityQuarter[19]).toBeCloseTo(2 / 58, 12);
    expect(series.disparityRatio[19]).toBeCloseTo(106 / 116 / (2 / 58), 12);
  });

  it('accumulates per-1,000 rates by group', () => {
    expect(series.truePer1000.minority[4]).toBe(0);
    expect(series.truePer1000.minority[5]).toBeCloseTo(3000 / 2900, 12);
    expect(series.truePer1000.minority[19]).toBeCloseTo(4000 / 2900, 12);
    expect(series.stopsWithoutHitPer1000.majority[19]).toBeCloseTo(5000 / 7100, 12);
  });
});

describe('metrics of an empty history', () => {
  it('are all finite numbers, not NaN', () => {
    const metrics = computeMetrics(allocateHistory(DAYS, SIZE), tinyCity);
    const numbers = [
      metrics.minorityQuarter.patrolShare,
      metrics.minorityQuarter.disparityRatio,
      metrics.patrolGini,
      metrics.allocationDivergence,
      metrics.minority.detectionRate,
      ...metrics.finalRiskShare,
      ...metrics.tailPatrolShare,
    ];
    expect(numbers.every(Number.isFinite)).toBe(true);
  });
});
