/**
 * The permalink codec: every preset and every parameter round-trips exactly, links are compact
 * (only what differs from the preset), and a malformed, tampered or too-new link still opens with
 * notices that name each ignored key and why.
 */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { MAX_SEED, PARAM_SPECS, readPath, validateParams, type ParamSpec, type Params } from '../../models/index.ts';
import { DEFAULT_PRESET_ID, PRESETS, findPreset } from '../../presets/index.ts';
import { decodePermalink, encodePermalink, MAX_NOTICES, permalinkFor, RESERVED_KEYS } from '../../src/share/permalink.ts';
import { nestOverrides, shareStateFor, type ParamValue } from '../../src/share/share-state.ts';

const biased = findPreset('biased-history')!;

/** A valid value for `spec` that differs from `current`. */
function otherValue(spec: ParamSpec, current: unknown): ParamValue {
  switch (spec.kind) {
    case 'boolean':
      return !current;
    case 'enum':
      return spec.options!.map((option) => option.value).find((value) => value !== current)!;
    case 'neighborhoods':
      return [
        { population: 1000, minorityShare: 0.9, trueRatePerDay: 1.5, priorRecords: 3 },
        { population: 2500, minorityShare: 0.1, trueRatePerDay: 0.25, priorRecords: 0 },
        { population: 1234, minorityShare: 1 / 3, trueRatePerDay: 0.1 + 0.2, priorRecords: 1e-7 },
      ];
    default: {
      // A value with many digits exercises number formatting; integers stay whole.
      const target = spec.min! + (spec.max! - spec.min!) * 0.3183098861837907;
      const value = spec.kind === 'integer' ? Math.round(target) : target;
      return value === current ? spec.max! : value;
    }
  }
}

describe('permalink codec', () => {
  for (const preset of PRESETS) {
    it(`${preset.id}: the preset's own link holds only version, preset and seed, and reopens the same params`, () => {
      const hash = permalinkFor(preset, preset.params, preset.seed);
      expect(hash).toBe(`v=1&preset=${preset.id}&seed=${preset.seed}`);
      const decoded = decodePermalink(`#${hash}`);
      expect(decoded.notices).toEqual([]);
      expect(decoded.preset.id).toBe(preset.id);
      expect(decoded.state.seed).toBe(preset.seed);
      expect(decoded.params).toEqual(preset.params);
    });

    it(`${preset.id}: every parameter changed alone round-trips exactly`, () => {
      for (const spec of PARAM_SPECS) {
        const value = otherValue(spec, readPath(preset.params, spec.path));
        let params: Params;
        try {
          params = validateParams(nestOverrides({ [spec.path]: value }), preset.params);
        } catch {
          continue; // e.g. 100 columns with this preset's days would exceed the run limit
        }
        const seed = 4_000_000_000;
        const hash = permalinkFor(preset, params, seed, { day: 1 });
        expect(hash.split('&').filter((pair) => pair.startsWith(`${spec.path}=`))).toHaveLength(1);
        const decoded = decodePermalink(hash);
        expect(decoded.notices, `${spec.path} in ${hash}`).toEqual([]);
        expect(decoded.params).toEqual(params);
        expect(decoded.state.seed).toBe(seed);
        expect(encodePermalink(decoded.state)).toBe(hash);
      }
    });
  }

  it('writes the readable form of the issue: version, preset, seed, then dotted parameters', () => {
    const params = validateParams({ deployment: { units: 20 } }, biased.params);
    expect(permalinkFor(biased, params, 7)).toBe('v=1&preset=biased-history&seed=7&deployment.units=20');
    const decoded = decodePermalink('#v=1&preset=biased-history&seed=7&deployment.units=20');
    expect(decoded.params.deployment.units).toBe(20);
    expect(decoded.notices).toEqual([]);
  });

  it('lists overrides in schema order whatever order the link used, and drops values equal to the preset', () => {
    const decoded = decodePermalink(`v=1&preset=biased-history&seed=7&deployment.units=20&days=100&deployment.policy=${biased.params.deployment.policy}`);
    expect(decoded.notices).toEqual([]);
    expect(encodePermalink(decoded.state)).toBe('v=1&preset=biased-history&seed=7&days=100&deployment.units=20');
  });

  it('encodes the view (day, views, map layer, chapter) and reads it back', () => {
    const view = { day: 120, show: ['map' as const, 'share-chart' as const, 'lorenz-chart' as const], layer: 'overPolicing' as const, chapter: 2 };
    const hash = permalinkFor(biased, biased.params, 7, view);
    expect(hash).toBe('v=1&preset=biased-history&seed=7&day=120&show=map,share-chart,lorenz-chart&layer=overPolicing&chapter=2');
    expect(decodePermalink(hash).state.view).toEqual(view);
  });

  it('opens an empty hash as the default preset with no notices', () => {
    const decoded = decodePermalink('');
    expect(decoded.preset.id).toBe(DEFAULT_PRESET_ID);
    expect(decoded.params).toEqual(findPreset(DEFAULT_PRESET_ID)!.params);
    expect(decoded.notices).toEqual([]);
  });

  it('keeps old links working: fields a link leaves out take the preset values', () => {
    // A link written before the version key existed, naming only the preset and one knob.
    const decoded = decodePermalink('preset=stop-and-frisk&sources.stops.biasRatio=2');
    const preset = findPreset('stop-and-frisk')!;
    expect(decoded.notices).toEqual([]);
    expect(decoded.state.seed).toBe(preset.seed);
    expect(decoded.params).toEqual(validateParams({ sources: { stops: { biasRatio: 2 } } }, preset.params));
  });

  it('ignores an unknown parameter with a notice naming it, and applies the rest', () => {
    const decoded = decodePermalink('v=1&preset=biased-history&seed=7&deployment.unitz=20&days=200');
    expect(decoded.params.days).toBe(200);
    expect(decoded.notices).toHaveLength(1);
    expect(decoded.notices[0]).toMatchObject({ key: 'deployment.unitz', reason: 'unknown-parameter' });
    expect(decoded.notices[0]!.message).toContain('no parameter of that name');
  });

  it('ignores a value out of range, names the allowed range, and keeps the preset value', () => {
    const decoded = decodePermalink('v=1&preset=biased-history&seed=7&sources.reports.minorityRate=1.7&days=200');
    expect(decoded.params.sources.reports.minorityRate).toBe(biased.params.sources.reports.minorityRate);
    expect(decoded.params.days).toBe(200);
    const [notice] = decoded.notices;
    expect(notice).toMatchObject({ key: 'sources.reports.minorityRate', reason: 'out-of-range' });
    expect(notice!.message).toContain('from 0 to 1');
    expect(notice!.message).toContain(`Kept the preset's value, ${biased.params.sources.reports.minorityRate}`);
  });

  it('reports values of the wrong kind as invalid', () => {
    const decoded = decodePermalink('preset=biased-history&deployment.policy=everywhere&sources.reports.enabled=maybe&deployment.units=abc');
    expect(decoded.notices.map((notice) => [notice.key, notice.reason])).toEqual([
      ['deployment.policy', 'invalid-value'],
      ['sources.reports.enabled', 'invalid-value'],
      ['deployment.units', 'invalid-value'],
    ]);
    expect(decoded.params).toEqual(biased.params);
  });

  it('opens the default preset for an unknown preset and still applies the other keys', () => {
    const decoded = decodePermalink('v=1&preset=no-such-preset&seed=3&days=50');
    expect(decoded.preset.id).toBe(DEFAULT_PRESET_ID);
    expect(decoded.state.seed).toBe(3);
    expect(decoded.params.days).toBe(50);
    expect(decoded.notices).toEqual([expect.objectContaining({ key: 'preset', reason: 'unknown-preset' })]);
    expect(decoded.notices[0]!.message).toContain('"no-such-preset"');
  });

  it('opens a link from a newer version with a notice, applying what it can read', () => {
    const decoded = decodePermalink('v=9&preset=biased-history&seed=7&days=30&fusion.futureKnob=3');
    expect(decoded.params.days).toBe(30);
    expect(decoded.notices.map((notice) => notice.reason)).toEqual(['newer-version', 'unknown-parameter']);
    expect(decoded.notices[0]!.message).toContain('format 9');
  });

  it('rejects a bad seed with the allowed range and keeps the preset seed', () => {
    for (const text of ['-1', String(MAX_SEED + 1), '2.5', 'seven', '']) {
      const decoded = decodePermalink(`preset=biased-history&seed=${text}`);
      expect(decoded.state.seed).toBe(biased.seed);
      expect(decoded.notices[0]!.key).toBe('seed');
      expect(decoded.notices[0]!.message).toContain(`from 0 to ${MAX_SEED}`);
    }
  });

  it('ignores broken escapes, keys without values and repeated keys with notices', () => {
    const decoded = decodePermalink('preset=biased-history&days=%E0%A4%A&seed&days=80&days=90');
    expect(decoded.params.days).toBe(90);
    expect(decoded.notices.map((notice) => notice.reason)).toEqual(['malformed', 'malformed', 'duplicate']);
  });

  it('drops a key that breaks a whole-run limit together with the others', () => {
    // 100 × 100 neighborhoods for 5,000 days is 50 million neighborhood-days, over the model's 10 million.
    const decoded = decodePermalink('preset=biased-history&city.columns=100&city.rows=100&days=5000');
    expect(decoded.notices).toHaveLength(1);
    expect(decoded.notices[0]).toMatchObject({ key: 'days', reason: 'conflict' });
    expect(decoded.params.city.columns).toBe(100);
    expect(decoded.params.days).toBe(biased.params.days);
  });

  it('checks the view against the run: day within the run, known views and layers, chapter from 1', () => {
    const decoded = decodePermalink('preset=biased-history&days=100&day=101&show=map,pie-chart&layer=rainbow&chapter=0');
    expect(decoded.state.view).toEqual({ show: ['map'] });
    expect(decoded.notices.map((notice) => notice.key)).toEqual(['day', 'show', 'layer', 'chapter']);
    expect(decoded.notices[0]!.message).toContain('from 1 to 100');
  });

  it('caps the notices of a flooded link', () => {
    const keys = Array.from({ length: 30 }, (_, i) => `junk${i}=1`).join('&');
    const decoded = decodePermalink(`preset=biased-history&${keys}`);
    expect(decoded.notices).toHaveLength(MAX_NOTICES + 1);
    expect(decoded.notices[MAX_NOTICES]!.message).toContain('22 more parts');
  });

  it('never throws and always returns valid params for tampered links', () => {
    const rng = seedrandom('tampered-links');
    const base = permalinkFor(biased, validateParams({ days: 90, deployment: { units: 12 } }, biased.params), 5, { day: 3, show: ['map'] });
    const alphabet = '=&%.,#!x0-9eE+[]{}"';
    for (let trial = 0; trial < 500; trial++) {
      const chars = [...base];
      const edits = 1 + Math.floor(rng() * 6);
      for (let k = 0; k < edits; k++) chars[Math.floor(rng() * chars.length)] = alphabet[Math.floor(rng() * alphabet.length)]!;
      const decoded = decodePermalink(chars.join(''));
      expect(() => validateParams({}, decoded.params)).not.toThrow();
      // What the decoder accepted re-encodes to a link that opens without notices.
      expect(decodePermalink(encodePermalink(decoded.state)).notices).toEqual([]);
    }
  });

  it('reserves its own keys: no parameter path collides with them', () => {
    for (const key of RESERVED_KEYS) expect(PARAM_SPECS.some((spec) => spec.path === key)).toBe(false);
  });

  it('describes a state by its differences from the preset', () => {
    const params = validateParams({ days: 10, sources: { history: { overPolicingFactor: 2 } } }, biased.params);
    expect(shareStateFor(biased, params, 1).overrides).toEqual({ days: 10, 'sources.history.overPolicingFactor': 2 });
  });
});
