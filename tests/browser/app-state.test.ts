/**
 * The page's logic without a browser: settings edits go through the model's validation (a
 * refused value keeps the last good params and says the allowed range), changes against the
 * preset are tracked, sliders map onto the schema's ranges, and the live sentence states the
 * shares recomputed here straight from the history.
 */
import { describe, expect, it } from 'vitest';
import { advance, CELL_COLUMNS, createSimulation, PARAM_SPECS, simulate, type RunResult } from '../../models/index.ts';
import { DEFAULT_PRESET_ID, findPreset } from '../../presets/index.ts';
import { daySnapshot } from '../../src/app/day-snapshot.ts';
import { liveSentence } from '../../src/app/live-sentence.ts';
import { PartialRun } from '../../src/app/partial-run.ts';
import { SEED_PATH } from '../../models/index.ts';
import { SettingsState } from '../../src/app/settings-state.ts';
import { sliderScale } from '../../src/app/slider-scale.ts';
import { chunkBoundaries, sliceChunk, withRunContext } from '../../workers/chunks.ts';

const REPORTING = 'sources.reports.minorityRate';

describe('settings state', () => {
  it('opens on the default preset with nothing marked as changed', () => {
    const settings = new SettingsState();
    expect(settings.preset.id).toBe(DEFAULT_PRESET_ID);
    expect(settings.params).toEqual(findPreset(DEFAULT_PRESET_ID)!.params);
    expect(settings.changed.size).toBe(0);
  });

  it('an out-of-range typed value names the allowed range and keeps the last good value', () => {
    const settings = new SettingsState();
    const before = JSON.stringify(settings.params);
    expect(settings.edit({ path: REPORTING, text: '1.7' })).toBe(false);
    expect(JSON.stringify(settings.params)).toBe(before);
    const message = settings.errors.get(REPORTING)!;
    expect(message).toContain('from 0 to 1');
    expect(message).toContain('Reporting rate, minority');
    expect(message).toContain('Kept 0.4');
    expect(settings.edit({ path: REPORTING, text: 'lots' })).toBe(false);
    expect(settings.errors.get(REPORTING)).toContain('must be a number');
  });

  it('a value that breaks a rule across fields is refused at the control that was edited', () => {
    const settings = new SettingsState();
    // 100 × 100 neighborhoods × 2,000 days exceeds the 10 million neighborhood-days the model accepts (MAX_CELL_DAYS).
    expect(settings.edit({ path: 'days', text: '2000' })).toBe(true);
    expect(settings.edit({ path: 'city.columns', text: '100' })).toBe(true);
    expect(settings.edit({ path: 'city.rows', text: '100' })).toBe(false);
    expect(settings.errors.get('city.rows')).toContain('the most allowed is 10,000,000');
    expect(settings.errors.get('city.rows')).toContain('Kept 20');
    expect(settings.params.city.rows).toBe(20);
  });

  it('a good value clears the message, marks the change, and reset puts the preset value back', () => {
    const settings = new SettingsState();
    settings.edit({ path: REPORTING, text: '2' });
    expect(settings.edit({ path: REPORTING, text: '0.2' })).toBe(true);
    expect(settings.errors.has(REPORTING)).toBe(false);
    expect(settings.params.sources.reports.minorityRate).toBe(0.2);
    expect([...settings.changed]).toEqual([REPORTING]);
    expect(settings.edit({ path: 'sources.sensors.enabled', value: true })).toBe(true);
    expect(settings.changed.size).toBe(2);
    expect(settings.reset(REPORTING)).toBe(true);
    expect([...settings.changed]).toEqual(['sources.sensors.enabled']);
    expect(settings.resetAll()).toBe(true);
    expect(settings.changed.size).toBe(0);
  });

  it('replaces the map of messages only when a message comes or goes, so the panel re-renders its controls only then', () => {
    const settings = new SettingsState();
    const clean = settings.errors;
    expect(settings.edit({ path: REPORTING, text: '0.3' })).toBe(true);
    expect(settings.errors).toBe(clean);
    settings.edit({ path: REPORTING, text: '1.7' });
    const refused = settings.errors;
    expect(refused).not.toBe(clean);
    expect(clean.size).toBe(0);
    settings.edit({ path: 'days', text: '300' });
    expect(settings.errors).toBe(refused);
    settings.clearError(REPORTING);
    expect(settings.errors.has(REPORTING)).toBe(false);
    expect(refused.has(REPORTING)).toBe(true);
  });

  it('the seed is checked, marked when changed and stepped by "next seed"', () => {
    const settings = new SettingsState();
    const seed = settings.seed;
    expect(settings.edit({ path: SEED_PATH, text: '-3' })).toBe(false);
    expect(settings.errors.get(SEED_PATH)).toContain('whole number from 0 to 4294967295');
    expect(settings.nextSeed()).toBe(true);
    expect(settings.seed).toBe(seed + 1);
    expect(settings.changed.has(SEED_PATH)).toBe(true);
  });

  it('an edit to the same value asks for no new run', () => {
    const settings = new SettingsState();
    expect(settings.edit({ path: REPORTING, text: '0.4' })).toBe(false);
  });
});

describe('slider scale', () => {
  const numeric = PARAM_SPECS.filter((spec) => spec.kind === 'number' || spec.kind === 'integer');

  it.each(numeric.map((spec) => [spec.path, spec] as const))('%s: both ends of the slider are the ends of the range', (_, spec) => {
    const scale = sliderScale(spec);
    expect(scale.fromPosition(scale.min)).toBe(spec.min);
    expect(scale.fromPosition(scale.max)).toBe(spec.max);
    expect(scale.toPosition(spec.min!)).toBe(scale.min);
    expect(scale.toPosition(spec.max!)).toBe(scale.max);
  });

  it.each(numeric.map((spec) => [spec.path, spec] as const))('%s: the default survives the slider round trip', (_, spec) => {
    const scale = sliderScale(spec);
    const value = spec.default as number;
    const back = scale.fromPosition(scale.toPosition(value));
    // Linear sliders land exactly on the step grid; log sliders on two significant digits.
    expect(Math.abs(back - value)).toBeLessThanOrEqual(Math.max(spec.step ?? 0, Math.abs(value) * 0.05));
  });
});

describe('live sentence', () => {
  const preset = findPreset(DEFAULT_PRESET_ID)!;
  const result: RunResult = simulate(preset.params, preset.seed);

  it('states the quarter shares of patrols and true crime over the last 30 days, recomputed from the history', () => {
    const day = result.history.daysDone - 1;
    const { size } = result.city;
    let patrols = 0;
    let quarterPatrols = 0;
    let crime = 0;
    let quarterCrime = 0;
    for (let t = day - 29; t <= day; t++) {
      for (let i = 0; i < size; i++) {
        const cell = t * size + i;
        patrols += result.history.patrols[cell]!;
        crime += result.history.trueIncidents[cell]!;
        if (result.city.minorityQuarter[i]) {
          quarterPatrols += result.history.patrols[cell]!;
          quarterCrime += result.history.trueIncidents[cell]!;
        }
      }
    }
    const patrolShare = quarterPatrols / patrols;
    const crimeShare = quarterCrime / crime;
    const sentence = liveSentence(daySnapshot(result, day)!);
    expect(sentence).toBe(
      `After ${day + 1} days the most-minority quarter of neighborhoods receives ${Math.round(patrolShare * 100)}% of patrols but has ` +
        `${Math.round(crimeShare * 100)}% of true crime: ${(patrolShare / crimeShare).toFixed(1)} times its share.`,
    );
    // The preset's point: equal true crime, yet the quarter gets well over its share of patrols.
    expect(patrolShare / crimeShare).toBeGreaterThan(1.5);
  });

  it('a day past the simulated days is clamped to the last one', () => {
    expect(daySnapshot(result, 10_000)!.day).toBe(result.history.daysDone - 1);
  });
});

describe('streamed playback', () => {
  const preset = findPreset(DEFAULT_PRESET_ID)!;
  const result = simulate(preset.params, preset.seed);
  const { history } = result;
  /** The chunks a worker streams for this run: the same run advanced 40 days at a time, cut after each step. */
  const chunks = (() => {
    const sim = createSimulation(result.params, preset.seed);
    let fromDay = 0;
    return chunkBoundaries(history.days, history.size, 40).map((toDay) => {
      advance(sim, toDay - fromDay);
      const rows = sliceChunk(sim, fromDay, toDay);
      fromDay = toDay;
      return rows.fromDay === 0 ? withRunContext(rows, sim.city, result.params) : rows;
    });
  })();

  it('shows the days received so far with the same figures as the finished run', () => {
    const partial = new PartialRun(preset.seed);
    expect(partial.assemble()).toBeNull();
    partial.add(chunks[0]!);
    partial.add(chunks[1]!);
    const shown = partial.assemble()!;
    expect(shown.history.daysDone).toBe(80);
    expect(shown.history.days).toBe(history.days);
    // Every figure looks back only, so the days received read exactly as in the finished run.
    for (const day of [0, 29, 79]) expect(daySnapshot(shown, day)).toEqual(daySnapshot(result, day));
    expect(daySnapshot(shown, 300)!.day).toBe(79);
    // The metrics shown are the worker's as of day 80: its tail window is the last 8 of those days.
    expect(shown.metrics.tailDays).toBe(8);
    expect(shown.series.disparityRatio.length).toBe(80);
    expect(shown.series.disparityRatio[79]).toBe(result.series.disparityRatio[79]);
  });

  it('ends with the whole history, row for row', () => {
    const partial = new PartialRun(preset.seed);
    partial.add(chunks[0]!);
    partial.assemble();
    for (const chunk of chunks.slice(1)) partial.add(chunk);
    const shown = partial.assemble()!;
    expect(shown.history.daysDone).toBe(history.days);
    for (const column of CELL_COLUMNS) expect(shown.history[column]).toEqual(history[column]);
    expect(shown.metrics).toEqual(result.metrics);
    expect(shown.series).toEqual(result.series);
  });
});
