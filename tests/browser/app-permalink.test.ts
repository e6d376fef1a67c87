/**
 * Permalinks on the explorable page: a change made on the page is written into the URL hash, and
 * opening that link in a fresh page reproduces the same run (same numbers as Node for those
 * params and seed); a malformed, tampered or too-new link still opens, with a notice naming what
 * was ignored and why, and the rest of the link applied.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { simulate, validateParams, type Params } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { daySnapshot } from '../../src/app/day-snapshot.ts';
import { liveSentence } from '../../src/app/live-sentence.ts';
import { browserSuitesSkipped, launchChromium, openPage } from './chromium.ts';

const baseUrl = inject('baseUrl');

function expectedSentence(params: Params, seed: number, day: number): string {
  return liveSentence(daySnapshot(simulate(params, seed), day)!);
}

async function waitForRun(page: Page, runId = 1): Promise<void> {
  await page.waitForFunction(
    (least) => {
      const app = document.querySelector('runaway-app');
      return app?.dataset.status === 'done' && Number(app.dataset.runId) >= least && Number(app.dataset.day) >= 0;
    },
    runId,
    { timeout: 60_000 },
  );
}

const sentence = (page: Page) => page.locator('runaway-app .sentence').innerText();
const control = (page: Page, path: string) => page.locator(`runaway-param-control[data-path="${path}"]`);

/** Opens the settings column (it starts closed). */
async function openSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.locator('runaway-param-panel').waitFor();
}

describe.skipIf(browserSuitesSkipped())('permalinks on the explorable page', () => {
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('writes changes into the link, and the link reproduces the same run in a fresh page', async () => {
    const page = await openPage(browser, `${baseUrl}index.html#v=1&preset=stop-and-frisk`, errors);
    await waitForRun(page);
    const preset = findPreset('stop-and-frisk')!;
    const runId = Number(await page.evaluate(() => document.querySelector('runaway-app')!.dataset.runId));
    await openSettings(page);
    await control(page, 'sources.stops.biasRatio').locator('input[type="range"]').fill('1');
    await waitForRun(page, runId + 1);
    await page.waitForFunction(() => location.hash.includes('sources.stops.biasRatio=1'), null, { timeout: 10_000 });
    const link = page.url();
    expect(link).toMatch(/#v=1&preset=stop-and-frisk&seed=3&sources\.stops\.biasRatio=1$/);
    const last = preset.params.days - 1;
    await page.locator('runaway-playback-bar #scrubber').fill(String(last));
    await page.waitForFunction((want) => Number(document.querySelector('runaway-app')?.dataset.day) === want, last, { timeout: 60_000 });
    const shown = await sentence(page);
    await page.close();

    const fresh = await openPage(browser, link, errors);
    await waitForRun(fresh);
    await fresh.locator('runaway-playback-bar #scrubber').fill(String(last));
    await fresh.waitForFunction((want) => Number(document.querySelector('runaway-app')?.dataset.day) === want, last, { timeout: 60_000 });
    const unbiasedStops = validateParams({ sources: { stops: { biasRatio: 1 } } }, preset.params);
    await expect(sentence(fresh)).resolves.toBe(shown);
    expect(shown).toBe(expectedSentence(unbiasedStops, preset.seed, last));
    await openSettings(fresh);
    await expect(control(fresh, 'sources.stops.biasRatio').getAttribute('changed')).resolves.not.toBeNull();
    await fresh.close();
  });

  it('opens a malformed, tampered or too-new link with a notice, and applies the rest', async () => {
    const page = await openPage(browser, `${baseUrl}index.html#v=99&preset=biased-history&seed=12&deployment.units=999999&city.colour=red&deployment.hotspots=10`, errors);
    await waitForRun(page);
    const notice = (await page.locator('runaway-share-notice li').allInnerTexts()).join('\n');
    expect(notice).toMatch(/deployment\.units/);
    expect(notice).toMatch(/city\.colour/);
    expect(notice).toMatch(/newer|version/i);
    // The valid parts hold: seed 12 and ten hotspots over the preset.
    const preset = findPreset('biased-history')!;
    const expected = validateParams({ deployment: { hotspots: 10 } }, preset.params);
    await expect(sentence(page)).resolves.toBe(expectedSentence(expected, 12, 0));
    await page.locator('runaway-share-notice').getByRole('button').first().click();
    await expect(page.locator('runaway-share-notice').count()).resolves.toBe(0);
    await page.close();
    expect(errors).toEqual([]);
  });
});
