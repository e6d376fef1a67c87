/**
 * Golden values for every preset: each preset runs to its end and its summary metrics, plus a
 * checksum of every history column, equal the committed values exactly (bit for bit: JSON keeps
 * doubles exact). A change that moves any number must bump MODEL_VERSION and regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run tests/presets.test.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION, simulate } from '../models/index.ts';
import { PRESETS, loadPreset } from '../presets/index.ts';
import { presetFingerprint } from './golden/fingerprint.ts';

const GOLDEN_FILE = new URL('./golden/presets.json', import.meta.url);
const update = process.env.UPDATE_GOLDEN === '1';
const golden: Record<string, unknown> = existsSync(GOLDEN_FILE) ? JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) : {};

describe('presets', () => {
  const fresh: Record<string, unknown> = { modelVersion: MODEL_VERSION };

  for (const preset of PRESETS) {
    it(`${preset.id} runs to its end and matches its golden summary`, () => {
      const result = simulate(preset.params, preset.seed);
      expect(result.history.daysDone).toBe(preset.params.days);
      const fingerprint = presetFingerprint(result);
      fresh[preset.id] = fingerprint;
      if (!update) expect(fingerprint).toEqual(golden[preset.id]);
    });
  }

  it('golden file belongs to this model version', () => {
    if (update) writeFileSync(GOLDEN_FILE, `${JSON.stringify(fresh, null, 2)}\n`);
    else expect(golden.modelVersion).toBe(MODEL_VERSION);
  });

  it('every preset has a caption, a seed and at least one full citation', () => {
    for (const preset of PRESETS) {
      expect(preset.caption.length).toBeGreaterThan(20);
      expect(preset.sources.length).toBeGreaterThan(0);
      expect(preset.sources.some((source) => /\(\d{4}\)|\d{4}\)/.test(source))).toBe(true);
    }
  });

  it('a malformed preset file is rejected with the field and the allowed range', () => {
    const base = JSON.parse(readFileSync(new URL('../presets/biased-history.json', import.meta.url), 'utf8'));
    expect(() => loadPreset({ ...base, seed: -1 })).toThrow(/preset\.seed.*0 to 4294967295/);
    expect(() => loadPreset({ ...base, params: { deployment: { units: 0 } } })).toThrow(/deployment\.units.*from 1 to 100000/);
    expect(() => loadPreset({ ...base, colour: 'red' })).toThrow(/Unknown field "colour"/);
    expect(() => loadPreset('not an object')).toThrow(/JSON object/);
  });
});
