/**
 * The city map keeps its geometry, pixel index and buffers when the next run has the same grid
 * (every slider change brings a new copy of the city). What it draws for that run must not depend
 * on what it drew before: its pixels and the outline of the most-minority quarter equal those of
 * a fresh map given the same run.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSuitesSkipped, launchChromium, openPage } from './chromium.ts';

const baseUrl = inject('baseUrl');

describe.skipIf(browserSuitesSkipped())('the city map on the next run of the same grid', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, `${baseUrl}tests/browser/fixtures/charts.html?presets=biased-history`, errors);
    await page.waitForFunction(() => (window as unknown as { runawayFixture?: { ready: boolean } }).runawayFixture?.ready);
    // Let the width observers settle (they re-render on the next animation frame).
    await page.waitForTimeout(300);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws it exactly as a fresh map does, with the new quarter outlined', async () => {
    const drawn = await page.evaluate(async () => {
      type Map = HTMLElement & { result: { city: { minorityQuarter: Uint8Array }; history: { recordedIncidents: Int32Array; trueIncidents: Int32Array } }; layer: string; day: number; updateComplete: Promise<boolean> };
      const reused = document.querySelector('#biased-history runaway-city-map') as Map;
      const read = async (map: Map) => {
        await map.updateComplete;
        const canvas = map.shadowRoot!.querySelector('canvas')!;
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let hash = 0;
        for (let k = 0; k < pixels.length; k++) hash = (hash * 31 + pixels[k]!) | 0;
        return { width: canvas.width, height: canvas.height, hash, outline: map.shadowRoot!.querySelector('path.quarter')?.getAttribute('d') ?? '' };
      };
      reused.layer = 'recorded';
      const before = await read(reused);
      // The next run: a copy of the city and history (as a worker's answer is), another quarter
      // (the complement) and other recorded incidents (true incidents moved one neighborhood on).
      const next = structuredClone(reused.result);
      next.city.minorityQuarter = next.city.minorityQuarter.map((member) => 1 - member);
      const { recordedIncidents, trueIncidents } = next.history;
      for (let k = 0; k < recordedIncidents.length; k++) recordedIncidents[k] = trueIncidents[(k + 1) % trueIncidents.length]!;
      reused.result = next;
      const after = await read(reused);
      const fresh = document.createElement('runaway-city-map') as Map;
      fresh.setAttribute('show-quarter', '');
      fresh.layer = 'recorded';
      fresh.day = reused.day;
      fresh.result = next;
      reused.after(fresh);
      // Its width observer reports the panel's width on a later frame, and the map redraws at it.
      for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
      const expected = await read(fresh);
      fresh.remove();
      return { before, after, expected };
    });
    expect(drawn.after).toEqual(drawn.expected);
    // The check can fail: the next run looks different from the one before.
    expect(drawn.after.hash).not.toBe(drawn.before.hash);
    expect(drawn.after.outline).not.toBe(drawn.before.outline);
    expect(drawn.after.outline).toMatch(/^M/);
    expect(errors).toEqual([]);
  });
});
