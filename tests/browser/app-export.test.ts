/**
 * Exports from the explorable page itself (the embed page has its own, fuller export tests):
 * the Download menu finds the page's charts and maps, the run's CSV has one row per day and
 * neighborhood, and the JSON holds the params, seed, model version and metrics of the run shown.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { MODEL_VERSION, simulate } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { browserSuitesSkipped, launchChromium, openPage } from './chromium.ts';

const baseUrl = inject('baseUrl');

async function download(page: Page, id: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.evaluate((exportId) => {
      const menu = document.querySelector('runaway-app')!.shadowRoot!.querySelector('runaway-export-menu')!;
      return menu.export(exportId).then(() => undefined);
    }, id),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe.skipIf(browserSuitesSkipped())('exports from the explorable page', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const preset = findPreset('runaway-urn')!;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, `${baseUrl}index.html#v=1&preset=runaway-urn&seed=1`, errors);
    await page.waitForFunction(() => document.querySelector('runaway-app')?.dataset.status === 'done', null, { timeout: 30_000 });
    // The charts are loaded lazily; wait until the last of them has drawn.
    await page.locator('runaway-chart[data-chart="lorenz-chart"] svg').first().waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists the charts, the map and the run as CSV and JSON', async () => {
    // The tools load on demand: the first click fetches and opens the menu.
    await page.getByText('Download', { exact: true }).click();
    await page.locator('runaway-export-menu button[data-export]').first().waitFor({ timeout: 20_000 });
    const ids = await page.locator('runaway-export-menu button[data-export]').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-export')));
    expect(ids).toEqual(expect.arrayContaining(['share-chart-svg', 'share-chart-png', 'lorenz-chart-svg', 'map-png', 'run-csv', 'run-json']));
    await page.getByText('Download', { exact: true }).click();
  });

  it('the CSV has a row for every day and neighborhood, with the model numbers', async () => {
    const { name, bytes } = await download(page, 'run-csv');
    expect(name).toBe('runaway-runaway-urn-seed1-run.csv');
    const lines = bytes.toString('utf8').trim().split('\n');
    const days = preset.params.days;
    expect(lines.length - 1).toBe(days * 2);
    const header = lines[0]!.split(',');
    const trueColumn = header.indexOf('trueIncidents');
    expect(trueColumn).toBeGreaterThan(-1);
    const direct = simulate(preset.params, 1);
    const csvTotal = lines.slice(1).reduce((sum, line) => sum + Number(line.split(',')[trueColumn]), 0);
    expect(csvTotal).toBe(direct.metrics.totals.trueIncidents);
  });

  it('the JSON holds params, seed, model version and the same metrics as Node', async () => {
    const { bytes } = await download(page, 'run-json');
    const json = JSON.parse(bytes.toString('utf8'));
    expect(json.seed).toBe(1);
    expect(json.modelVersion).toBe(MODEL_VERSION);
    expect(json.params.days).toBe(preset.params.days);
    const direct = simulate(preset.params, 1);
    expect(JSON.stringify(json)).toContain(String(direct.metrics.minorityQuarter.patrolShare));
    expect(errors).toEqual([]);
  });
});
