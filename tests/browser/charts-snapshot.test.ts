/**
 * SVG snapshots of the five charts and the map legend for a fixed run, day and width, with
 * numbers rounded to 3 decimals, compared with the files committed under tests/output/. A
 * difference writes tests/output/<name>-changed.svg (git-ignored) next to the committed file;
 * if the change is intended, rerun with UPDATE_SNAPSHOTS=1 and commit the new files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSuitesSkipped, launchChromium, openPage } from './chromium.ts';

const baseUrl = inject('baseUrl');
const OUTPUT = 'tests/output';
const WIDTH = 560;
/** The run charts, each named by its snapshot file (tests/output/charts-<name>.svg). */
const CHARTS = {
  'share-chart': 'patrol-share-chart',
  'recorded-chart': 'recorded-vs-true-chart',
  'disparity-chart': 'disparity-chart',
  'empty-stops-chart': 'empty-stops-chart',
  'lorenz-chart': 'lorenz-chart',
} as const;

/** Drops Lit's comment markers, rounds every decimal to 3 places and puts one element per line. */
function normalize(markup: string): string {
  return markup
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/-?\d+\.\d+(e-?\d+)?/g, (number) => String(Number(Number(number).toFixed(3))))
    .replace(/>\s*</g, '>\n<')
    .trim()
    .concat('\n');
}

describe.skipIf(browserSuitesSkipped())('chart SVG snapshots', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, `${baseUrl}tests/browser/fixtures/charts.html?presets=runaway-urn&days=200&day=149`, errors);
    await page.waitForFunction(() => (window as unknown as { runawayFixture?: { ready: boolean } }).runawayFixture?.ready);
    await page.evaluate(async (width) => {
      const elements = [...document.querySelectorAll('.grid > runaway-chart')] as (HTMLElement & { updateComplete: Promise<boolean> })[];
      for (const element of elements) element.style.width = `${width}px`;
      // The width observer re-renders on the next animation frame.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await Promise.all(elements.map((element) => element.updateComplete));
    }, WIDTH);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(Object.entries(CHARTS))('%s matches its committed SVG', async (chart, name) => {
    const markup = await page.evaluate(
      (chart) => new XMLSerializer().serializeToString(document.querySelector(`runaway-chart[data-chart="${chart}"]`)!.shadowRoot!.querySelector('svg')!),
      chart,
    );
    const actual = normalize(markup);
    expect(actual).toContain(`width="${WIDTH}"`);
    const file = `${OUTPUT}/charts-${name}.svg`;
    mkdirSync(OUTPUT, { recursive: true });
    if (!existsSync(file) || process.env.UPDATE_SNAPSHOTS === '1') {
      writeFileSync(file, actual);
      return;
    }
    const expected = readFileSync(file, 'utf8');
    if (actual !== expected) writeFileSync(file.replace(/\.svg$/, '-changed.svg'), actual);
    expect(actual, `${file} differs; see the -changed.svg next to it`).toBe(expected);
  });

  it('logs no console errors', () => {
    expect(errors).toEqual([]);
  });
});
