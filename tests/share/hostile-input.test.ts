/**
 * Scenario files and links from a hostile or careless user (issue 11's corpus): every refusal is
 * a result with a sentence, never a throw; sizes and nesting are bounded before parsing; unknown
 * top-level keys are named, with a suggestion for a near miss; echoed text is clipped.
 */
import { describe, expect, it } from 'vitest';
import { jsonShapeProblem, MAX_JSON_DEPTH, validateParams } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { decodePermalink, MAX_LINK_CHARS } from '../../src/share/permalink.ts';
import { MAX_SCENARIO_CHARS, parseScenarioFile } from '../../src/share/scenario-file.ts';

const base = { format: 'runaway-scenario', formatVersion: 1, preset: 'biased-history', seed: 1 };
const file = (content: Record<string, unknown>) => JSON.stringify({ ...base, ...content });

describe('JSON shape limits', () => {
  it('measure nesting outside strings only', () => {
    expect(jsonShapeProblem('{"a": "[[[[[[[[[["}', 100, 2)).toBeNull();
    expect(jsonShapeProblem('{"a": "\\"[[["}', 100, 1)).toBeNull();
    expect(jsonShapeProblem('[[[]]]', 100, 2)).toEqual({ kind: 'too-deep', depth: 3, limit: 2 });
    expect(jsonShapeProblem('x'.repeat(11), 10)).toEqual({ kind: 'too-long', length: 11, limit: 10 });
  });
});

describe('scenario files never throw', () => {
  it('refuse deeply nested arrays anywhere with a sentence (no stack overflow)', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    for (const text of [deep, `{"format": ${deep}}`, `{"format": "runaway-scenario", "formatVersion": 1, "params": {"city": {"custom": ${deep}}}}`]) {
      const loaded = parseScenarioFile(text);
      expect(loaded).toMatchObject({ ok: false, field: '(file)' });
      if (!loaded.ok) expect(loaded.message).toContain(`more than ${MAX_JSON_DEPTH} levels deep`);
    }
  });

  it('refuse text longer than the limit before parsing', () => {
    const loaded = parseScenarioFile(' '.repeat(MAX_SCENARIO_CHARS + 1));
    expect(loaded).toMatchObject({ ok: false, field: '(file)', message: expect.stringContaining('MB') });
  });

  it('read dotted parameter keys as paths, and refuse a bad one with its field', () => {
    const loaded = parseScenarioFile(file({ params: { 'deployment.units': 7, 'sources.reports': { minorityRate: 0.2 } } }));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) {
      expect(loaded.params.deployment.units).toBe(7);
      expect(loaded.params.sources.reports.minorityRate).toBe(0.2);
    }
    expect(parseScenarioFile(file({ params: { 'sources.reports': 3 } }))).toMatchObject({ ok: false, field: 'sources.reports' });
  });

  it('refuse seed: null rather than reading it as the preset seed', () => {
    expect(parseScenarioFile(file({ seed: null }))).toMatchObject({ ok: false, field: 'seed', message: expect.stringContaining('not null') });
    const missing = parseScenarioFile(JSON.stringify({ format: 'runaway-scenario', formatVersion: 1, preset: 'biased-history' }));
    expect(missing.ok && missing.state.seed).toBe(findPreset('biased-history')!.seed);
  });

  it.each([
    ['parms', 'params'],
    ['Params', 'params'],
    ['sed', 'seed'],
    ['preset_', 'preset'],
  ])('name an unknown key %s and suggest %s', (key, suggestion) => {
    const loaded = parseScenarioFile(JSON.stringify({ ...base, [key]: { days: 3 } }));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.notices).toHaveLength(1);
    expect(loaded.notices[0]!.key).toBe(key);
    expect(loaded.notices[0]!.message).toContain(`"${key}"`);
    expect(loaded.notices[0]!.message).toContain(`Did you mean ${suggestion}?`);
  });

  it('name a key unlike any without a suggestion, and clip a long one', () => {
    const loaded = parseScenarioFile(JSON.stringify({ ...base, colour: 'red', ['k'.repeat(10_000)]: 1 }));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.notices.map((notice) => notice.message.includes('Did you mean'))).toEqual([false, false]);
    expect(loaded.notices[1]!.message.length).toBeLessThan(300);
  });

  it('treat prototype names as plain unknown keys', () => {
    const loaded = parseScenarioFile('{"format": "runaway-scenario", "formatVersion": 1, "constructor": 1, "__proto__": {"seed": 5}}');
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.notices.map((notice) => notice.key).sort()).toEqual(['__proto__', 'constructor']);
  });

  it('clip echoed user text in refusals', () => {
    const long = 'z'.repeat(1_000_000);
    for (const text of [file({ format: long }), file({ seed: long }), file({ params: { deployment: { policy: long } } }), file({ params: { [long]: 1 } })]) {
      const loaded = parseScenarioFile(text);
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.message.length).toBeLessThan(500);
    }
  });

  it('refuse a custom neighborhood with a key such as toString', () => {
    const custom: unknown[] = [{ population: 10, minorityShare: 0, trueRatePerDay: 1, toString: 2 }, { population: 10, minorityShare: 0, trueRatePerDay: 1 }];
    expect(parseScenarioFile(file({ params: { city: { custom } } }))).toMatchObject({ ok: false, field: 'city.custom[0].toString' });
  });
});

describe('links', () => {
  it('ignore a link longer than the limit as a whole, with a notice', () => {
    const decoded = decodePermalink(`#v=1&days=10&x=${'a'.repeat(MAX_LINK_CHARS)}`);
    expect(decoded.notices).toHaveLength(1);
    expect(decoded.notices[0]!.message).toMatch(/at most/);
    expect(decoded.params.days).toBe(decoded.preset.params.days);
  });

  it('refuse a deeply nested custom city in a link with a notice, keeping the preset', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const decoded = decodePermalink(`#v=1&preset=biased-history&city.custom=${encodeURIComponent(deep)}`);
    expect(decoded.params).toEqual(validateParams({}, findPreset('biased-history')!.params));
    expect(decoded.notices[0]!.key).toBe('city.custom');
    expect(decoded.notices[0]!.message).toMatch(/levels deep/);
  });
});
