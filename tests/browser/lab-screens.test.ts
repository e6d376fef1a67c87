/**
 * The lab page at a projector (1280 × 720) and a phone (390 × 844): every tab fits the width,
 * axe-core finds no serious or critical violation once results are on screen, and a screenshot of
 * each tab goes to tests/screenshots/ for a person to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSuitesSkipped, launchChromium } from './chromium.ts';
import { openLab, setField, waitForState } from '../lab/lab-page.ts';

const baseUrl = inject('baseUrl');
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = new URL('../screenshots/', import.meta.url);

const SCREENS = [
  { name: 'projector', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function seriousViolations(page: Page) {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Opens a tab by clicking it, as a person would. */
async function openTab(page: Page, label: string): Promise<void> {
  await page.locator('runaway-lab-app [role="tab"]', { hasText: label }).click();
}

describe.skipIf(browserSuitesSkipped())('lab page at projector and phone sizes', () => {
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(SCREENS)('$name ($width × $height): every tab fits the width, passes axe, and is photographed', async (screen) => {
    const page = await openLab(browser, baseUrl, 'compare', errors, { width: screen.width, height: screen.height });
    const shoot = async (name: string) => {
      await page.waitForTimeout(400);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} overflows sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: new URL(`lab-${name}-${screen.width}x${screen.height}.png`, SCREENSHOTS).pathname });
      await page.screenshot({ path: new URL(`lab-${name}-${screen.width}x${screen.height}-full.png`, SCREENSHOTS).pathname, fullPage: true });
      const serious = await seriousViolations(page);
      expect(serious, `${name}: ${JSON.stringify(serious, null, 1)}`).toEqual([]);
    };
    try {
      await page.locator('runaway-compare-view runaway-difference-map canvas').waitFor({ timeout: 60_000 });
      await shoot('compare');

      await openTab(page, 'Replicates');
      await waitForState(page, 'runaway-replicates-view');
      await shoot('replicates');

      await openTab(page, 'Sweep');
      await setField(page, 'runaway-sweep-view', 'input#replicates', '8');
      await page.locator('runaway-sweep-view button.run').click();
      await waitForState(page, 'runaway-sweep-view');
      await shoot('sweep');

      await openTab(page, 'Two parameters');
      await setField(page, 'runaway-heatmap-view', 'input#replicates', '2');
      await page.locator('runaway-heatmap-view button.run').click();
      await waitForState(page, 'runaway-heatmap-view');
      await shoot('heatmap');

      // The tab starts its default grid when it opens; a lighter one (2 replicates) keeps the suite fast.
      await openTab(page, 'Costs');
      await page.locator('runaway-cost-benefit-view button.cancel').click();
      await setField(page, 'runaway-cost-benefit-view', 'input#replicates', '2');
      await page.locator('runaway-cost-benefit-view button.run').click();
      await waitForState(page, 'runaway-cost-benefit-view', ['done'], 150_000);
      await shoot('cost-benefit');
    } finally {
      await page.close();
    }
  }, 300_000);

  it('logs no console errors at either size', () => {
    expect(errors).toEqual([]);
  });
});
