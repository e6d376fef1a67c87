/**
 * Presenter mode (present.html) against the production build: keyboard-driven through the
 * story's chapters with each chapter's own live numbers, speaker notes in a hidden panel and in
 * a second window that follows the slides, full screen on request, the hash following the slides
 * without adding history entries, and nothing moving unless a key is pressed.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { simulate } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { chapterText, chapterTitle, storyTitle } from '../../src/stories/story.ts';
import { browserSuitesSkipped, launchChromium } from './chromium.ts';

const baseUrl = inject('baseUrl');
const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));
const preset = findPreset('biased-history')!;

const slideNumber = (page: Page) => page.locator('runaway-presenter').evaluate((presenter) => (presenter as HTMLElement & { slide: number }).slide);

/** Waits until the presenter shows chapter `index` (0-based) with its run drawn. */
async function waitChapter(page: Page, index: number): Promise<void> {
  await page.waitForFunction(
    (chapter) => {
      const sim = document.querySelector('runaway-presenter')?.shadowRoot?.querySelector('runaway-sim');
      return sim?.dataset.status === 'done' && sim.getAttribute('chapter') === String(chapter + 1) && sim.shadowRoot?.querySelector('.chapter-text') !== null;
    },
    index,
    { timeout: 20_000 },
  );
}

describe.skipIf(browserSuitesSkipped())('presenter mode (present.html)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${baseUrl}present.html#preset=biased-history`);
    await page.waitForFunction(() => document.querySelector('runaway-presenter')?.shadowRoot?.querySelector('h1') != null);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens on a title slide with the story title and the keys', async () => {
    await expect(page.locator('runaway-presenter h1').innerText()).resolves.toBe(storyTitle(preset));
    await expect(page.locator('runaway-presenter footer').innerText()).resolves.toContain(`Slide 1 of ${preset.story.length + 2}`);
    await page.screenshot({ path: join(SCREENSHOTS, 'presenter-title-1280x720.png') });
  });

  it('moves through the chapters with the keyboard, each with its own live numbers', async () => {
    const historyLength = await page.evaluate(() => history.length);
    for (const [key, index] of [['ArrowRight', 0], ['PageDown', 1], [' ', 2], ['ArrowLeft', 1], ['ArrowRight', 2]] as const) {
      await page.keyboard.press(key);
      await waitChapter(page, index);
      const chapter = preset.story[index]!;
      await expect(page.locator('runaway-presenter runaway-sim [part="chapter"] h2').innerText()).resolves.toBe(chapterTitle(preset, chapter));
      await expect(page.locator('runaway-presenter .chapter-text').innerText()).resolves.toBe(chapterText(preset, chapter, simulate(chapter.params, preset.seed)));
      expect(await slideNumber(page)).toBe(index + 1);
      expect(new URL(page.url()).hash).toBe(`#v=1&preset=biased-history&seed=${preset.seed}&chapter=${index + 1}`);
    }
    // The hash follows the slides with replaceState: no history entry per slide.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  it('keeps still unless a key is pressed: no animation, the same picture a while later', async () => {
    const first = await page.screenshot();
    await page.waitForTimeout(1500);
    const second = await page.screenshot();
    expect(second.equals(first)).toBe(true);
    const animations = await page.evaluate(() => document.getAnimations().length);
    expect(animations).toBe(0);
    expect(await slideNumber(page)).toBe(3);
  });

  it('shows the speaker notes in a hidden panel on N, with what to say and the numbers', async () => {
    await expect(page.locator('runaway-presenter .notes').count()).resolves.toBe(0);
    await page.keyboard.press('n');
    const notes = await page.locator('runaway-presenter .notes').innerText();
    const chapter = preset.story[2]!;
    expect(notes).toContain(chapterText(preset, chapter, simulate(chapter.params, preset.seed)));
    expect(notes).toContain(`Day ${chapter.day} of ${chapter.params.days}, seed ${preset.seed}.`);
    await page.screenshot({ path: join(SCREENSHOTS, 'presenter-notes-1280x720.png') });
    await page.keyboard.press('n');
    await expect(page.locator('runaway-presenter .notes').count()).resolves.toBe(0);
  });

  it('opens the notes in a second window on S, which follows the slides', async () => {
    const [notes] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect(notes.locator('h1').innerText()).resolves.toContain(`Slide 4 of ${preset.story.length + 2}`);
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await waitChapter(page, 3);
    await notes.waitForFunction((title) => document.querySelector('h1')?.textContent?.includes(title), chapterTitle(preset, preset.story[3]!));
    await page.keyboard.press('End');
    await notes.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('Discussion'));
    await expect(notes.locator('body').innerText()).resolves.toContain('When, if ever, is intelligence-led policing ethical?');
    await notes.close();
  });

  it('ends on the discussion questions, and Home returns to the title', async () => {
    await expect(page.locator('runaway-presenter h2').innerText()).resolves.toBe('Discussion');
    await expect(page.locator('runaway-presenter ol.questions li').count()).resolves.toBe(preset.discussionQuestions.length);
    await page.screenshot({ path: join(SCREENSHOTS, 'presenter-discussion-1280x720.png') });
    await page.keyboard.press('Home');
    expect(await slideNumber(page)).toBe(0);
  });

  it('goes full screen from the start button', async () => {
    await page.getByRole('button', { name: 'Start presenting (full screen)' }).click();
    await page.waitForFunction(() => document.fullscreenElement?.localName === 'runaway-presenter');
    await page.keyboard.press('ArrowRight');
    await waitChapter(page, 0);
    await page.screenshot({ path: join(SCREENSHOTS, 'presenter-chapter-map-1280x720.png') });
    await page.evaluate(() => document.exitFullscreen());
  });

  it('reopens on the same slide after a reload', async () => {
    await page.keyboard.press('ArrowRight');
    await waitChapter(page, 1);
    await page.reload();
    await waitChapter(page, 1);
    expect(await slideNumber(page)).toBe(2);
    expect(errors).toEqual([]);
  });
});
