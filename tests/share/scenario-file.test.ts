/**
 * Scenario files: saving and loading reproduces params and seed exactly for every preset; old
 * files missing fields take the preset's values; a bad value refuses the file with the model's
 * field-and-range message.
 */
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION, validateParams } from '../../models/index.ts';
import { PRESETS, findPreset } from '../../presets/index.ts';
import { buildScenarioFile, parseScenarioFile, scenarioFileText } from '../../src/share/scenario-file.ts';

const biased = findPreset('biased-history')!;

describe('scenario files', () => {
  it('round-trip every preset, modified, exactly', () => {
    for (const preset of PRESETS) {
      const params = validateParams({ days: 123, deployment: { units: 17 } }, preset.params);
      const loaded = parseScenarioFile(scenarioFileText(preset.id, params, 99));
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) continue;
      expect(loaded.params).toEqual(params);
      expect(loaded.preset.id).toBe(preset.id);
      expect(loaded.state.seed).toBe(99);
      expect(loaded.state.overrides).toMatchObject({ days: 123, 'deployment.units': 17 });
      expect(loaded.notices).toEqual([]);
    }
  });

  it('write format, format version, model version, preset, seed and every param', () => {
    const file = buildScenarioFile('biased-history', biased.params, 7);
    expect(Object.keys(file)).toEqual(['format', 'formatVersion', 'modelVersion', 'preset', 'seed', 'params']);
    expect(file.modelVersion).toBe(MODEL_VERSION);
  });

  it('load an old file missing fields with the preset values', () => {
    const loaded = parseScenarioFile(JSON.stringify({ format: 'runaway-scenario', formatVersion: 1, preset: 'biased-history', params: { days: 50 } }));
    expect(loaded).toMatchObject({ ok: true });
    if (!loaded.ok) return;
    expect(loaded.params).toEqual(validateParams({ days: 50 }, biased.params));
    expect(loaded.state.seed).toBe(biased.seed);
  });

  it('refuse a value out of range with the field and the allowed range', () => {
    const loaded = parseScenarioFile(JSON.stringify({ format: 'runaway-scenario', formatVersion: 1, preset: 'biased-history', seed: 1, params: { sources: { reports: { minorityRate: 2 } } } }));
    expect(loaded).toEqual({ ok: false, field: 'sources.reports.minorityRate', message: expect.stringContaining('outside the allowed range from 0 to 1') });
  });

  it('refuse unknown parameters, bad seeds, other JSON and broken JSON with a sentence', () => {
    const base = { format: 'runaway-scenario', formatVersion: 1, preset: 'biased-history', seed: 1 };
    expect(parseScenarioFile(JSON.stringify({ ...base, params: { fusion: { speed: 3 } } }))).toMatchObject({ ok: false, field: 'fusion.speed' });
    expect(parseScenarioFile(JSON.stringify({ ...base, seed: -4 }))).toMatchObject({ ok: false, field: 'seed' });
    expect(parseScenarioFile(JSON.stringify({ hello: 'world' }))).toMatchObject({ ok: false, field: 'format' });
    expect(parseScenarioFile('{"format": ')).toMatchObject({ ok: false, field: '(file)', message: expect.stringContaining('not valid JSON') });
    expect(parseScenarioFile('[1,2]')).toMatchObject({ ok: false, field: '(file)' });
  });

  it('load with notices a file from a newer format, another model version or an unknown preset', () => {
    const file = { ...buildScenarioFile('gone-preset', biased.params, 5), formatVersion: 3, modelVersion: '0.1.0' };
    const loaded = parseScenarioFile(JSON.stringify(file));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.notices.map((notice) => notice.reason)).toEqual(['newer-version', 'model-version', 'unknown-preset']);
    expect(loaded.params).toEqual(biased.params);
  });
});
