/**
 * Recording levels (issue 16): a run that keeps only its series, or only its metrics, reports the
 * same numbers bit for bit as one that keeps its whole history, for every preset, because the day
 * loop's tally adds what computeMetrics and computeSeries sum from the history in the same order.
 * The lighter levels really are lighter: what a 'metrics' run keeps does not grow with the days.
 */
import { describe, expect, it } from 'vitest';
import {
  advance,
  computeMetrics,
  computeSeries,
  createSimulation,
  simulate,
  simulateSummary,
  simulationMetrics,
  simulationSeries,
  validateParams,
  type RecordingLevel,
} from '../../models/index.ts';
import { PRESETS } from '../../presets/index.ts';
import { typedArrayBytes } from '../../models/memory.ts';

/** Every number under `value` as [path, value] (typed arrays element by element). */
function numbers(value: unknown, path = '', into: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') into.push([path, value]);
  else if (ArrayBuffer.isView(value)) Array.from(value as Float64Array, (x, i) => into.push([`${path}[${i}]`, x]));
  else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) numbers(child, `${path}.${key}`, into);
  return into;
}

/** Paths whose numbers differ between a and b, bit for bit (Object.is tells 0 from −0 and matches NaN). */
function differences(a: unknown, b: unknown): string[] {
  const left = numbers(a);
  const right = new Map(numbers(b));
  const differing = left.filter(([path, x]) => !right.has(path) || !Object.is(right.get(path), x)).map(([path]) => path);
  return left.length === right.size ? differing : [...differing, `(${left.length} numbers against ${right.size})`];
}


describe('recording levels', () => {
  for (const preset of PRESETS) {
    it(`give ${preset.id} the same metrics at every level, and the same series with or without the history`, () => {
      const full = simulate(preset.params, preset.seed);
      const series = simulateSummary(preset.params, preset.seed, 'series');
      const metrics = simulateSummary(preset.params, preset.seed, 'metrics');
      expect(differences(series.metrics, full.metrics)).toEqual([]);
      expect(differences(metrics.metrics, full.metrics)).toEqual([]);
      expect(differences(series.series, full.series)).toEqual([]);
      expect(metrics.series).toBeNull();
    });
  }

  it('can fail: a different seed gives different metrics', () => {
    const preset = PRESETS[0]!;
    expect(differences(simulateSummary(preset.params, preset.seed + 1).metrics, simulate(preset.params, preset.seed).metrics)).not.toEqual([]);
  });

  it('agree when a run with every source, near-repeat and corrections is advanced in uneven chunks', () => {
    const params = validateParams({
      days: 97,
      city: { columns: 9, rows: 7 },
      reality: { nearRepeat: { enabled: true }, deterrence: { enabled: true } },
      sources: { sensors: { enabled: true }, stops: { enabled: true } },
      corrections: { ensign: true },
      deployment: { policy: 'sample' },
    });
    const reference = simulate(params, 5).metrics;
    for (const level of ['series', 'metrics'] as const) {
      const sim = createSimulation(params, 5, level);
      for (const chunk of [1, 13, 40, 43]) advance(sim, chunk);
      expect(differences(simulationMetrics(sim), reference), level).toEqual([]);
    }
  });

  it('give a run in progress that keeps its history the metrics and series of its days so far, from its tally, after every chunk', () => {
    // Streamed playback reads them after every chunk; they must equal summing the history so far.
    const params = validateParams({
      days: 61,
      city: { columns: 8, rows: 6 },
      reality: { nearRepeat: { enabled: true } },
      sources: { sensors: { enabled: true }, stops: { enabled: true } },
      deployment: { policy: 'sample' },
    });
    const sim = createSimulation(params, 9, 'history');
    for (const chunk of [1, 2, 9, 20, 29]) {
      advance(sim, chunk);
      expect(differences(simulationMetrics(sim), computeMetrics(sim.history, sim.city)), `day ${sim.daysDone}`).toEqual([]);
      expect(differences(simulationSeries(sim), computeSeries(sim.history, sim.city)), `day ${sim.daysDone}`).toEqual([]);
    }
    expect(sim.daysDone).toBe(61);
  });

  it("keep nothing that grows with the days at the 'metrics' level, and only per-day totals at the 'series' level", () => {
    const bytes = (level: RecordingLevel, days: number) => typedArrayBytes(createSimulation(validateParams({ days, city: { columns: 10, rows: 10 } }), 3, level));
    expect(bytes('metrics', 1000)).toBe(bytes('metrics', 100));
    const perDay = (level: RecordingLevel) => (bytes(level, 1000) - bytes(level, 100)) / 900;
    // Four daily totals and four group columns of two doubles: 12 × 8 bytes a day, whatever the city's size.
    expect(perDay('series')).toBe(96);
    // Ten day × neighborhood columns of 4 bytes for 100 neighborhoods, plus the series' daily totals.
    expect(perDay('history')).toBe(40 * 100 + 96);
  });

  it("refuse metrics before the last day at the lighter levels (their tail window is the end's)", () => {
    const sim = createSimulation(validateParams({ days: 50 }), 1, 'metrics');
    advance(sim, 49);
    expect(() => simulationMetrics(sim)).toThrow(/only once it has run all its 50 days/);
    advance(sim, 1);
    expect(simulationMetrics(sim).tailDays).toBe(5);
  });
});
