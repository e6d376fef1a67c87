/**
 * Exports from the download menu, against the production build (embed.html with every view):
 * each chart's SVG parses as a standalone file and holds the chart's data and colours; PNGs are
 * 2× and not blank; the CSV has days × neighborhoods data rows; the JSON reproduces the run; a
 * WebM animation starts with the WebM header where the browser can record one. File names say
 * the preset and the seed.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MODEL_VERSION, simulate, validateParams } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { browserSuitesSkipped, launchChromium, openPage } from './chromium.ts';

const baseUrl = inject('baseUrl');
const biased = findPreset('biased-history')!;
const ALL_VIEWS = 'map,share-chart,recorded-chart,disparity-chart,empty-stops-chart,lorenz-chart';
// A short run keeps the CSV small: 400 neighborhoods × 90 days.
const HASH = `v=1&preset=biased-history&seed=7&days=90&show=${ALL_VIEWS}`;
const CHART_VIEWS = ['share-chart', 'recorded-chart', 'disparity-chart', 'empty-stops-chart', 'lorenz-chart'];

/** Runs one export of the menu and returns the downloaded file's name and bytes. */
async function download(page: Page, id: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.evaluate((exportId) => {
      const menu = document.querySelector('runaway-embed-frame')!.shadowRoot!.querySelector('runaway-export-menu')!;
      return menu.export(exportId).then(() => undefined);
    }, id),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Decodes a PNG in the page: its size and the standard deviation of its grey levels (0 for a blank image). */
async function pngStats(page: Page, bytes: Buffer): Promise<{ width: number; height: number; spread: number }> {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let sum = 0;
    let sumSquares = 0;
    const count = pixels.length / 4;
    for (let i = 0; i < pixels.length; i += 4) {
      const grey = 0.299 * pixels[i]! + 0.587 * pixels[i + 1]! + 0.114 * pixels[i + 2]!;
      sum += grey;
      sumSquares += grey * grey;
    }
    const mean = sum / count;
    return { width: bitmap.width, height: bitmap.height, spread: Math.sqrt(Math.max(0, sumSquares / count - mean * mean)) };
  }, bytes.toString('base64'));
}

describe.skipIf(browserSuitesSkipped())('exports from the download menu', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const params = validateParams({ days: 90 }, biased.params);

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, `${baseUrl}embed.html#${HASH}`, errors);
    await page.waitForFunction(() => document.querySelector('runaway-embed-frame')?.shadowRoot?.querySelector('runaway-sim')?.dataset.status === 'done', null, { timeout: 20_000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists every chart as SVG and PNG, the map, and the run as CSV and JSON', async () => {
    await page.getByText('Download', { exact: true }).click();
    const labels = await page.locator('runaway-export-menu button[data-export]').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-export')));
    for (const view of CHART_VIEWS) expect(labels).toEqual(expect.arrayContaining([`${view}-svg`, `${view}-png`]));
    expect(labels).toEqual(expect.arrayContaining(['map-png', 'run-csv', 'run-json']));
    const canRecord = await page.evaluate(() => typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported('video/webm'));
    expect(labels.includes('map-webm')).toBe(canRecord);
    await page.getByText('Download', { exact: true }).click();
  });

  for (const view of CHART_VIEWS) {
    it(`${view}: the SVG parses on its own and holds the chart's data, text and colours`, async () => {
      const { name, bytes } = await download(page, `${view}-svg`);
      expect(name).toBe(`runaway-biased-history-seed7-modified-${view}.svg`);
      const text = bytes.toString('utf8');
      const live = await page.locator(`runaway-chart[data-chart="${view}"]`).evaluate((chart) => {
        const svg = chart.shadowRoot!.querySelector('svg[part="svg"]')!;
        return {
          paths: [...svg.querySelectorAll('path')].map((path) => path.getAttribute('d')),
          summary: chart.shadowRoot!.querySelector('.summary')!.textContent,
          heading: chart.shadowRoot!.querySelector('[part="title"]')!.textContent,
        };
      });
      const parsed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        const root = doc.documentElement;
        const strokes = [...doc.querySelectorAll('path')].map((path) => /stroke:\s*(rgb\([^)]*\))/.exec(path.getAttribute('style') ?? '')?.[1] ?? path.getAttribute('stroke'));
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: root.localName,
          namespace: root.namespaceURI,
          width: Number(root.getAttribute('width')),
          fontFamily: root.getAttribute('font-family'),
          desc: doc.querySelector('desc')?.textContent ?? '',
          texts: [...doc.querySelectorAll('text')].map((text) => text.textContent),
          paths: [...doc.querySelectorAll('path')].map((path) => path.getAttribute('d')),
          strokes: strokes.filter((stroke) => stroke && stroke !== 'none'),
          comments: source.includes('<!--'),
        };
      }, text);
      expect(parsed.error).toBeNull();
      expect(parsed).toMatchObject({ root: 'svg', namespace: 'http://www.w3.org/2000/svg', comments: false });
      expect(parsed.width).toBeGreaterThan(200);
      expect(parsed.fontFamily).toContain('system-ui');
      expect(parsed.desc).toBe(live.summary);
      // The chart's name is written above the drawing, since in the page it lives in the HTML.
      expect(parsed.texts[0]).toBe(live.heading);
      expect(parsed.paths).toEqual(live.paths);
      expect(parsed.paths.length).toBeGreaterThan(0);
      expect(parsed.strokes.length).toBeGreaterThan(0);
    });
  }

  it('the chart PNG is twice the SVG size and not blank', async () => {
    const svg = await download(page, 'share-chart-svg');
    const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg.bytes.toString('utf8'))![1]);
    const { name, bytes } = await download(page, 'share-chart-png');
    expect(name).toBe('runaway-biased-history-seed7-modified-share-chart-2x.png');
    const stats = await pngStats(page, bytes);
    expect(stats.width).toBe(2 * width);
    // A blank (one-colour) image has a spread of 0; a chart of lines and text on white is far above it.
    expect(stats.spread).toBeGreaterThan(10);
  });

  it('the map PNG is not blank', async () => {
    const { name, bytes } = await download(page, 'map-png');
    expect(name).toBe('runaway-biased-history-seed7-modified-map-overpolicing-2x.png');
    const stats = await pngStats(page, bytes);
    expect(stats.width).toBeGreaterThan(600);
    expect(stats.spread).toBeGreaterThan(10);
  });

  it('the CSV has one data row per day and neighborhood', async () => {
    const { name, bytes } = await download(page, 'run-csv');
    expect(name).toBe('runaway-biased-history-seed7-modified-run.csv');
    const lines = bytes.toString('utf8').trimEnd().split('\n');
    const size = params.city.columns * params.city.rows;
    expect(lines.length - 1).toBe(90 * size);
    expect(lines[0]!.split(',').slice(0, 2)).toEqual(['day', 'neighborhood']);
    expect(lines.at(-1)!.startsWith(`90,${size},`)).toBe(true);
  });

  it('the JSON holds what reproduces the run, and its metrics match the model in Node', async () => {
    const { bytes } = await download(page, 'run-json');
    const json = JSON.parse(bytes.toString('utf8'));
    expect(json).toMatchObject({ format: 'runaway-run', modelVersion: MODEL_VERSION, preset: 'biased-history', seed: 7, daysDone: 90 });
    expect(json.params).toEqual(params);
    const node = simulate(params, 7);
    expect(json.metrics.minorityQuarter.disparityRatio).toBe(node.metrics.minorityQuarter.disparityRatio);
    expect(json.metrics.totals).toEqual(node.metrics.totals);
  });

  it('records the map animation as WebM where the browser can', async () => {
    const canRecord = await page.evaluate(() => typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported('video/webm'));
    if (!canRecord) return;
    await page.evaluate(() => {
      document.querySelector('runaway-embed-frame')!.shadowRoot!.querySelector('runaway-export-menu')!.webmSeconds = 1;
    });
    const { name, bytes } = await download(page, 'map-webm');
    expect(name).toBe('runaway-biased-history-seed7-modified-map-overpolicing-animation.webm');
    // Every WebM file starts with the EBML magic number 1A 45 DF A3.
    expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    expect(bytes.length).toBeGreaterThan(1000);
    // Encoded frames sit in Clusters (ID 1F 43 B6 75). A recording stopped before the recorder had
    // started (Chromium starts a second or more after the first frame, later under load) was 110
    // bytes of headers only.
    expect(bytes.indexOf(Buffer.from([0x1f, 0x43, 0xb6, 0x75]))).toBeGreaterThan(0);
  });

  it('logs no errors', () => {
    expect(errors).toEqual([]);
  });
});
