/**
 * Runaway in Spanish, in Chromium against the built app: every page opened with `lang=es` in its
 * link switches its `lang` attribute to "es", offers the language menu, and shows no common
 * English word in its visible text (text marked lang="en", such as works cited in their published
 * language, and code are not read); a story played to its end in Spanish quotes exactly the
 * numbers Node computes, written in Spanish formats (decimal comma, "41 %"); and the choice is
 * remembered, so the next page opens in Spanish without `lang` in its link.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { simulate, type RunResult } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { addMessages, setLocale } from '../../src/i18n/index.ts';
import { messagesEs } from '../../src/i18n/messages.es.ts';
import { chapterText } from '../../src/stories/story.ts';
import { readStoryPage, settle, waitForChapter } from '../stories/browser-helpers.ts';
import { browserSuitesSkipped, launchChromium, openPage } from './chromium.ts';

const baseUrl = inject('baseUrl');

const PAGES = ['index.html', 'stories.html', 'lab.html', 'teacher.html', 'about.html', 'present.html#preset=the-loop', 'embed.html#preset=the-loop'];

/** Common English words; none of them is a Spanish word (hyphenated identifiers such as the-loop are read whole). */
const ENGLISH_WORDS = ['the', 'and', 'of', 'with', 'what', 'this', 'from', 'for', 'is', 'are', 'patrols', 'crime', 'settings', 'share', 'download', 'neighborhood', 'neighborhoods', 'day', 'days', 'next', 'back', 'play', 'story', 'chapter', 'records', 'stops', 'minority', 'majority', 'language'];

/** The visible text of the page, shadow roots included, without code and text marked as English. */
function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const collect = (node: Node): void => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          const parent = child.parentElement;
          if (parent && !parent.closest('code, pre, textarea, script, style, [lang="en"]') && parent.getClientRects().length > 0) texts.push(child.textContent ?? '');
        } else if (child instanceof Element) {
          if (child.shadowRoot) collect(child.shadowRoot);
          collect(child);
        }
      }
    };
    collect(document.body);
    return texts.join(' ');
  });
}

function englishWords(text: string): string[] {
  const words = new Set(text.split(/[^A-Za-zÀ-ÿ-]+/).filter((word) => ENGLISH_WORDS.includes(word.toLowerCase())));
  return [...words];
}

async function openInSpanish(browser: Browser, path: string, errors: string[]): Promise<Page> {
  const url = new URL(path.includes('#') ? `${path}&lang=es` : `${path}#lang=es`, baseUrl).href;
  const page = await openPage(browser, url, errors);
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  return page;
}

describe.skipIf(browserSuitesSkipped())('Runaway in Spanish', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const path of PAGES) {
    it(`${path} with lang=es shows no common English word and offers the language menu`, async () => {
      const errors: string[] = [];
      const page = await openInSpanish(browser, path, errors);
      try {
        // Runs and charts draw after the switch; give them a moment, then read what is on screen.
        await page.waitForTimeout(1500);
        await settle(page);
        const text = await visibleText(page);
        expect(text.length).toBeGreaterThan(100);
        expect(englishWords(text), text.slice(0, 400)).toEqual([]);
        expect(await page.locator('runaway-language-menu select').first().inputValue()).toBe('es');
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('plays a story to its end with the Spanish live numbers Node computes', async () => {
    const preset = findPreset('the-loop')!;
    addMessages('es', messagesEs);
    setLocale('es');
    const runs = new Map<string, RunResult>();
    const expected = preset.story.map((chapter) => {
      const key = JSON.stringify(chapter.params);
      let result = runs.get(key);
      if (!result) runs.set(key, (result = simulate(chapter.params, preset.seed)));
      return chapterText(preset, chapter, result);
    });
    setLocale('en');
    const errors: string[] = [];
    const page = await openInSpanish(browser, `stories.html#story=${preset.id}`, errors);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    try {
      for (const index of preset.story.keys()) {
        await waitForChapter(page, index);
        await settle(page);
        const { text, hash } = await readStoryPage(page);
        expect(text, `chapter ${index + 1}`).toBe(expected[index]);
        // The link the page writes for the chapter keeps the language it was opened with.
        expect(hash).toBe(`#story=${preset.id}&chapter=${index + 1}&lang=es`);
        await page.keyboard.press('ArrowRight');
      }
      await waitForChapter(page, preset.story.length, 'end');
      // Spanish number formats: a percent with a space before the sign, or a decimal comma.
      expect(expected.join(' ')).toMatch(/\d\u00a0%/);
      expect(expected.join(' ')).toMatch(/\d,\d/);
      expect(englishWords(await visibleText(page))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('remembers the choice: the next page opens in Spanish without lang in its link', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    try {
      await page.goto(new URL('about.html#lang=es', baseUrl).href);
      await page.waitForFunction(() => document.documentElement.lang === 'es');
      await page.goto(new URL('teacher.html', baseUrl).href);
      await page.waitForFunction(() => document.documentElement.lang === 'es');
      await page.locator('runaway-language-menu select').first().selectOption('en');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await page.goto(new URL('about.html', baseUrl).href);
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    } finally {
      await context.close();
    }
  });

  it('follows the browser language when there is a catalogue for it', async () => {
    const context = await browser.newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    try {
      await page.goto(new URL('about.html', baseUrl).href);
      await page.waitForFunction(() => document.documentElement.lang === 'es');
    } finally {
      await context.close();
    }
  });
});
