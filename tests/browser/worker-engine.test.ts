/**
 * The worker engine in Chromium (issue 3 "Tests"; also issue 2's "same numbers in Chromium as in
 * Node"): the harness page of the built app runs Vite's real module workers, and every preset's
 * run matches simulate() in Node bit for bit, streamed chunks included; a dragged slider leaves
 * the final position's result; ensembles and sweeps match Node's; no console errors.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { neighborhoodCount, simulate, validateParams } from '../../models/index.ts';
import { DEFAULT_PRESET_ID, findPreset, PRESETS } from '../../presets/index.ts';
import { chunkBoundaries } from '../../workers/chunks.ts';
import { EnsembleCollector } from '../../workers/ensemble-stats.ts';
import { browserSuitesSkipped, launchChromium, openPage } from './chromium.ts';
import type { RunCheck } from './fixtures/harness-types.ts';
import { historyDigest, plainBands, runDigest } from './fixtures/run-digest.ts';

const baseUrl = inject('baseUrl');
const HARNESS = 'tests/browser/fixtures/worker-harness.html';

/** What Node computes for a preset (with an override merged into its overrides). */
function nodeCheck(presetId: string, override: object = {}): Pick<RunCheck, 'summary' | 'arrays'> {
  const preset = findPreset(presetId)!;
  return runDigest(simulate(validateParams({ ...preset.overrides, ...override }), preset.seed));
}

describe.skipIf(browserSuitesSkipped())('worker engine in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const workerUrls: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, 'about:blank', errors);
    page.on('worker', (worker) => {
      workerUrls.push(worker.url());
      worker.on('console', (message) => {
        if (message.type() === 'error') errors.push(`worker: ${message.text()}`);
      });
    });
    await page.goto(new URL(HARNESS, baseUrl).href);
    await page.waitForFunction(() => window.harness !== undefined);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('runs every preset in a Vite-built module worker with the same numbers as Node, bit for bit', async () => {
    expect(PRESETS.map((p) => p.id)).toContain(DEFAULT_PRESET_ID);
    expect(PRESETS.length).toBeGreaterThanOrEqual(3);
    for (const preset of PRESETS) {
      const browserCheck = await page.evaluate((id) => window.harness!.runPreset(id), preset.id);
      const expected = nodeCheck(preset.id);
      expect(browserCheck.status, preset.id).toBe('done');
      expect(browserCheck.summary, preset.id).toEqual(expected.summary);
      expect(browserCheck.arrays, preset.id).toEqual(expected.arrays);
      // The history rebuilt from the streamed chunks is the final history.
      const history = Object.fromEntries(Object.entries(expected.arrays!).filter(([key]) => key.startsWith('history.')).map(([key, hash]) => [key.slice(8), hash]));
      expect(browserCheck.streamed, preset.id).toEqual(history);
      expect(browserCheck.chunks, preset.id).toBe(chunkBoundaries(preset.params.days, neighborhoodCount(preset.params)).length);
    }
  });

  it('matches Node for a run with changed params too (the near-repeat and deterrence paths)', async () => {
    const override = { days: 200, reality: { nearRepeat: { enabled: true }, deterrence: { enabled: true } }, sources: { sensors: { enabled: true } } };
    const browserCheck = await page.evaluate(([id, o]) => window.harness!.runPreset(id as string, o as object), [DEFAULT_PRESET_ID, override] as const);
    expect(browserCheck).toMatchObject(nodeCheck(DEFAULT_PRESET_ID, override));
  });

  it('leaves the final position of a dragged slider on screen, never an earlier one', async () => {
    const units = Array.from({ length: 30 }, (_, i) => 10 + i * 2);
    for (const intervalMs of [0, 8]) {
      const burst = await page.evaluate(([u, ms]) => window.harness!.dragUnits('biased-history', u as number[], ms as number), [units, intervalMs] as const);
      expect(burst.statuses.at(-1)).toBe('done');
      // Called all at once, every earlier run is superseded; dragged, some may finish before the next move.
      const allowed = intervalMs === 0 ? ['superseded'] : ['superseded', 'done'];
      expect(burst.statuses.slice(0, -1).every((status) => allowed.includes(status))).toBe(true);
      expect(burst.staleChunks, `interval ${intervalMs} ms`).toEqual([]);
      expect(burst.finalUnits).toBe(units.at(-1));
      const preset = findPreset('biased-history')!;
      expect(burst.final).toMatchObject(nodeCheck('biased-history', { deployment: { ...preset.params.deployment, units: units.at(-1) } }));
    }
  });

  it('returns invalid params as invalid with the field, and the next run works', async () => {
    const invalid = await page.evaluate(() => window.harness!.runPreset('biased-history', { sources: { reports: { minorityRate: 2 } } }));
    expect(invalid).toMatchObject({ status: 'invalid', field: 'sources.reports.minorityRate' });
    expect((await page.evaluate(() => window.harness!.runPreset('runaway-urn'))).status).toBe('done');
  });

  it('computes an ensemble on the pool with the same bands as Node', async () => {
    const seeds = [11, 12, 13, 14, 15, 16];
    const days = 90;
    const browserEnsemble = await page.evaluate(([id, d, s]) => window.harness!.ensemble(id as string, d as number, s as number[]), [DEFAULT_PRESET_ID, days, seeds] as const);
    const params = validateParams({ ...findPreset(DEFAULT_PRESET_ID)!.overrides, days });
    const collector = new EnsembleCollector(seeds.length, days);
    seeds.forEach((seed, i) => collector.add(i, simulate(params, seed)));
    expect(browserEnsemble.status).toBe('done');
    expect(browserEnsemble.summary).toEqual(collector.summary());
    expect(browserEnsemble.series).toEqual(plainBands(collector.seriesBands()!));
    expect(browserEnsemble.progress).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('sweeps a parameter on the pool with the same medians as Node', async () => {
    const values = [20, 60];
    const seeds = [1, 2, 3];
    const sweep = await page.evaluate(([id, v, s]) => window.harness!.sweep(id as string, 60, 'deployment.units', v as number[], s as number[]), [DEFAULT_PRESET_ID, values, seeds] as const);
    const preset = findPreset(DEFAULT_PRESET_ID)!;
    const medians = values.map((units) => {
      const params = validateParams({ ...preset.overrides, days: 60, deployment: { ...preset.params.deployment, units } });
      const ratios = seeds.map((seed) => simulate(params, seed).metrics.minorityQuarter.disparityRatio).sort((a, b) => a - b);
      return ratios[1]!;
    });
    expect(sweep).toMatchObject({ status: 'done', median: medians });
  });

  it('ran module workers built by Vite, and logged no console errors in the page or its workers', () => {
    // The interactive worker and the pool's (the ensemble and sweep above used it): hashed
    // files from the build, not the .ts source.
    expect(workerUrls.length).toBeGreaterThanOrEqual(2);
    expect(workerUrls.every((url) => /\/assets\/sim\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('digests what it should (a changed value changes the hash)', () => {
    const result = simulate(findPreset('runaway-urn')!.params, 1);
    const before = historyDigest(result.history).patrols;
    result.history.patrols[0] = result.history.patrols[0]! + 1;
    expect(historyDigest(result.history).patrols).not.toBe(before);
  });
});
