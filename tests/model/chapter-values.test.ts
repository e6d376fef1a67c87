/**
 * Chapter values (the numbers story sentences quote, models/metrics/chapter-values.ts): on a
 * hand-written history they equal values worked out by hand. For every preset at every chapter
 * day they equal the summary metrics and series, a separate computation of the same quantities,
 * on a run stopped at that day (createSimulation + advance), which also shows that a chapter
 * reading a longer run sees exactly what a run of its own length would.
 */
import { describe, expect, it } from 'vitest';
import {
  DISPARITY_WINDOW_DAYS,
  advance,
  allocateHistory,
  computeMetrics,
  computeSeries,
  createSimulation,
  gini,
  simulate,
  type City,
  type RunResult,
} from '../../models/index.ts';
import { PRESETS } from '../../presets/index.ts';
import { CHAPTER_VALUE_NAMES, chapterValues } from '../../models/index.ts';

/** Two neighborhoods, three days, numbers chosen so every share is a simple fraction. */
function handRun(): RunResult {
  const city = {
    size: 2,
    columns: 2,
    rows: 1,
    population: Float64Array.from([1000, 3000]),
    minorityShare: Float64Array.from([0.9, 0.1]),
    minorityQuarter: Uint8Array.from([1, 0]),
  } as unknown as City;
  const history = allocateHistory(3, 2);
  history.daysDone = 3;
  history.patrols.set([1, 0, 1, 0, 0, 1]);
  history.trueIncidents.set([2, 1, 0, 3, 1, 1]);
  history.recordedIncidents.set([1, 0, 0, 1, 1, 1]);
  history.reports.set([1, 0, 0, 1, 0, 0]);
  history.discoveries.set([0, 0, 0, 0, 1, 0]);
  history.sensorAlerts.set([0, 0, 0, 0, 0, 2]);
  history.risk.set([2, 2, 2, 2, 3, 1]);
  // Per day [minority, majority]: true incidents, known incidents, stops, stops without a hit.
  history.groupTrue.set([2, 1, 1, 2, 1, 1]);
  history.groupKnown.set([1, 0, 0, 1, 1, 0]);
  history.groupStops.set([4, 0, 2, 2, 0, 4]);
  history.groupStopsWithoutHit.set([3, 0, 2, 2, 0, 3]);
  return { city, history } as unknown as RunResult;
}

describe('chapter values', () => {
  it('equal hand-worked values on a tiny history', () => {
    const values = chapterValues(handRun(), 3);
    // Minority residents: 0.9·1000 + 0.1·3000 = 1200 of 4000.
    expect(values.minorityPopulationShare).toBeCloseTo(0.3, 12);
    expect(values.quarterPopulationShare).toBeCloseTo(0.25, 12);
    expect(values.windowDays).toBe(3);
    expect(values.quarterPatrolShare).toBeCloseTo(2 / 3, 12);
    expect(values.quarterTrueShare).toBeCloseTo(3 / 8, 12);
    expect(values.disparityRatio).toBeCloseTo(2 / 3 / (3 / 8), 12);
    expect(values.quarterRecordedShare).toBeCloseTo(2 / 4, 12);
    expect(values.quarterRiskShare).toBeCloseTo(3 / 4, 12);
    expect(values.quarterReportShare).toBeCloseTo(1 / 2, 12);
    expect(values.quarterSensorShare).toBe(0);
    expect(values.sensorAlerts).toBe(2);
    expect(values.trueIncidents).toBe(8);
    expect(values.discoveries).toBe(1);
    expect(values.minorityTruePer1000).toBeCloseTo((1000 * 4) / 1200, 12);
    expect(values.majorityTruePer1000).toBeCloseTo((1000 * 4) / 2800, 12);
    // Recorded = known + stop hits: minority 2 + (6 − 5), majority 1 + (6 − 5).
    expect(values.minorityRecordedPer1000).toBeCloseTo((1000 * 3) / 1200, 12);
    expect(values.majorityRecordedPer1000).toBeCloseTo((1000 * 2) / 2800, 12);
    expect(values.minorityDetectionRate).toBeCloseTo(2 / 4, 12);
    expect(values.majorityDetectionRate).toBeCloseTo(1 / 4, 12);
    expect([values.minorityStops, values.majorityStops, values.minorityStopHits, values.majorityStopHits]).toEqual([6, 6, 1, 1]);
    expect([values.stopHits, values.stopsWithoutHit]).toEqual([2, 10]);
    expect(values.emptyStopsPerHit).toBe(5);
    expect(values.minorityShareOfEmptyStops).toBeCloseTo(5 / 10, 12);
    expect(values.emptyStopRatio).toBeCloseTo(5 / 1200 / (5 / 2800), 12);
    expect(values.region1TrueShare).toBeCloseTo(3 / 8, 12);
    expect(values.region2RiskShare).toBeCloseTo(1 / 4, 12);
    expect(values.region1PatrolShare).toBeCloseTo(2 / 3, 12);
    expect(values.region3TrueShare).toBe(0);
    // Window patrols (2, 1): sorted Gini = 2(1·1 + 2·2)/(2·3) − 3/2 = 1/6.
    expect(values.patrolGini).toBeCloseTo(1 / 6, 12);
  });

  it('read only the days up to the chapter day', () => {
    const values = chapterValues(handRun(), 2);
    expect(values.quarterPatrolShare).toBe(1);
    expect(values.quarterTrueShare).toBeCloseTo(2 / 6, 12);
    expect(values.region1RiskShare).toBeCloseTo(1 / 2, 12);
    expect(values.stopsWithoutHit).toBe(7);
  });

  it('refuse a day the run has not reached', () => {
    expect(() => chapterValues(handRun(), 0)).toThrow(/days 1 to 3/);
    expect(() => chapterValues(handRun(), 4)).toThrow(/not on day 4/);
    expect(() => chapterValues(handRun(), 1.5)).toThrow(RangeError);
  });

  describe('match the model\'s metrics on a run stopped at each chapter day', () => {
    for (const preset of PRESETS) {
      it(preset.id, () => {
        const full = simulate(preset.params, preset.seed);
        const days = [...new Set([1, DISPARITY_WINDOW_DAYS + 7, ...preset.story.map((chapter) => chapter.day)])].filter((day) => day <= preset.params.days);
        for (const day of days) {
          const values = chapterValues(full, day);
          const stopped = createSimulation(preset.params, preset.seed);
          advance(stopped, day);
          const { history, city } = stopped;
          const metrics = computeMetrics(history, city);
          const series = computeSeries(history, city);
          const last = day - 1;
          const close = (actual: number, expected: number, what: string) => expect(actual, `${preset.id} day ${day}: ${what}`).toBeCloseTo(expected, 10);

          // The stopped run is the full run's prefix: the same live values, bit for bit.
          expect(chapterValues({ ...full, history, city } as RunResult, day)).toEqual(values);

          close(values.quarterTrueShare, series.trueCrimeShareMinorityQuarter[last]!, 'true-crime share of the quarter');
          close(values.disparityRatio, series.disparityRatio[last]!, 'disparity ratio');
          close(values.quarterPopulationShare, metrics.minorityQuarter.populationShare, 'population share of the quarter');
          close(values.minorityTruePer1000, series.truePer1000.minority[last]!, 'true per 1,000 (minority)');
          close(values.majorityTruePer1000, series.truePer1000.majority[last]!, 'true per 1,000 (majority)');
          close(values.minorityRecordedPer1000, series.recordedPer1000.minority[last]!, 'recorded per 1,000 (minority)');
          close(values.majorityRecordedPer1000, series.recordedPer1000.majority[last]!, 'recorded per 1,000 (majority)');
          close(values.minorityEmptyStopsPer1000, series.stopsWithoutHitPer1000.minority[last]!, 'empty stops per 1,000 (minority)');
          close(values.majorityEmptyStopsPer1000, series.stopsWithoutHitPer1000.majority[last]!, 'empty stops per 1,000 (majority)');
          close(values.minorityDetectionRate, metrics.minority.detectionRate, 'detection rate (minority)');
          close(values.majorityDetectionRate, metrics.majority.detectionRate, 'detection rate (majority)');
          close(values.minorityStopsPer1000, metrics.minority.stopsPer1000, 'stops per 1,000 (minority)');
          close(values.majorityStopsPer1000, metrics.majority.stopsPer1000, 'stops per 1,000 (majority)');
          expect(values.trueIncidents).toBe(metrics.totals.trueIncidents);
          expect(values.recordedIncidents).toBe(metrics.totals.recordedIncidents);
          expect(values.reports).toBe(metrics.totals.reports);
          expect(values.discoveries).toBe(metrics.totals.discoveries);
          expect(values.sensorAlerts).toBe(metrics.totals.sensorAlerts);
          expect(values.stopHits).toBe(metrics.totals.stopHits);
          expect(values.stopsWithoutHit).toBe(metrics.totals.stopsWithoutHit);

          // Risk shares on the day: the model's final risk share of a run of that length.
          let quarterRisk = 0;
          for (let i = 0; i < city.size; i++) if (city.minorityQuarter[i]) quarterRisk += metrics.finalRiskShare[i]!;
          close(values.quarterRiskShare, quarterRisk, 'risk share of the quarter');
          close(values.region1RiskShare, metrics.finalRiskShare[0]!, 'risk share of neighborhood 1');
          close(values.region2RiskShare, metrics.finalRiskShare[1]!, 'risk share of neighborhood 2');
          close(values.region3RiskShare, metrics.finalRiskShare[2] ?? 0, 'risk share of neighborhood 3');

          // Windowed patrols: the disparity series is (window patrol share) ÷ (window true share).
          const windowStart = Math.max(0, day - DISPARITY_WINDOW_DAYS);
          const windowPatrols = new Float64Array(city.size);
          for (let t = windowStart; t < day; t++) for (let i = 0; i < city.size; i++) windowPatrols[i]! += history.patrols[t * city.size + i]!;
          close(values.patrolGini, gini(windowPatrols), 'Gini of window patrols');
          if (series.trueCrimeShareMinorityQuarter[last]! > 0) {
            close(values.quarterPatrolShare, series.disparityRatio[last]! * series.trueCrimeShareMinorityQuarter[last]!, 'patrol share of the quarter');
          }
        }
      });
    }
  });

  it('every named value is computed and finite', () => {
    const preset = PRESETS[0]!;
    const values = chapterValues(simulate(preset.params, preset.seed), 10);
    for (const name of CHAPTER_VALUE_NAMES) expect(Number.isFinite(values[name]), name).toBe(true);
    expect(Object.keys(values).sort()).toEqual([...CHAPTER_VALUE_NAMES].sort());
  });
});
