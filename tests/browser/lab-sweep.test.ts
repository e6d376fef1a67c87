/**
 * The sweep view against the built app: values fill in one after another while the sweep runs,
 * the CSV holds the finished table, and a cancel stops it cleanly (no progress afterwards, the
 * UI says it was cancelled, and the next sweep runs).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSuitesSkipped, launchChromium } from './chromium.ts';
import { openLab, setField, waitForState } from '../lab/lab-page.ts';

const baseUrl = inject('baseUrl');
const TAG = 'runaway-sweep-view';

/** Polls the view every animation frame until the sweep ends; returns the finished-value counts seen, in order. */
function watchSweep(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const view = document.querySelector('runaway-lab-app')!.shadowRoot!.querySelector('runaway-sweep-view') as unknown as {
          state: string;
          points: { summary: unknown }[];
        };
        const seen: number[] = [];
        const look = () => {
          const finished = view.points.filter((point) => point.summary).length;
          if (seen[seen.length - 1] !== finished) seen.push(finished);
          if (view.state === 'running') requestAnimationFrame(look);
          else resolve(seen);
        };
        look();
      }),
  );
}

function progress(page: Page): Promise<{ done: number; total: number; finished: number; state: string }> {
  return page.evaluate(() => {
    const view = document.querySelector('runaway-lab-app')!.shadowRoot!.querySelector('runaway-sweep-view') as unknown as {
      state: string;
      progress: { done: number; total: number };
      points: { summary: unknown }[];
    };
    return { ...view.progress, finished: view.points.filter((point) => point.summary).length, state: view.state };
  });
}

describe.skipIf(browserSuitesSkipped())('lab: sweep', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openLab(browser, baseUrl, 'sweep', errors);
    await page.locator(`${TAG} button.run`).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('fills in value by value and exports the finished table as CSV', async () => {
    await setField(page, TAG, 'input#steps', '8');
    await setField(page, TAG, 'input#replicates', '6');
    await page.locator(`${TAG} button.run`).click();
    const seen = await watchSweep(page);
    expect((await progress(page)).state).toBe('done');
    // Progressive: at least one moment with some but not all values finished, counts only grow.
    expect(seen[seen.length - 1]).toBe(8);
    expect(seen.some((count) => count > 0 && count < 8)).toBe(true);
    for (let k = 1; k < seen.length; k++) expect(seen[k]).toBeGreaterThan(seen[k - 1]!);

    const csv = await page.evaluate(() =>
      (document.querySelector('runaway-lab-app')!.shadowRoot!.querySelector('runaway-sweep-view') as unknown as { csv(): string }).csv(),
    );
    const [header, ...rows] = csv.trim().split('\n');
    expect(header).toBe('value,median,low,high,replicates');
    expect(rows).toHaveLength(8);
    // The default sweep: past over-policing from 1 to 5.5 in 8 steps, 6 replicates each.
    expect(rows.map((row) => Number(row.split(',')[0]))).toEqual([1, 1.642857143, 2.285714286, 2.928571429, 3.571428571, 4.214285714, 4.857142857, 5.5]);
    for (const row of rows) {
      const [, median, low, high, replicates] = row.split(',').map(Number);
      expect(low).toBeLessThanOrEqual(median!);
      expect(median).toBeLessThanOrEqual(high!);
      expect(replicates).toBe(6);
    }
    // With past over-policing the hotspot loop sends the most-minority quarter far more than its share.
    expect(Number(rows[7]!.split(',')[1])).toBeGreaterThan(1.5);
    const table = page.locator(`${TAG} runaway-chart table tbody tr`);
    expect(await table.count()).toBe(8);
  });

  it('stops cleanly when cancelled: no progress afterwards, and it says so', async () => {
    await setField(page, TAG, 'input#steps', '20');
    await setField(page, TAG, 'input#replicates', '12');
    await page.locator(`${TAG} button.run`).click();
    await page.waitForFunction(
      () =>
        ((document.querySelector('runaway-lab-app')!.shadowRoot!.querySelector('runaway-sweep-view') as unknown as { progress: { done: number } }).progress
          .done ?? 0) >= 3,
      null,
      { timeout: 60_000, polling: 20 },
    );
    await page.locator(`${TAG} button.cancel`).click();
    const atCancel = await progress(page);
    expect(atCancel.state).toBe('cancelled');
    expect(atCancel.done).toBeLessThan(atCancel.total);
    await page.waitForTimeout(2000);
    const later = await progress(page);
    expect(later).toEqual(atCancel);
    const status = await page.locator(`${TAG} .progress .status`).textContent();
    expect(status).toBe(`Cancelled after ${atCancel.done} of 240 runs.`);
    await expect.poll(() => page.locator(`${TAG} button.run`).isEnabled()).toBe(true);

    // The pool is free again: a small sweep after the cancel runs to the end.
    await setField(page, TAG, 'input#steps', '2');
    await setField(page, TAG, 'input#replicates', '2');
    await page.locator(`${TAG} button.run`).click();
    await waitForState(page, TAG, ['done'], 60_000);
    expect((await progress(page)).finished).toBe(2);
  });

  it('refuses a range outside the parameter and keeps the last good value', async () => {
    await setField(page, TAG, 'input#to', '42');
    await expect.poll(() => page.locator(`${TAG} .error`).first().textContent()).toContain('can only take values 0.1 to 10 (ratio); keeping 5.5');
    const to = await page.evaluate(() => (document.querySelector('runaway-lab-app')!.shadowRoot!.querySelector('runaway-sweep-view') as unknown as { to: number }).to);
    expect(to).toBe(5.5);
  });

  it('logs no console errors', () => {
    expect(errors).toEqual([]);
  });
});
