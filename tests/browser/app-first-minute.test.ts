/**
 * The first minute of the explorable on a 1280 × 720 projector, against the production build:
 * the sentence, the playback bar, both maps and the chart of the gap over time are on the first
 * screen; pressing Play grows the chart and moves the sentence's ratio; the shortcuts printed
 * under Play work after a mouse click on any playback button; a Tab into the toolbar keeps focus
 * when the lazily loaded tools arrive; a slider answers its first arrow key; a paused day travels
 * in the link; and a viewer who prefers reduced motion gets still frames.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_PRESET_ID, findPreset } from '../../presets/index.ts';
import { STILL_FRAMES_PER_RUN } from '../../src/app/playback-controller.ts';
import { browserSuitesSkipped, launchChromium, openPage } from './chromium.ts';

const baseUrl = inject('baseUrl');
const preset = findPreset(DEFAULT_PRESET_ID)!;
const LAST_DAY = preset.params.days - 1;
const FIRST_SCREEN = ['sentence', 'playback', 'map-data', 'map-truth', 'chart-over-time'];

/** Bounding boxes of the data-region elements, looking through shadow roots. */
async function regions(page: Page): Promise<Record<string, { left: number; top: number; right: number; bottom: number } | null>> {
  return page.evaluate((names) => {
    const find = (root: Document | ShadowRoot, name: string): Element | null => {
      const direct = root.querySelector(`[data-region="${name}"]`);
      if (direct) return direct;
      for (const element of root.querySelectorAll('*')) {
        const inner = element.shadowRoot ? find(element.shadowRoot, name) : null;
        if (inner) return inner;
      }
      return null;
    };
    const out: Record<string, { left: number; top: number; right: number; bottom: number } | null> = {};
    for (const name of names) {
      const box = find(document, name)?.getBoundingClientRect();
      out[name] = box ? { left: box.left, top: box.top, right: box.right, bottom: box.bottom } : null;
    }
    return out;
  }, [...FIRST_SCREEN, 'loop', 'settings']);
}

const day = (page: Page) => page.evaluate(() => Number(document.querySelector('runaway-app')?.dataset.day));
const sentence = (page: Page) => page.locator('runaway-app .sentence').innerText();
const sinceNote = (page: Page) => page.locator('runaway-app .since').innerText();
/** The ratio the sentence states ("… 1.2 times its share."). */
const sentenceRatio = async (page: Page) => Number(/([\d.]+) times its share/.exec(await sentence(page))?.[1]);
/** Width of the main chart's played part: the clip rectangle that grows with the day. */
const playedWidth = (page: Page) =>
  page.locator('[data-region="chart-over-time"] runaway-chart[data-chart="share-chart"] clipPath rect').evaluate((rect) => Number(rect.getAttribute('width')));
/** Faint lines of the days not yet played (drawn by the grid's charts, never by the main one). */
const faintPaths = (page: Page, scope: string) => page.locator(`${scope} runaway-chart[data-chart="share-chart"] path[stroke-opacity="0.25"]`).count();

async function waitForDone(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const app = document.querySelector('runaway-app');
    return app?.dataset.status === 'done' && Number(app.dataset.day) >= 0;
  }, null, { timeout: 30_000 });
}

async function waitForDay(page: Page, want: number): Promise<void> {
  await page.waitForFunction((target) => Number(document.querySelector('runaway-app')?.dataset.day) === target, want, { timeout: 10_000 });
}

/** The focused element through shadow roots: its tag and text. */
async function focused(page: Page): Promise<{ tag: string; text: string }> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return { tag: element?.tagName ?? '', text: (element as HTMLElement | null)?.innerText?.trim() ?? '' };
  });
}

describe.skipIf(browserSuitesSkipped())('the first minute at 1280 × 720', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, baseUrl, errors, { width: 1280, height: 720 });
    await waitForDone(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the sentence, the playback bar, both maps and the chart over time without scrolling', async () => {
    const boxes = await regions(page);
    for (const name of FIRST_SCREEN) {
      const box = boxes[name];
      expect(box, name).not.toBeNull();
      expect(box!.top, `${name} top`).toBeGreaterThanOrEqual(0);
      expect(box!.left, `${name} left`).toBeGreaterThanOrEqual(0);
      expect(box!.bottom, `${name} bottom`).toBeLessThanOrEqual(720);
      expect(box!.right, `${name} right`).toBeLessThanOrEqual(1280);
      expect(box!.bottom - box!.top, `${name} height`).toBeGreaterThan(40);
    }
    // The maps are large enough to see from the back of a room.
    expect(boxes['map-data']!.right - boxes['map-data']!.left).toBeGreaterThan(250);
    // The loop diagram and the settings exist; the loop follows below, the settings start closed.
    expect(boxes.loop).not.toBeNull();
    expect(boxes.loop!.top).toBeGreaterThan(boxes['chart-over-time']!.top);
    await expect(page.getByRole('button', { name: 'Settings', exact: true }).getAttribute('aria-expanded')).resolves.toBe('false');
    // The default layers show the gap: where patrols go beside where crime really is.
    await expect(page.locator('runaway-city-map').evaluateAll((maps) => maps.map((map) => (map as HTMLElement & { layer: string }).layer))).resolves.toEqual([
      'patrols',
      'trueCrime',
    ]);
    await expect(page.evaluate(() => document.scrollingElement!.scrollWidth)).resolves.toBeLessThanOrEqual(1280);
  });

  it('in Spanish, whose texts run a line or two longer, the chart over time and both maps still end on the first screen', async () => {
    const spanish = await openPage(browser, new URL('#lang=es', baseUrl).href, errors, { width: 1280, height: 720 });
    try {
      await spanish.waitForFunction(() => document.documentElement.lang === 'es');
      await waitForDone(spanish);
      // The fit is measured a frame after the page settles in its language.
      await spanish.waitForFunction(() => (document.querySelector('runaway-app') as HTMLElement | null)?.style.getPropertyValue('--first-screen-chart-max') !== '', null, { timeout: 10_000 });
      await spanish.waitForTimeout(300);
      const boxes = await regions(spanish);
      expect(boxes['chart-over-time']!.bottom, 'chart bottom').toBeLessThanOrEqual(720);
      const canvases = await spanish.evaluate(() => {
        const app = document.querySelector('runaway-app')!.shadowRoot!;
        const maps = app.querySelector('runaway-data-vs-reality')!.shadowRoot!.querySelectorAll('runaway-city-map');
        return [...maps].map((map) => map.shadowRoot!.querySelector('canvas, svg')!.getBoundingClientRect().bottom);
      });
      expect(canvases).toHaveLength(2);
      for (const bottom of canvases) expect(bottom, 'map bottom').toBeLessThanOrEqual(720);
    } finally {
      await spanish.close();
    }
  });

  it('pressing Play grows the chart and moves the sentence\'s ratio, with a note of the change since day 1', async () => {
    expect(await day(page)).toBe(0);
    const startRatio = await sentenceRatio(page);
    const startWidth = await playedWidth(page);
    await expect(sinceNote(page)).resolves.toContain('Press Play');
    await page.locator('runaway-playback-bar button.play').click();
    await page.waitForFunction(() => Number(document.querySelector('runaway-app')?.dataset.day) >= 200, null, { timeout: 20_000 });
    // A mouse click leaves no focus on the button, so Space pauses (the printed shortcut).
    await page.keyboard.press('Space');
    await expect(page.locator('runaway-playback-bar button.play').innerText()).resolves.toContain('Play');
    const paused = await day(page);
    await page.waitForTimeout(300);
    expect(await day(page)).toBe(paused);
    expect(await playedWidth(page)).toBeGreaterThan(startWidth + 100);
    // The scenario's gap grows (tests/model/escalation.test.ts), so by day 200 the ratio is up.
    expect(await sentenceRatio(page)).toBeGreaterThan(startRatio + 0.3);
    await expect(sinceNote(page)).resolves.toMatch(new RegExp(`^From ${startRatio.toFixed(1)} times its share on day 1 to [\\d.]+ times on day ${paused + 1}\\.$`));
    // Only the played part is drawn in the main chart: no faint line of the days still to come.
    await expect(faintPaths(page, '[data-region="chart-over-time"]')).resolves.toBe(0);
    await expect(faintPaths(page, 'runaway-chart-grid')).resolves.toBeGreaterThan(0);
  });

  it('the shortcuts under Play work after a mouse click on any playback button', async () => {
    await page.locator('runaway-playback-bar button[aria-label="Next day"], runaway-playback-bar button[aria-keyshortcuts="ArrowRight"]').first().click();
    const afterClick = await day(page);
    await page.keyboard.press('ArrowRight');
    await waitForDay(page, afterClick + 1);
    await page.keyboard.press('Shift+ArrowRight');
    await waitForDay(page, afterClick + 11);
    await page.keyboard.press('ArrowLeft');
    await waitForDay(page, afterClick + 10);
    await page.keyboard.press('Home');
    await waitForDay(page, 0);
    await page.keyboard.press('End');
    await waitForDay(page, LAST_DAY);
    await page.locator('runaway-playback-bar button[aria-keyshortcuts="Home"]').click();
    await waitForDay(page, 0);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => Number(document.querySelector('runaway-app')?.dataset.day) > 5, null, { timeout: 10_000 });
    await page.keyboard.press('Space');
    await expect(page.locator('runaway-playback-bar button.play').innerText()).resolves.toContain('Play');
  });

  it('a paused day travels in the link, and the link opens on it', async () => {
    await page.locator('runaway-playback-bar #scrubber').fill('149');
    await waitForDay(page, 149);
    await page.waitForFunction(() => location.hash.includes('day=150'), null, { timeout: 5_000 });
    const link = await page.evaluate(() => location.href);
    const other = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await other.goto(link);
      await waitForDone(other);
      await waitForDay(other, 149);
      await expect(other.locator('runaway-app .sentence').innerText()).resolves.toBe(await sentence(page));
    } finally {
      await other.close();
    }
  });

  it('a Tab into the toolbar keeps focus when the tools arrive, and a slider takes its first arrow key', async () => {
    await page.reload();
    await waitForDone(page);
    await page.locator('runaway-preset-picker select').focus();
    await page.keyboard.press('Tab'); // Settings
    await page.keyboard.press('Tab'); // Share (a placeholder until the tools load)
    await page.waitForFunction(() => !!document.querySelector('runaway-app')!.shadowRoot!.querySelector('runaway-share-menu'), null, { timeout: 10_000 });
    await page.waitForTimeout(200);
    const onShare = await focused(page);
    expect(onShare.tag).not.toBe('BODY');
    expect(onShare.text).toContain('Share');

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const range = page.locator('runaway-param-control[data-path="sources.stops.minorityAreaRatio"] input[type="range"]');
    await range.focus();
    const before = Number(await range.inputValue());
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await range.inputValue())).toBeGreaterThan(before);
  });

  it('plays as still frames for a viewer who prefers reduced motion', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    try {
      await page.keyboard.press('Escape');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('Home');
      await waitForDay(page, 0);
      const seen = new Set<number>();
      await page.locator('runaway-playback-bar button.play').click();
      const started = Date.now();
      while (Date.now() - started < 3_500) {
        seen.add(await day(page));
        await page.waitForTimeout(50);
      }
      await page.keyboard.press('Space');
      const jump = Math.ceil(preset.params.days / STILL_FRAMES_PER_RUN);
      // Every day shown is a whole number of jumps from day 1: no animation in between.
      for (const shown of seen) expect(shown % jump, `day ${shown}`).toBe(0);
      expect(Math.max(...seen)).toBeGreaterThanOrEqual(jump);
    } finally {
      await page.emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('logs no console errors', () => {
    expect(errors).toEqual([]);
  });
});
