/**
 * The person layer in Chromium (issue 13): the story "The list" plays through every chapter at a
 * projector (1280 × 720) and on a phone (390 × 844), each chapter quoting exactly the numbers
 * Node computes from the model for that chapter's settings, with no console error and nothing
 * sticking out sideways; and the explorable opened on the preset (#v=1&preset=the-list) draws
 * the People panel with the same person numbers as Node, its unit chart and its list chart (both
 * <runaway-chart>s), text no smaller than 12 px and the unit chart's blocks stacked on a phone.
 * The about page states what the layer simplifies and the teacher page has notes for the story.
 * Screenshots of every chapter and of the panel at both sizes go to tests/screenshots/stories/.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { simulate } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { t } from '../../src/i18n/index.ts';
import { expectedChapterTexts, readStoryPage, screenshotPath, settle, waitForChapter } from '../stories/browser-helpers.ts';
import { browserSuitesSkipped, launchChromium, openPage } from './chromium.ts';

const baseUrl = inject('baseUrl');
const preset = findPreset('the-list')!;
const SCREENS = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '390x844', width: 390, height: 844 },
];

/** The People panel's list of numbers for the preset's own run, as Node computes them. */
function expectedPanelNumbers(): string[] {
  const result = simulate(preset.params, preset.seed);
  const m = result.people!.metrics;
  const finite = (value: number) => (Number.isFinite(value) ? value : 0);
  return [
    t('people.listShare', { list: finite(m.minorityListShare), population: m.minorityPopulationShare }),
    t('people.contacts', { minority: finite(m.contactsPerOffense[0]), majority: finite(m.contactsPerOffense[1]) }),
    `${t('people.withoutOffense', { share: finite(m.listedWithoutOffenseShare) })} ${t('people.throughContacts', { share: finite(m.throughContactsShare) })}`,
    t('people.daysOnList', { days: Math.round(m.meanDaysOnList), count: m.everListed }),
    t('people.twins', { high: m.twins.highPatrolListed * 1000, low: m.twins.lowPatrolListed * 1000 }),
  ];
}

/** Elements (shadow DOM included) whose box reaches past the left or right edge of the viewport. */
function sideways(page: Page): Promise<{ scrollWidth: number; outside: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const outside: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && box.height > 0 && element.checkVisibility() && (box.left < -0.5 || box.right > width + 0.5)) {
          const host = (element.getRootNode() as ShadowRoot).host;
          outside.push(`${host ? `${host.localName} >> ` : ''}${element.localName} [${Math.round(box.left)}, ${Math.round(box.right)}]`);
        }
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return { scrollWidth: document.scrollingElement!.scrollWidth, outside };
  });
}

describe.skipIf(browserSuitesSkipped())('the person layer in Chromium', () => {
  let browser: Browser;
  const expected = expectedChapterTexts(preset);

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const screen of SCREENS) {
    it(`"The list" plays through at ${screen.name} with the numbers Node computes and nothing sideways`, async () => {
      const errors: string[] = [];
      const page = await openPage(browser, new URL(`stories.html#story=${preset.id}`, baseUrl).href, errors, screen);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      try {
        for (const [index, chapter] of preset.story.entries()) {
          await waitForChapter(page, index);
          await settle(page);
          const state = await readStoryPage(page);
          expect(state.text, `chapter ${index + 1}`).toBe(expected[index]);
          expect(state.hash).toBe(`#story=${preset.id}&chapter=${index + 1}`);
          const { scrollWidth, outside } = await sideways(page);
          expect(outside, `chapter ${index + 1}`).toEqual([]);
          expect(scrollWidth).toBeLessThanOrEqual(screen.width);
          await page.screenshot({ path: screenshotPath(`people-list-${screen.name}-${index + 1}-${chapter.id}.png`) });
          await page.locator('runaway-story-player button.primary').click();
        }
        await waitForChapter(page, preset.story.length, 'end');
        expect(await page.locator('runaway-story-player a.button').getAttribute('href')).toBe(`index.html#preset=${preset.id}`);
        await page.screenshot({ path: screenshotPath(`people-list-${screen.name}-end.png`), fullPage: true });
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('the about page states what the person layer simplifies, and the teacher page has notes for "The list"', async () => {
    const errors: string[] = [];
    const about = await openPage(browser, new URL('about.html', baseUrl).href, errors);
    try {
      const facts = about.locator('runaway-model-facts');
      await facts.locator('h1').waitFor();
      const heading = facts.locator('h2', { hasText: t('model.personLayer.heading') });
      expect(await heading.count()).toBe(1);
      expect(await facts.locator('li', { hasText: 'Group labels never enter the score.' }).count()).toBe(1);
      await heading.scrollIntoViewIfNeeded();
      await about.screenshot({ path: screenshotPath('people-about-1280x720.png') });
    } finally {
      await about.close();
    }
    const teacher = await openPage(browser, new URL('teacher.html', baseUrl).href, errors);
    try {
      const notes = teacher.locator('runaway-teacher-guide section[aria-labelledby="story-notes"]');
      await notes.waitFor();
      expect(await notes.locator('h3 a').getAttribute('href')).toBe(`stories.html#story=${preset.id}&chapter=1`);
      // Each tie links to its Carnegie question further up the page.
      for (const id of ['new-technology', 'guidelines-enforced']) {
        expect(await notes.locator(`a[href="#question-${id}"]`).count(), id).toBe(1);
        expect(await teacher.locator(`runaway-teacher-guide h3#question-${id}`).count(), id).toBe(1);
      }
      await notes.scrollIntoViewIfNeeded();
      await teacher.screenshot({ path: screenshotPath('people-teacher-1280x720.png') });
      expect(errors).toEqual([]);
    } finally {
      await teacher.close();
    }
  });

  for (const screen of SCREENS) {
    it(`the explorable's People panel draws the preset's person numbers at ${screen.name}`, async () => {
      const errors: string[] = [];
      const page = await openPage(browser, new URL(`index.html#v=1&preset=${preset.id}`, baseUrl).href, errors, screen);
      try {
        await page.waitForFunction(() => document.querySelector('runaway-app')?.dataset.status === 'done', null, { timeout: 60_000 });
        const panel = page.locator('runaway-people-panel');
        await panel.locator('[part="numbers"] li').first().waitFor({ timeout: 30_000 });
        expect(await panel.locator('[part="numbers"] li').allInnerTexts()).toEqual(expectedPanelNumbers());
        // Both charts are <runaway-chart>s with a heading, a summary and a data table.
        const units = panel.locator('runaway-chart[data-chart="people-units"]');
        const list = panel.locator('runaway-chart[data-chart="people-list"]');
        for (const chart of [units, list]) {
          await chart.locator('svg[part="svg"]').waitFor();
          expect(await chart.locator('[part="title"]').innerText()).not.toBe('');
          expect(await chart.locator('[part="summary"]').innerText()).toMatch(/\d/);
          expect(await chart.locator('details[part="table"] tbody tr').count()).toBeGreaterThan(0);
        }
        // The unit chart draws both samples of residents, with some ringed as listed.
        expect(await units.locator('g.block circle:not(.ring)').count()).toBe(800);
        expect(await units.locator('g.block circle.ring').count()).toBeGreaterThan(0);
        // The list's composition over time is a drawn line.
        expect(await list.locator('path[data-key="list"]').first().getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
        await panel.scrollIntoViewIfNeeded();
        await settle(page);
        // Chart text stays readable at every size: no chart SVG is shrunk below its laid-out
        // size (14 px text), and the unit chart's blocks wrap one under the other on a phone.
        const smallest = await panel.evaluate((element) => {
          const texts: Element[] = [];
          const walk = (root: ShadowRoot) => {
            texts.push(...root.querySelectorAll('svg text'));
            for (const child of root.querySelectorAll('*')) if (child.shadowRoot) walk(child.shadowRoot);
          };
          walk(element.shadowRoot!);
          return Math.min(...texts.filter((text) => text.textContent!.trim() !== '').map((text) => text.getBoundingClientRect().height));
        });
        expect(smallest).toBeGreaterThanOrEqual(12);
        const blocks = await units.locator('g.block').evaluateAll((groups) => groups.map((group) => group.getBoundingClientRect().left));
        expect(blocks).toHaveLength(2);
        if (screen.width < 600) expect(blocks[0]).toBe(blocks[1]);
        const { scrollWidth, outside } = await sideways(page);
        expect(outside).toEqual([]);
        expect(scrollWidth).toBeLessThanOrEqual(screen.width);
        await page.screenshot({ path: screenshotPath(`people-panel-${screen.name}.png`) });
        await panel.screenshot({ path: screenshotPath(`people-panel-${screen.name}-element.png`) });
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
