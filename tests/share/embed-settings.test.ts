/**
 * The embed's pure parts: attributes resolve with the permalink rules (notices for what is
 * ignored, chapters set params, day and layer), the snippets reproduce the state exactly, and the
 * shared runner runs one request at a time with the newest request per embed winning.
 */
import { describe, expect, it } from 'vitest';
import { validateParams, type Params } from '../../models/index.ts';
import { DEFAULT_PRESET_ID, findPreset } from '../../presets/index.ts';
import { SharedRunner } from '../../src/embed/shared-runner.ts';
import { resolveSimSettings, splitAssignments } from '../../src/embed/sim-settings.ts';
import { elementSnippet, embedAddress, escapeAttribute, iframeSnippet } from '../../src/embed/snippets.ts';
import { decodePermalink } from '../../src/share/permalink.ts';
import type { RunOutcome } from '../../src/sim-client-types.ts';

const biased = findPreset('biased-history')!;

describe('embed attributes', () => {
  it('default to the default preset, its seed, the map and the patrol-share chart, on the last day', () => {
    const settings = resolveSimSettings({});
    expect(settings.preset.id).toBe(DEFAULT_PRESET_ID);
    expect(settings.seed).toBe(settings.preset.seed);
    expect(settings.views).toEqual(['map', 'share-chart']);
    expect(settings.day).toBeNull();
    expect(settings.layer).toBe('overPolicing');
    expect(settings.notices).toEqual([]);
  });

  it('read preset, seed, parameters, views, day and layer; an empty attribute means the default', () => {
    const settings = resolveSimSettings({ preset: 'stop-and-frisk', seed: '3', params: 'days=120; sources.stops.biasRatio=2', show: 'sentence, lorenz-chart', day: '60', layer: 'patrols' });
    expect(settings.params).toEqual(validateParams({ days: 120, sources: { stops: { biasRatio: 2 } } }, findPreset('stop-and-frisk')!.params));
    expect(settings).toMatchObject({ seed: 3, views: ['sentence', 'lorenz-chart'], day: 59, layer: 'patrols', notices: [] });
    expect(resolveSimSettings({ preset: '', seed: ' ' }).preset.id).toBe(DEFAULT_PRESET_ID);
  });

  it('accept parameter changes as a property too, applied after the attribute', () => {
    const settings = resolveSimSettings({ params: 'deployment.units=10', overrides: { 'deployment.units': 12, 'city.custom': null } });
    expect(settings.params.deployment.units).toBe(12);
  });

  it('report what they cannot use, with the link notices, and apply the rest', () => {
    const settings = resolveSimSettings({ preset: 'biased-history', seed: 'x', params: 'deployment.units=0; foo=1; days=90', show: 'map,pie', chapter: '99' });
    expect(settings.params.days).toBe(90);
    expect(settings.notices.map((notice) => notice.key)).toEqual(['seed', 'deployment.units', 'foo', 'show', 'chapter']);
    expect(settings.notices.at(-1)!.message).toContain(`chapters 1 to ${biased.story.length}`);
  });

  it('let a chapter set params, day and layer; an explicit day or layer still wins', () => {
    const index = biased.story.findIndex((chapter) => chapter.mapLayer !== null);
    const chapter = biased.story[index]!;
    const settings = resolveSimSettings({ preset: 'biased-history', chapter: String(index + 1) });
    expect(settings.chapterIndex).toBe(index);
    expect(settings.params).toEqual(chapter.params);
    expect(settings.day).toBe(chapter.day - 1);
    expect(settings.layer).toBe(chapter.mapLayer);
    expect(settings.state.view.chapter).toBe(index + 1);
    const explicit = resolveSimSettings({ preset: 'biased-history', chapter: String(index + 1), day: '5', layer: 'risk' });
    expect(explicit).toMatchObject({ day: 4, layer: 'risk' });
  });

  it('split assignments on semicolons, ampersands or lines', () => {
    expect(splitAssignments('a=1; b = 2&c=3\nd')).toEqual([['a', '1'], ['b', '2'], ['c', '3'], ['d', '']]);
  });
});

describe('embed snippets', () => {
  const params: Params = validateParams({ days: 200, deployment: { units: 20 } }, biased.params);
  const state = { ...decodePermalink('preset=biased-history&seed=9').state, overrides: { days: 200, 'deployment.units': 20 }, view: { show: ['map' as const, 'sentence' as const], day: 150 } };

  it('write the element with the state as attributes, escaped for HTML', () => {
    const code = elementSnippet(state, { libraryUrl: 'https://example.org/lib/runaway-sim.js?a=1&b="2"' });
    expect(code).toBe(
      '<script type="module" src="https://example.org/lib/runaway-sim.js?a=1&amp;b=&quot;2&quot;"></script>\n' +
        '<runaway-sim preset="biased-history" seed="9" params="days=200; deployment.units=20" show="map,sentence" day="150"></runaway-sim>',
    );
    const attributes = Object.fromEntries([...code.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));
    const settings = resolveSimSettings({ preset: attributes.preset, seed: attributes.seed, params: attributes.params, show: attributes.show, day: attributes.day });
    expect(settings.params).toEqual(params);
    expect(settings.seed).toBe(9);
  });

  it('write an iframe of embed.html whose hash opens the same state', () => {
    const code = iframeSnippet(state, { embedUrl: 'https://example.org/runaway/embed.html', title: 'Runaway: "Biased history"' });
    expect(code).toContain('title="Runaway: &quot;Biased history&quot;"');
    expect(code).toMatch(/^<iframe src="https:\/\/example\.org\/runaway\/embed\.html#v=1&amp;preset=biased-history&amp;seed=9&amp;days=200&amp;deployment\.units=20&amp;day=150&amp;show=map,sentence"/);
    const decoded = decodePermalink(new URL(embedAddress(state, 'https://example.org/runaway/embed.html')).hash);
    expect(decoded.notices).toEqual([]);
    expect(decoded.params).toEqual(params);
    expect(decoded.state.view).toEqual({ show: ['map', 'sentence'], day: 150 });
  });

  it('escape every character that could end an attribute', () => {
    expect(escapeAttribute('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});

describe('shared runner', () => {
  function fakeClient() {
    const calls: { seed: number; finish: (outcome: RunOutcome) => void }[] = [];
    let running = 0;
    let most = 0;
    const client = {
      run: (_params: unknown, seed: number) =>
        new Promise<RunOutcome>((resolve) => {
          running++;
          most = Math.max(most, running);
          calls.push({ seed, finish: (outcome) => { running--; resolve(outcome); } });
        }),
    };
    return { client, calls, most: () => most };
  }
  const done = (seed: number) => ({ status: 'done', result: { seed } }) as unknown as RunOutcome;
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('runs one request at a time, in order, across embeds', async () => {
    const fake = fakeClient();
    const runner = new SharedRunner(() => fake.client);
    const a = {};
    const b = {};
    const first = runner.run(a, {}, 1);
    const second = runner.run(b, {}, 2);
    await tick();
    expect(fake.calls.map((call) => call.seed)).toEqual([1]);
    fake.calls[0]!.finish(done(1));
    await expect(first).resolves.toMatchObject({ status: 'done' });
    await tick();
    fake.calls[1]!.finish(done(2));
    await expect(second).resolves.toMatchObject({ status: 'done' });
    expect(fake.most()).toBe(1);
  });

  it('lets an embed\'s newer request replace its request still waiting', async () => {
    const fake = fakeClient();
    const runner = new SharedRunner(() => fake.client);
    const a = {};
    const b = {};
    const running = runner.run(b, {}, 1);
    const stale = runner.run(a, {}, 2);
    const fresh = runner.run(a, {}, 3);
    await expect(stale).resolves.toEqual({ status: 'superseded' });
    fake.calls[0]!.finish(done(1));
    await running;
    await tick();
    expect(fake.calls.map((call) => call.seed)).toEqual([1, 3]);
    fake.calls[1]!.finish(done(3));
    await expect(fresh).resolves.toMatchObject({ status: 'done' });
  });

  it('turns a thrown error into a failed outcome and keeps serving', async () => {
    const runner = new SharedRunner(() => ({ run: () => Promise.reject(new Error('worker gone')) }));
    await expect(runner.run({}, {}, 1)).resolves.toEqual({ status: 'failed', message: 'worker gone' });
    await expect(runner.run({}, {}, 2)).resolves.toEqual({ status: 'failed', message: 'worker gone' });
  });
});
