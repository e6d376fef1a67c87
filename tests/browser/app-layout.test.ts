/**
 * The explorable page at the three screens it is made for: a projector (1280 × 720), a desktop
 * (1920 × 1080) and a phone (390 × 844). At each, nothing overflows sideways, the playback and
 * the live sentence are on the first screen, axe-core finds no serious or critical violation
 * (after a run has played to its end), and a screenshot goes to tests/screenshots/ for a person
 * to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSuitesSkipped, launchChromium, openPage } from './chromium.ts';

const baseUrl = inject('baseUrl');
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = new URL('../screenshots/', import.meta.url);

const SCREENS = [
  { name: 'projector', width: 1280, height: 720 },
  { name: 'desktop', width: 1920, height: 1080 },
  { name: 'phone', width: 390, height: 844 },
] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function waitForRun(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const app = document.querySelector('runaway-app');
      return app?.dataset.status === 'done' && Number(app.dataset.day) >= 0;
    },
    null,
    { timeout: 20_000 },
  );
}

/** Bounding box of an element inside the app, in CSS pixels of the viewport. */
function box(page: Page, selector: string) {
  return page.locator(selector).first().boundingBox();
}

describe.skipIf(browserSuitesSkipped())('the explorable page at projector, desktop and phone sizes', () => {
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(SCREENS)('$name ($width × $height): fits the width, shows playback and the sentence first, passes axe', async (screen) => {
    const page = await openPage(browser, baseUrl, errors, { width: screen.width, height: screen.height });
    try {
      await waitForRun(page);
      // Play to the end of the run, so the screenshot and the checks see a run with history.
      await page.keyboard.press('End');
      await page.waitForFunction(() => Number(document.querySelector('runaway-app')?.dataset.day) > 300);
      await page.waitForTimeout(300);

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      const play = await box(page, 'runaway-playback-bar button.play');
      const sentence = await box(page, 'runaway-app .sentence');
      expect(play!.y + play!.height).toBeLessThanOrEqual(screen.height);
      expect(sentence!.y + sentence!.height).toBeLessThanOrEqual(screen.height);
      // Large enough to read from the back of a room: the sentence is at least 18 px at every size.
      const sentencePx = await page.locator('runaway-app .sentence').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(sentencePx).toBeGreaterThanOrEqual(18);

      // "What the data says" and "what is really happening" sit side by side at every size.
      const data = await box(page, 'runaway-data-vs-reality section.data');
      const real = await box(page, 'runaway-data-vs-reality section.real');
      expect(real!.x).toBeGreaterThan(data!.x + data!.width - 1);
      expect(Math.abs(real!.y - data!.y)).toBeLessThan(2);

      await page.screenshot({ path: new URL(`app-${screen.width}x${screen.height}.png`, SCREENSHOTS).pathname });
      await page.screenshot({ path: new URL(`app-${screen.width}x${screen.height}-full.png`, SCREENSHOTS).pathname, fullPage: true });

      // Evaluated through the DevTools protocol: the built page's Content-Security-Policy forbids inline scripts.
      await page.evaluate(AXE_SOURCE);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target) }));
      });
      const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(serious, JSON.stringify(serious, null, 1)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('logs no console errors at any size', () => {
    expect(errors).toEqual([]);
  });
});
