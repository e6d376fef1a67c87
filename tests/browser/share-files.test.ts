/**
 * Sharing from the iframe page's Share menu, against the production build: the copied link
 * reopens the same run in the full app's format; a saved scenario file holds format, model
 * version, preset, seed and every parameter; opening a file shows its run, and a file with a
 * value out of range is refused with the field and the allowed range, changing nothing.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MODEL_VERSION, simulate, validateParams, type Params } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { daySnapshot } from '../../src/app/day-snapshot.ts';
import { liveSentence } from '../../src/app/live-sentence.ts';
import { decodePermalink } from '../../src/share/permalink.ts';
import { scenarioFileText } from '../../src/share/scenario-file.ts';
import { browserSuitesSkipped, launchChromium } from './chromium.ts';

const baseUrl = inject('baseUrl');
const biased = findPreset('biased-history')!;
const frisk = findPreset('stop-and-frisk')!;

function sentenceFor(run: Params, seed: number): string {
  return liveSentence(daySnapshot(simulate(run, seed), run.days - 1)!);
}

const sentence = (page: Page) => page.locator('runaway-sim .sentence').innerText();

async function waitSentence(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelector('runaway-embed-frame')?.shadowRoot?.querySelector('runaway-sim')?.shadowRoot?.querySelector('.sentence')?.textContent === expected,
    text,
    { timeout: 20_000 },
  );
}

/** Hands a file's text to the Share menu, as if the user had chosen it. */
async function openFile(page: Page, text: string): Promise<void> {
  await page.evaluate(async (content) => {
    const menu = document.querySelector('runaway-embed-frame')!.shadowRoot!.querySelector('runaway-share-menu')!;
    await menu.openScenarioFile(new Blob([content], { type: 'application/json' }));
  }, text);
}

describe.skipIf(browserSuitesSkipped())('share menu: links and scenario files', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const params = validateParams({ days: 150, deployment: { units: 25 } }, biased.params);

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${baseUrl}embed.html#v=1&preset=biased-history&seed=11&days=150&deployment.units=25&show=sentence`);
    await waitSentence(page, sentenceFor(params, 11));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('copies a link to the full app that reopens the same run', async () => {
    await page.getByText('Share', { exact: true }).click();
    await page.getByRole('button', { name: 'Copy link to this run' }).click();
    // The status appears once the clipboard write settles: poll rather than read once.
    await expect.poll(() => page.locator('runaway-share-menu .status').innerText(), { timeout: 10_000 }).toContain('The link is copied');
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.pathname.endsWith('/index.html')).toBe(true);
    const decoded = decodePermalink(link.hash);
    expect(decoded.notices).toEqual([]);
    expect(decoded.params).toEqual(params);
    expect(decoded.state.seed).toBe(11);
  });

  it('saves a scenario file with format, model version, preset, seed and every parameter', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save scenario file' }).click()]);
    expect(download.suggestedFilename()).toBe('runaway-biased-history-seed11-modified-scenario.json');
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file).toEqual({ format: 'runaway-scenario', formatVersion: 1, modelVersion: MODEL_VERSION, preset: 'biased-history', seed: 11, params });
  });

  it('opens a scenario file and shows its run', async () => {
    const run = validateParams({ days: 100, sources: { stops: { biasRatio: 1.5 } } }, frisk.params);
    await openFile(page, scenarioFileText('stop-and-frisk', run, 4));
    await waitSentence(page, sentenceFor(run, 4));
    expect(decodePermalink(new URL(page.url()).hash).params).toEqual(run);
  });

  it('refuses a file with a value out of range, naming the field and the range, and keeps the run', async () => {
    const before = await sentence(page);
    const bad = JSON.parse(scenarioFileText('biased-history', biased.params, 1));
    bad.params.sources.reports.minorityRate = 3;
    await openFile(page, JSON.stringify(bad));
    const alert = await page.locator('runaway-share-menu [role="alert"]').innerText();
    expect(alert).toContain('sources.reports.minorityRate');
    expect(alert).toContain('from 0 to 1');
    await page.waitForTimeout(300);
    await expect(sentence(page)).resolves.toBe(before);
    expect(errors).toEqual([]);
  });
});
