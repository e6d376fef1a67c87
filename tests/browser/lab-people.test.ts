/**
 * The lab with the person layer on (issue 13): the compare view shows the person metrics of A and
 * B with B − A, and the replicates view their median and band, each equal to what Node computes,
 * without console errors and without overflowing a 1280 × 720 screen. Screenshots go to
 * tests/screenshots/stories/.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { simulate, simulateSummary, validateParams } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { formatMetric } from '../../src/lab/sweep-specs.ts';
import { screenshotPath, settle } from '../stories/browser-helpers.ts';
import { openLab, waitForState } from '../lab/lab-page.ts';
import { browserSuitesSkipped, launchChromium } from './chromium.ts';

const baseUrl = inject('baseUrl');
const preset = findPreset('the-list')!;
const paramsA = validateParams({ ...preset.overrides, days: 200 });
const paramsB = validateParams({ ...preset.overrides, days: 200, people: { ...preset.params.people, attention: 1 } });

/** The rows of the view's person table: the metric's name and its cells. */
function tableRows(tag: string) {
  return (page: import('playwright-core').Page) =>
    page.locator(`${tag} .people-metrics tbody tr`).evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent!.trim())));
}

describe.skipIf(browserSuitesSkipped())('lab: the person layer', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('compare: person metrics of A, B and B − A, as Node computes them', { timeout: 150_000 }, async () => {
    const errors: string[] = [];
    const page = await openLab(browser, baseUrl, 'compare', errors);
    try {
      await page.locator('runaway-compare-view').waitFor();
      await page.evaluate(
        ([a, b, seed]) => {
          const view = document.querySelector('runaway-lab-app')!.shadowRoot!.querySelector('runaway-compare-view') as unknown as Record<string, unknown>;
          Object.assign(view, { twin: '', paramsA: a, paramsB: b, seed });
        },
        [paramsA, paramsB, preset.seed] as const,
      );
      // The pair for these settings has finished: both runs follow people, and B gives listed people no extra attention.
      await page.waitForFunction(
        () => {
          const view = document.querySelector('runaway-lab-app')?.shadowRoot?.querySelector('runaway-compare-view') as unknown as {
            resultA?: { params: { people: { enabled: boolean } } };
            resultB?: { params: { people: { attention: number } } };
            shadowRoot: ShadowRoot;
          } | null;
          const status = view?.shadowRoot.querySelector('.status')?.textContent ?? '';
          return !!view?.resultA?.params.people.enabled && view.resultB?.params.people.attention === 1 && !status.includes('Running');
        },
        null,
        { timeout: 90_000, polling: 100 },
      );
      const a = simulate(paramsA, preset.seed).people!.metrics;
      const b = simulate(paramsB, preset.seed).people!.metrics;
      const rows = await tableRows('runaway-compare-view')(page);
      const share = rows.find((row) => row[0] === 'Minority share of the list')!;
      expect(share.slice(1, 3)).toEqual([formatMetric('people.minorityListShare', a.minorityListShare), formatMetric('people.minorityListShare', b.minorityListShare)]);
      const days = rows.find((row) => row[0] === 'Days on the list')!;
      expect(days.slice(1, 3)).toEqual([formatMetric('people.meanDaysOnList', a.meanDaysOnList), formatMetric('people.meanDaysOnList', b.meanDaysOnList)]);
      await page.locator('runaway-compare-view .people-metrics').scrollIntoViewIfNeeded();
      await settle(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath('people-lab-compare-1280x720.png') });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('replicates: the median of the person metrics over the runs, as Node computes it', { timeout: 150_000 }, async () => {
    const errors: string[] = [];
    const page = await openLab(browser, baseUrl, 'replicates', errors);
    try {
      // The view's own first batch is superseded by this one.
      await page.locator('runaway-replicates-view').waitFor();
      const seeds = [preset.seed, preset.seed + 1, preset.seed + 2];
      await page.evaluate(
        async ([params, first]) => {
          const view = document.querySelector('runaway-lab-app')!.shadowRoot!.querySelector('runaway-replicates-view') as unknown as Record<string, unknown> & { run(): Promise<void> };
          Object.assign(view, { params, firstSeed: first, replicates: 3 });
          await view.run();
        },
        [paramsA, seeds[0]!] as const,
      );
      await waitForState(page, 'runaway-replicates-view');
      await page.locator('runaway-replicates-view .people-metrics').waitFor({ timeout: 30_000 });
      const middle = (values: number[]) => [...values].sort((x, y) => x - y)[1]!;
      const runs = seeds.map((seed) => simulateSummary(paramsA, seed).people!.metrics);
      const rows = await tableRows('runaway-replicates-view')(page);
      const share = rows.find((row) => row[0] === 'Minority share of the list')!;
      expect(share[1]).toBe(formatMetric('people.minorityListShare', middle(runs.map((m) => m.minorityListShare))));
      await page.locator('runaway-replicates-view .people-metrics').scrollIntoViewIfNeeded();
      await settle(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath('people-lab-replicates-1280x720.png') });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
