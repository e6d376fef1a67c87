/**
 * The explorable page in Chromium, against the production build: it loads the default preset
 * ready to play, plays, scrubs, reruns when a slider moves, refuses an out-of-range value while
 * keeping the last good run, works from the keyboard alone, greys a switched-off source, keeps
 * still under reduced motion, and survives a worker that cannot start. Every sentence the page
 * states is recomputed here in Node from the same params and seed.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { simulate, validateParams, type Params } from '../../models/index.ts';
import { DEFAULT_PRESET_ID, findPreset } from '../../presets/index.ts';
import { daySnapshot } from '../../src/app/day-snapshot.ts';
import { liveSentence } from '../../src/app/live-sentence.ts';
import { browserSuitesSkipped, launchChromium, openPage } from './chromium.ts';

const baseUrl = inject('baseUrl');
const preset = findPreset(DEFAULT_PRESET_ID)!;
const OVER_POLICING = 'sources.history.overPolicingFactor';
const REPORTING = 'sources.reports.minorityRate';

/** The sentence the page must show for `params` and the preset's seed at `day` (0-based). */
function expectedSentence(params: Params, day: number): string {
  return liveSentence(daySnapshot(simulate(params, preset.seed), day)!);
}

async function appState(page: Page): Promise<{ status: string; runId: number; day: number }> {
  return page.evaluate(() => {
    const app = document.querySelector('runaway-app')!;
    return { status: app.dataset.status ?? '', runId: Number(app.dataset.runId), day: Number(app.dataset.day) };
  });
}

/** Waits until the page shows a finished run with an id of at least `runId`. */
async function waitForRun(page: Page, runId = 1): Promise<void> {
  await page.waitForFunction(
    (least) => {
      const app = document.querySelector('runaway-app');
      return app?.dataset.status === 'done' && Number(app.dataset.runId) >= least && Number(app.dataset.day) >= 0;
    },
    runId,
    { timeout: 20_000 },
  );
}

async function waitForDay(page: Page, day: number): Promise<void> {
  await page.waitForFunction((want) => Number(document.querySelector('runaway-app')?.dataset.day) === want, day, { timeout: 10_000 });
}

const sentence = (page: Page) => page.locator('runaway-app .sentence').innerText();
// The patrol-share chart is on the page twice (large on the first screen, and in the grid): both agree.
const chartSummary = (page: Page, tag: string) => page.locator(`${tag} .summary`).first().innerText();
const control = (page: Page, path: string) => page.locator(`runaway-param-control[data-path="${path}"]`);

/** Opens the settings column (closed at first, so the first screen belongs to the maps and chart). */
async function openSettings(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Settings', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator('runaway-param-panel').waitFor();
}

/** The element that has focus, looking through shadow roots. */
async function focused(page: Page): Promise<{ tag: string; text: string; label: string; outline: string }> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const style = element ? getComputedStyle(element) : null;
    return {
      tag: element?.tagName ?? '',
      text: (element as HTMLElement | null)?.innerText?.trim() ?? '',
      label: element?.getAttribute('aria-label') ?? element?.id ?? '',
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });
}

describe.skipIf(browserSuitesSkipped())('the explorable page', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, baseUrl, errors);
    await waitForRun(page);
    await openSettings(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens on the default preset, ready to play on day 1, saying what to do', async () => {
    await expect(page.locator('runaway-preset-picker select').inputValue()).resolves.toBe(DEFAULT_PRESET_ID);
    await expect(page.locator('runaway-app .instruction').innerText()).resolves.toContain('Press Play');
    await expect(page.locator('runaway-playback-bar button.play').innerText()).resolves.toContain('Play');
    expect((await appState(page)).day).toBe(0);
    await expect(sentence(page)).resolves.toBe(expectedSentence(preset.params, 0));
    // Both sides are on screen, each with its own map.
    await expect(page.locator('runaway-data-vs-reality h2').allInnerTexts()).resolves.toEqual(['What the data says', 'What is really happening']);
    await expect(page.locator('runaway-data-vs-reality runaway-city-map').count()).resolves.toBe(2);
  });

  it('plays: the day advances on the maps, charts and sentence, and pause holds it', async () => {
    await page.locator('runaway-playback-bar button.play').click();
    await page.waitForFunction(() => Number(document.querySelector('runaway-app')?.dataset.day) >= 20, null, { timeout: 10_000 });
    await page.locator('runaway-playback-bar button.play').click();
    const { day } = await appState(page);
    await page.waitForTimeout(400);
    expect((await appState(page)).day).toBe(day);
    await expect(page.locator('runaway-playback-bar button.play').innerText()).resolves.toContain('Play');
    await expect(sentence(page)).resolves.toBe(expectedSentence(preset.params, day));
    const mapDays = await page.locator('runaway-city-map').evaluateAll((maps) => maps.map((map) => (map as HTMLElement & { day: number }).day));
    expect(mapDays).toEqual([day, day]);
    await expect(chartSummary(page, 'runaway-chart[data-chart="share-chart"]')).resolves.toContain(`By day ${day + 1} `);
  });

  it('scrubs to a chosen day', async () => {
    await page.locator('runaway-playback-bar #scrubber').fill('199');
    await waitForDay(page, 199);
    await expect(sentence(page)).resolves.toBe(expectedSentence(preset.params, 199));
    await expect(page.locator('runaway-playback-bar label[for="scrubber"]').innerText()).resolves.toContain('Day 200');
    await expect(chartSummary(page, 'runaway-chart[data-chart="share-chart"]')).resolves.toContain('By day 200 ');
  });

  it('moving a slider reruns the model: the charts and the sentence change, the change is marked, and reset undoes it', async () => {
    const last = preset.params.days - 1;
    await page.locator('body').press('End');
    await waitForDay(page, last);
    const beforeSentence = await sentence(page);
    const beforeChart = await chartSummary(page, 'runaway-chart[data-chart="disparity-chart"]');
    const { runId } = await appState(page);

    // Drop the past over-policing of minority areas from 1.2 to 1: an unbiased history.
    await control(page, OVER_POLICING).locator('input[type="range"]').fill('1');
    await waitForRun(page, runId + 1);
    const unbiased = validateParams({ sources: { history: { overPolicingFactor: 1 } } }, preset.params);
    const afterSentence = await sentence(page);
    expect(afterSentence).toBe(expectedSentence(unbiased, last));
    expect(afterSentence).not.toBe(beforeSentence);
    await expect(chartSummary(page, 'runaway-chart[data-chart="disparity-chart"]')).resolves.not.toBe(beforeChart);
    await expect(control(page, OVER_POLICING).getAttribute('changed')).resolves.not.toBeNull();
    await expect(page.locator('runaway-param-panel .count').innerText()).resolves.toBe('1 changed from the preset');

    await control(page, OVER_POLICING).getByRole('button', { name: /Reset/ }).click();
    await waitForRun(page, runId + 2);
    await expect(sentence(page)).resolves.toBe(beforeSentence);
    await expect(page.locator('runaway-param-panel .count').innerText()).resolves.toBe('All as in the preset');
  });

  it('an out-of-range typed value shows the allowed range next to the control and keeps the last good run', async () => {
    const before = await appState(page);
    const beforeSentence = await sentence(page);
    const box = control(page, REPORTING).locator('input[type="text"]');
    await box.fill('1.5');
    await box.press('Enter');
    await expect(control(page, REPORTING).locator('.error').innerText()).resolves.toMatch(/outside the allowed range from 0 to 1 .*Kept 0\.4\./);
    await expect(box.getAttribute('aria-invalid')).resolves.toBe('true');
    await page.waitForTimeout(300);
    expect((await appState(page)).runId).toBe(before.runId);
    await expect(sentence(page)).resolves.toBe(beforeSentence);
    await expect(control(page, REPORTING).locator('input[type="range"]').inputValue()).resolves.toBe('0.4');
    // Escape gives the last good value back and clears the message.
    await box.press('Escape');
    await expect(control(page, REPORTING).locator('.error').innerText()).resolves.toBe('');
    await expect(box.inputValue()).resolves.toBe('0.4');
  });

  it('works from the keyboard alone, with visible focus', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Home');
    await waitForDay(page, 0);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await waitForDay(page, 2);
    await page.keyboard.press('Shift+ArrowRight');
    await waitForDay(page, 12);
    await page.keyboard.press('ArrowLeft');
    await waitForDay(page, 11);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => Number(document.querySelector('runaway-app')?.dataset.day) > 14, null, { timeout: 10_000 });
    await page.keyboard.press('Space');
    await expect(page.locator('runaway-playback-bar button.play').innerText()).resolves.toContain('Play');

    // Tab from the top of the page to the Play button, and play and pause it with Enter.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('runaway-preset-picker select').focus();
    let reached = false;
    for (let presses = 0; presses < 12 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = (await focused(page)).text.includes('Play');
    }
    expect(reached).toBe(true);
    expect((await focused(page)).outline).toMatch(/^(solid|auto) (3|2)px$/);
    const { day } = await appState(page);
    await page.keyboard.press('Enter');
    await page.waitForFunction((from) => Number(document.querySelector('runaway-app')?.dataset.day) > from + 2, day, { timeout: 10_000 });
    await page.keyboard.press('Enter');
    await expect(page.locator('runaway-playback-bar button.play').innerText()).resolves.toContain('Play');

    // The scrubber takes the arrow keys itself.
    await page.locator('runaway-playback-bar #scrubber').focus();
    const onScrubber = (await appState(page)).day;
    await page.keyboard.press('ArrowRight');
    await waitForDay(page, onScrubber + 1);

    // A setting, typed: the run follows.
    const { runId } = await appState(page);
    await control(page, REPORTING).locator('input[type="text"]').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0.2');
    await page.keyboard.press('Enter');
    await waitForRun(page, runId + 1);
    await expect(control(page, REPORTING).locator('.value').innerText()).resolves.toContain('0.2');
    await page.keyboard.press('Tab');
    const reset = await focused(page);
    expect(reset.label).toBe('Reset Reporting rate, minority to 0.4');
    await page.keyboard.press('Enter');
    await waitForRun(page, runId + 2);
    await expect(page.locator('runaway-param-panel .count').innerText()).resolves.toBe('All as in the preset');
  });

  it('greys the loop arrow of a source that is switched off', async () => {
    // The default scenario learns from police records only: resident reports start switched off.
    const { runId } = await appState(page);
    const reportsLabel = page.locator('runaway-loop-diagram g.arrow', { hasText: /Reports:/ });
    await expect(reportsLabel.evaluate((arrow) => arrow.textContent!.trim())).resolves.toBe('Reports: off');
    await expect(reportsLabel.getAttribute('class')).resolves.toMatch(/\boff\b/);
    await control(page, 'sources.reports.enabled').locator('input[type="checkbox"]').click();
    await waitForRun(page, runId + 1);
    await expect(reportsLabel.getAttribute('class')).resolves.not.toMatch(/\boff\b/);
    await control(page, 'sources.reports.enabled').locator('input[type="checkbox"]').click();
    await waitForRun(page, runId + 2);
    await expect(reportsLabel.getAttribute('class')).resolves.toMatch(/\boff\b/);
  });

  it('animates the loop only while playing, and never under prefers-reduced-motion', async () => {
    const flowing = () => page.locator('runaway-loop-diagram svg').evaluate((svg) => svg.classList.contains('flowing'));
    await page.keyboard.press('Home');
    await expect(flowing()).resolves.toBe(false);
    await page.locator('runaway-playback-bar button.play').click();
    await expect(flowing()).resolves.toBe(true);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.waitForFunction(() => !document.querySelector('runaway-app')!.shadowRoot!.querySelector('runaway-loop-diagram')!.shadowRoot!.querySelector('svg.flowing'));
    await page.locator('runaway-playback-bar button.play').click();
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('logs no console errors', () => {
    expect(errors).toEqual([]);
  });
});

describe.skipIf(browserSuitesSkipped())('a worker that cannot start', () => {
  it('shows a banner with a retry instead of a blank page, and the retry runs', async () => {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      await context.route(/sim\.worker-[^/]*\.js$/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(baseUrl);
      const banner = page.locator('runaway-failure-banner [role="alert"]');
      await banner.waitFor({ timeout: 40_000 });
      await expect(banner.innerText()).resolves.toContain('The simulation stopped before finishing');
      // The rest of the page is there: settings, playback, the note.
      await openSettings(page);
      await expect(page.locator('runaway-param-control').count()).resolves.toBeGreaterThan(40);
      await expect(page.locator('runaway-model-note h2').innerText()).resolves.toContain('What this model is');
      await context.unroute(/sim\.worker-[^/]*\.js$/);
      await page.locator('runaway-failure-banner button').click();
      await waitForRun(page);
      await expect(banner.count()).resolves.toBe(0);
      await expect(sentence(page)).resolves.toBe(expectedSentence(preset.params, 0));
    } finally {
      await browser.close();
    }
  });
});
