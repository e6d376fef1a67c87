/**
 * The iframe mode (embed.html) against the production build: it draws the run its hash names,
 * with the model's numbers and without the app's chrome, also inside an iframe of another page;
 * it links to the full version with the same state; and its Embed dialog writes snippets that
 * reproduce what is shown.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { simulate, validateParams, type Params } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { daySnapshot } from '../../src/app/day-snapshot.ts';
import { liveSentence } from '../../src/app/live-sentence.ts';
import { resolveSimSettings } from '../../src/embed/sim-settings.ts';
import { decodePermalink } from '../../src/share/permalink.ts';
import { browserSuitesSkipped, launchChromium, openPage } from './chromium.ts';

const baseUrl = inject('baseUrl');
const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));
const biased = findPreset('biased-history')!;
const HASH = 'v=1&preset=biased-history&seed=7&deployment.units=20&day=120&show=map,share-chart,sentence';
const params: Params = validateParams({ deployment: { units: 20 } }, biased.params);

function sentenceFor(run: Params, seed: number, day: number): string {
  return liveSentence(daySnapshot(simulate(run, seed), day)!);
}

async function waitEmbed(target: Page | Frame): Promise<void> {
  await target.waitForFunction(() => document.querySelector('runaway-embed-frame')?.shadowRoot?.querySelector('runaway-sim')?.dataset.status === 'done', null, {
    timeout: 20_000,
  });
}

describe.skipIf(browserSuitesSkipped())('iframe mode (embed.html)', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, `${baseUrl}embed.html#${HASH}`, errors);
    await waitEmbed(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws the linked run with the model\'s numbers and none of the app\'s chrome', async () => {
    await expect(page.locator('runaway-sim .sentence').innerText()).resolves.toBe(sentenceFor(params, 7, 119));
    await expect(page.locator('runaway-chart[data-chart="share-chart"] .summary').innerText()).resolves.toContain('By day 120 ');
    for (const chrome of ['runaway-app', 'runaway-param-panel', 'runaway-playback-bar', 'runaway-preset-picker', 'runaway-loop-diagram']) {
      await expect(page.locator(chrome).count(), chrome).resolves.toBe(0);
    }
  });

  it('links to the full version with the same state', async () => {
    const link = page.getByRole('link', { name: 'Open the full version of Runaway' });
    const href = new URL((await link.getAttribute('href'))!, page.url());
    expect(href.pathname.endsWith('/index.html')).toBe(true);
    const decoded = decodePermalink(href.hash);
    expect(decoded.notices).toEqual([]);
    expect(decoded.params).toEqual(params);
    expect(decoded.state.seed).toBe(7);
  });

  it('reopens the same run from the same link after a reload (same numbers)', async () => {
    const before = await page.locator('runaway-sim .sentence').innerText();
    const chart = await page.locator('runaway-chart[data-chart="share-chart"] .summary').innerText();
    await page.reload();
    await waitEmbed(page);
    await expect(page.locator('runaway-sim .sentence').innerText()).resolves.toBe(before);
    await expect(page.locator('runaway-chart[data-chart="share-chart"] .summary').innerText()).resolves.toBe(chart);
  });

  it('opens a malformed, tampered and too-new link with a notice naming what was ignored, and runs the rest', async () => {
    await page.goto(`${baseUrl}embed.html#v=99&preset=biased-history&seed=7&deployment.units=-3&bogus.knob=1&days=200&show=sentence`);
    await waitEmbed(page);
    const notice = await page.locator('runaway-embed-frame .notice').innerText();
    expect(notice).toContain('newer version');
    expect(notice).toContain('deployment.units=-3');
    // The refusal is worded from the catalogue, with numbers in the page's number format.
    expect(notice).toContain('from 1 to 100,000');
    expect(notice).toContain('bogus.knob');
    const run = validateParams({ days: 200 }, biased.params);
    await expect(page.locator('runaway-sim .sentence').innerText()).resolves.toBe(sentenceFor(run, 7, 199));
  });

  it('follows a hash changed by hand', async () => {
    await page.evaluate(() => {
      location.hash = 'v=1&preset=stop-and-frisk&seed=2&show=sentence&day=50';
    });
    const frisk = findPreset('stop-and-frisk')!;
    const expected = sentenceFor(frisk.params, 2, 49);
    await page.waitForFunction((text) => document.querySelector('runaway-embed-frame')?.shadowRoot?.querySelector('runaway-sim')?.shadowRoot?.querySelector('.sentence')?.textContent === text, expected, {
      timeout: 20_000,
    });
  });

  it('renders inside an iframe of another page', async () => {
    const host = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await host.setContent(`<h1>Host article</h1><iframe src="${baseUrl}embed.html#${HASH}" title="Runaway" width="1200" height="640" style="border:0"></iframe>`);
    const frame = host.frames().find((candidate) => candidate.url().includes('embed.html'))!;
    await waitEmbed(frame);
    await expect(frame.locator('runaway-sim .sentence').innerText()).resolves.toBe(sentenceFor(params, 7, 119));
    await host.close();
  });

  it('offers both snippets in the Embed dialog, for the views chosen', async () => {
    await page.goto(`${baseUrl}embed.html#${HASH}`);
    await waitEmbed(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.locator('runaway-embed-dialog dialog');
    await expect(dialog.isVisible()).resolves.toBe(true);
    const iframeCode = await page.locator('runaway-embed-dialog #iframe-code').inputValue();
    const src = iframeCode.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
    const decoded = decodePermalink(new URL(src).hash);
    expect(decoded.params).toEqual(params);
    expect(decoded.state).toMatchObject({ seed: 7, view: { day: 120, show: ['map', 'share-chart', 'sentence'] } });

    // Drop the map: both snippets follow.
    await page.locator('runaway-embed-dialog label', { hasText: 'City map' }).locator('input').uncheck();
    const elementCode = await page.locator('runaway-embed-dialog #element-code').inputValue();
    const attributes = Object.fromEntries([...elementCode.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1], match[2]!.replace(/&amp;/g, '&')]));
    expect(attributes.show).toBe('share-chart,sentence');
    const settings = resolveSimSettings({ preset: attributes.preset, seed: attributes.seed, params: attributes.params, show: attributes.show, day: attributes.day });
    expect(settings.params).toEqual(params);
    expect(settings).toMatchObject({ seed: 7, day: 119, notices: [] });
    expect(await page.locator('runaway-embed-dialog #iframe-code').inputValue()).toContain('show=share-chart,sentence');

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'embed-dialog-1280x720.png') });
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
  });

  it('takes a screenshot at 1280 × 720 and logs no errors', async () => {
    await page.goto(`${baseUrl}embed.html#v=1&preset=biased-history&seed=7&show=map,share-chart`);
    await waitEmbed(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'embed-iframe-1280x720.png') });
    expect(errors).toEqual([]);
  });
});
