/**
 * The story gallery, the teacher page and the model page in Chromium against the built app: the
 * gallery draws every preset's thumbnail from its own run (numbers checked against Node), a card
 * opens its story, the teacher page ties every discussion question to stories that exist, the
 * model page is one click from each, and axe-core finds no serious or critical violation.
 * Screenshots at 1280 × 720 go to tests/screenshots/stories/.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { simulate } from '../../models/index.ts';
import { PRESETS } from '../../presets/index.ts';
import { formatNumber } from '../../src/i18n/index.ts';
import { storyTitle } from '../../src/stories/story.ts';
import { thumbnailData } from '../../src/stories/thumbnail-data.ts';
import { DISCUSSION_QUESTIONS } from '../../src/teacher/discussion.ts';
import { readStoryPage, screenshotPath, seriousViolations, waitForChapter } from '../stories/browser-helpers.ts';
import { browserSuitesSkipped, launchChromium, openPage } from './chromium.ts';

const baseUrl = inject('baseUrl');

describe.skipIf(browserSuitesSkipped())('story gallery, teacher page and model page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the gallery draws each preset from its own run, and a card opens its story', async () => {
    const errors: string[] = [];
    const page = await openPage(browser, new URL('stories.html', baseUrl).href, errors);
    try {
      const cards = page.locator('runaway-preset-gallery .card h3 a');
      await expect.poll(() => cards.count()).toBe(PRESETS.length);
      await page.waitForFunction((count) => {
        const gallery = document.querySelector('runaway-story-page')?.shadowRoot?.querySelector('runaway-preset-gallery')?.shadowRoot;
        const canvases = [...(gallery?.querySelectorAll('runaway-preset-thumbnail') ?? [])].map((thumb) => thumb.shadowRoot?.querySelector('canvas'));
        return canvases.length === count && canvases.every((canvas) => canvas && canvas.width > 0);
      }, PRESETS.length, { timeout: 60_000 });
      await page.screenshot({ path: screenshotPath('gallery.png') });
      await page.screenshot({ path: screenshotPath('gallery-full.png'), fullPage: true });

      // Each thumbnail's description quotes its preset's own run, as Node computes it.
      const labels = await page.locator('runaway-preset-thumbnail canvas').evaluateAll((canvases) => canvases.map((canvas) => canvas.getAttribute('aria-label')));
      PRESETS.forEach((preset, index) => {
        const data = thumbnailData(simulate(preset.params, preset.seed).series);
        const last = data.patrols.length - 1;
        const percent = (value: number) => formatNumber(value, 'percent', 'en');
        expect(labels[index]).toBe(
          `Patrol share of the most-minority quarter over ${formatNumber(data.days, 'integer', 'en')} days: from ${percent(data.patrols[0]!)} to ${percent(data.patrols[last]!)}, against ${percent(data.truth[last]!)} of true crime.`,
        );
      });
      expect(await seriousViolations(page), 'axe on the gallery').toEqual([]);

      await page.getByRole('link', { name: storyTitle(PRESETS[1]!) }).click();
      await waitForChapter(page, 0);
      const state = await readStoryPage(page);
      expect(state.hash).toBe(`#story=${PRESETS[1]!.id}&chapter=1`);
      expect(await page.locator('runaway-story-player .eyebrow').textContent()).toBe(storyTitle(PRESETS[1]!));
      expect(await seriousViolations(page), 'axe on a story chapter').toEqual([]);

      // The end screen, too, passes axe.
      await page.goto(new URL(`stories.html#story=${PRESETS[1]!.id}&chapter=${PRESETS[1]!.story.length + 1}`, baseUrl).href);
      await waitForChapter(page, PRESETS[1]!.story.length, 'end');
      expect(await seriousViolations(page), 'axe on the end screen').toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('an unknown story falls back to the gallery with a notice', async () => {
    const errors: string[] = [];
    const page = await openPage(browser, new URL('stories.html#story=nowhere', baseUrl).href, errors);
    try {
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('There is no story called "nowhere"');
      expect(await page.locator('runaway-preset-gallery .card h3 a').count()).toBe(PRESETS.length);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the teacher page gives the lesson, ties each question to existing stories, and passes axe', async () => {
    const errors: string[] = [];
    const page = await openPage(browser, new URL('teacher.html', baseUrl).href, errors);
    try {
      await page.locator('runaway-teacher-guide h1').waitFor();
      expect(await page.locator('runaway-teacher-guide ol.plan > li').count()).toBe(7);
      const questions = page.locator('runaway-teacher-guide .question');
      expect(await questions.count()).toBe(DISCUSSION_QUESTIONS.length);
      for (let index = 0; index < DISCUSSION_QUESTIONS.length; index++) {
        expect(await questions.nth(index).locator('.links a').count(), DISCUSSION_QUESTIONS[index]!.id).toBeGreaterThan(0);
        expect(await questions.nth(index).locator('.notes li').count()).toBeGreaterThan(0);
      }
      expect(await page.locator('runaway-teacher-guide .tag').count()).toBe(6);
      // Every story link names a story that exists.
      const hrefs = await page.locator('runaway-teacher-guide a[href^="stories.html#"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      const ids = new Set(PRESETS.map((preset) => preset.id));
      for (const href of hrefs) expect(ids.has(new URLSearchParams(href.split('#')[1]).get('story')!), href).toBe(true);
      await page.screenshot({ path: screenshotPath('teacher.png') });
      await page.screenshot({ path: screenshotPath('teacher-full.png'), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);

      // The model page is one click away.
      await page.getByRole('link', { name: 'What this model is', exact: true }).click();
      // On its own page the panel's title is the page's h1.
      await page.locator('runaway-model-facts h1').waitFor();
      expect(await page.locator('runaway-model-facts h1').textContent()).toBe('What this model is, and is not');
      expect(await page.locator('runaway-model-facts dt').count()).toBe(7);
      await page.screenshot({ path: screenshotPath('about.png') });
      await page.screenshot({ path: screenshotPath('about-full.png'), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
