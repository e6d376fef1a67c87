/**
 * The replicates view against the built app: 50 replicates on consecutive seeds in the worker
 * pool, every band contains its median on every day, the sentence counts the runs from their
 * own summary metrics, and every chart has a name, a summary and a data table.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSuitesSkipped, launchChromium } from './chromium.ts';
import { openLab, waitForState } from '../lab/lab-page.ts';

const baseUrl = inject('baseUrl');

describe.skipIf(browserSuitesSkipped())('lab: replicates', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openLab(browser, baseUrl, 'replicates', errors);
    // The tab runs its 50 default replicates when it first opens.
    await waitForState(page, 'runaway-replicates-view');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('draws every band around its median, on every day', async () => {
    const check = await page.evaluate(() => {
      type Band = { median: Float64Array; low: Float64Array; high: Float64Array };
      const view = document.querySelector('runaway-lab-app')!.shadowRoot!.querySelector('runaway-replicates-view') as unknown as {
        bands: Record<string, Band | number>;
      };
      const result: Record<string, { days: number; outside: number; spread: number }> = {};
      for (const [name, band] of Object.entries(view.bands)) {
        if (typeof band === 'number') continue;
        let outside = 0;
        let spread = 0;
        for (let t = 0; t < band.median.length; t++) {
          if (!(band.low[t]! <= band.median[t]! && band.median[t]! <= band.high[t]!)) outside++;
          spread = Math.max(spread, band.high[t]! - band.low[t]!);
        }
        result[name] = { days: band.median.length, outside, spread };
      }
      return { result, replicates: view.bands.replicates as number };
    });
    expect(check.replicates).toBe(50);
    expect(Object.keys(check.result)).toHaveLength(9);
    for (const [name, band] of Object.entries(check.result)) {
      expect(band.days, name).toBe(365);
      expect(band.outside, name).toBe(0);
    }
    // Fifty different seeds do not give one line: the patrol-share band has width.
    expect(check.result.patrolShare!.spread).toBeGreaterThan(0.01);
  });

  it('counts in its sentence the runs whose disparity ratio is above 1', async () => {
    const above = await page.evaluate(() => {
      const view = document.querySelector('runaway-lab-app')!.shadowRoot!.querySelector('runaway-replicates-view') as unknown as {
        metrics: { minorityQuarter: { disparityRatio: number } }[];
      };
      return { count: view.metrics.filter((m) => m.minorityQuarter.disparityRatio > 1).length, total: view.metrics.length };
    });
    expect(above.total).toBe(50);
    const sentence = await page.locator('runaway-replicates-view .sentence').textContent();
    const phrase = above.count === 50 ? 'In all 50 runs' : above.count === 0 ? 'In none of the 50 runs' : `In ${above.count} of 50 runs`;
    expect(sentence).toContain(`${phrase} the most-minority quarter received more than its share of true crime in patrols`);
    expect(sentence).toMatch(/median [\d.]+ times its share \(90% of runs between [\d.]+ and [\d.]+\)\.$/);
  });

  it('gives every band chart an accessible name, a summary with the band, and a data table', async () => {
    const charts = page.locator('runaway-replicates-view runaway-chart');
    await expect.poll(() => charts.count()).toBe(4);
    for (let k = 0; k < 4; k++) {
      const chart = charts.nth(k);
      const svg = chart.locator('svg[role="img"]');
      const labelledBy = await svg.getAttribute('aria-labelledby');
      const heading = await chart.locator(`[id="${labelledBy}"]`).textContent();
      expect(heading?.length).toBeGreaterThan(10);
      expect(await chart.locator('.summary').first().textContent()).toMatch(/90% of runs/);
      expect(await chart.locator('table tbody tr').count()).toBeGreaterThan(5);
      expect(await chart.locator('path.band').count()).toBeGreaterThan(0);
    }
  });

  it('logs no console errors', () => {
    expect(errors).toEqual([]);
  });
});
