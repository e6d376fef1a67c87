/**
 * Every story plays through all its chapters in Chromium against the built app: each chapter's
 * run happens in the worker, its sentences carry exactly the numbers Node computes from the
 * model for that preset and day, the stage shows and highlights the chapter's region, the URL
 * names the chapter, and the end offers the sandbox. Steps alternate between the → key and the
 * Next button. With RUNAWAY_SCREENSHOTS=1 a screenshot of every chapter at 1280 × 720 goes to
 * tests/screenshots/stories/.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PRESETS } from '../../presets/index.ts';
import { viewOfRegion } from '../../src/stories/story-stage.ts';
import { expectedChapterTexts, readStoryPage, screenshotPath, settle, waitForChapter } from '../stories/browser-helpers.ts';
import { browserSuitesSkipped, launchChromium, openPage } from './chromium.ts';

const baseUrl = inject('baseUrl');

describe.skipIf(browserSuitesSkipped())('guided stories in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const preset of PRESETS) {
    it(`${preset.id}: every chapter runs, pauses on its day, highlights its region and quotes the model's numbers`, async () => {
      const expected = expectedChapterTexts(preset);
      const errors: string[] = [];
      const page = await openPage(browser, new URL(`stories.html#story=${preset.id}`, baseUrl).href, errors);
      // The first story plays animated; the rest jump to each chapter's day, as under reduced motion.
      if (preset !== PRESETS[0]) await page.emulateMedia({ reducedMotion: 'reduce' });
      try {
        for (const [index, chapter] of preset.story.entries()) {
          await waitForChapter(page, index);
          // The highlight follows the player's "ready" within the same frame's updates.
          await settle(page);
          const state = await readStoryPage(page);
          expect(state.text, `${preset.id} chapter ${index + 1}`).toBe(expected[index]);
          expect(state.view).toBe(viewOfRegion(chapter.region));
          expect(state.highlighted).toBe(true);
          expect(state.hash).toBe(`#story=${preset.id}&chapter=${index + 1}`);
          await page.screenshot({ path: screenshotPath(`${preset.id}-${index + 1}-${chapter.id}.png`) });
          if (index % 2 === 0) await page.keyboard.press('ArrowRight');
          else await page.locator('runaway-story-player button.primary').click();
        }
        await waitForChapter(page, preset.story.length, 'end');
        const sandbox = page.locator('runaway-story-player a.button');
        expect(await sandbox.getAttribute('href')).toBe(`index.html#preset=${preset.id}`);
        expect(await page.locator('runaway-story-player li').count()).toBeGreaterThanOrEqual(
          preset.thingsToNotice.length + preset.thingsToTry.length + preset.discussionQuestions.length,
        );
        await page.screenshot({ path: screenshotPath(`${preset.id}-end.png`) });

        // ← from the end returns to the last chapter, with the same numbers.
        await page.keyboard.press('ArrowLeft');
        await waitForChapter(page, preset.story.length - 1);
        expect((await readStoryPage(page)).text).toBe(expected[preset.story.length - 1]);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('opens a chapter from its link and goes back to earlier chapters', async () => {
    const preset = PRESETS.find((candidate) => candidate.id === 'biased-history')!;
    const expected = expectedChapterTexts(preset);
    const errors: string[] = [];
    const page = await openPage(browser, new URL(`stories.html#story=${preset.id}&chapter=4`, baseUrl).href, errors);
    try {
      await waitForChapter(page, 3);
      expect((await readStoryPage(page)).text).toBe(expected[3]);
      await page.locator('runaway-story-player button', { hasText: 'Back' }).click();
      await waitForChapter(page, 2);
      expect((await readStoryPage(page)).text).toBe(expected[2]);
      // The chapter buttons jump anywhere.
      await page.getByRole('button', { name: /Go to chapter 1:/ }).click();
      await waitForChapter(page, 0);
      expect((await readStoryPage(page)).text).toBe(expected[0]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
