/**
 * The heat map (the stretch goal of issue 7) against the built app: a small grid of exploration
 * against the minority reporting rate runs in the worker pool, every cell fills in, and the
 * numbers follow from the model where they can be derived by hand.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSuitesSkipped, launchChromium } from './chromium.ts';
import { openLab, setField, waitForState } from '../lab/lab-page.ts';

const baseUrl = inject('baseUrl');
const TAG = 'runaway-heatmap-view';

describe.skipIf(browserSuitesSkipped())('lab: heat map of two parameters', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openLab(browser, baseUrl, 'heatmap', errors);
    await page.locator(`${TAG} button.run`).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('fills every cell of exploration against the reporting gap, as the model predicts', async () => {
    // x: exploration 0, 0.2, 0.4; y: minority reporting rate 0.15 (a gap) and 0.45 (none); 3 replicates.
    await setField(page, TAG, 'input#x-steps', '3');
    await setField(page, TAG, 'input#x-to', '0.4');
    await setField(page, TAG, 'input#y-steps', '2');
    await setField(page, TAG, 'input#replicates', '3');
    await page.locator(`${TAG} button.run`).click();
    await waitForState(page, TAG, ['done'], 90_000);
    const csv = await page.evaluate(
      () => (document.querySelector('runaway-lab-app')!.shadowRoot!.querySelector('runaway-heatmap-view') as unknown as { csv(): string }).csv(),
    );
    const rows = csv.trim().split('\n').slice(1).map((line) => line.split(',').map(Number));
    expect(rows.map(([x, y]) => [x, y])).toEqual([
      [0, 0.15], [0.2, 0.15], [0.4, 0.15],
      [0, 0.45], [0.2, 0.45], [0.4, 0.45],
    ]);
    for (const [, , median, low, high, replicates] of rows) {
      expect(low).toBeLessThanOrEqual(median!);
      expect(median).toBeLessThanOrEqual(high!);
      expect(replicates).toBe(3);
    }
    // Reports only, hotspots chosen from reports, minority victims reporting a third as often:
    // every targeted unit goes to majority hotspots, so the most-minority quarter gets only the
    // exploring units, spread evenly: patrol share = ε × (its share of neighborhoods, 1/4), and
    // its true-crime share is about its share of residents (about 1/4), so the ratio is about ε.
    const gap = rows.filter(([, y]) => y === 0.15);
    expect(gap[0]![2]).toBe(0);
    expect(Math.abs(gap[1]![2]! - 0.2)).toBeLessThan(0.03);
    expect(Math.abs(gap[2]![2]! - 0.4)).toBeLessThan(0.06);
    // Without a gap the quarter gets close to its share whatever the exploration.
    for (const [, y, median] of rows) if (y === 0.45) expect(Math.abs(median! - 1)).toBeLessThan(0.35);

    const cells = page.locator(`${TAG} runaway-chart g.cell`);
    expect(await cells.count()).toBe(6);
    expect(await page.locator(`${TAG} runaway-chart table tbody tr`).count()).toBe(2);
    expect(await page.locator(`${TAG} runaway-chart .summary`).first().textContent()).toMatch(/^The median disparity ratio is highest, [\d.]+, at exploration \(ε\) [\d.]+ and reporting rate, minority 0\.45/);
  });

  it('refuses the same parameter on both axes', async () => {
    await page.locator(`${TAG} select#y-path`).selectOption('deployment.exploration');
    await page.locator(`${TAG} button.run`).click();
    await expect.poll(() => page.locator(`${TAG} .error`).first().textContent()).toBe('Choose two different parameters.');
  });

  it('logs no console errors', () => {
    expect(errors).toEqual([]);
  });
});
