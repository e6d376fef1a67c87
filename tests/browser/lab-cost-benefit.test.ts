/**
 * The cost-benefit view against the built app: every policy runs, and moving the weight across
 * a threshold where two policies' scores cross changes the policy the utilitarian rule picks,
 * in the sentence and in the chart.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSuitesSkipped, launchChromium } from './chromium.ts';
import { choiceSegments, type PolicyPoint } from '../../src/lab/cost-benefit.ts';
import { openLab, setField, waitForState } from '../lab/lab-page.ts';

const baseUrl = inject('baseUrl');
const TAG = 'runaway-cost-benefit-view';
const STEP = 0.005;

async function setWeight(page: Page, weight: number): Promise<void> {
  await page.locator(`${TAG} input#weight`).evaluate((input: HTMLInputElement, value) => {
    input.value = String(value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, weight);
}

function chosenKey(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () => (document.querySelector('runaway-lab-app')!.shadowRoot!.querySelector('runaway-cost-benefit-view') as unknown as { chosen?: { key: string } }).chosen?.key,
  );
}

describe.skipIf(browserSuitesSkipped())('lab: costs and benefits', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  let points: PolicyPoint[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openLab(browser, baseUrl, 'cost-benefit', errors);
    // The tab starts its default grid at once; cancel it and run a lighter one (2 replicates).
    await page.locator(`${TAG} button.cancel`).click();
    await setField(page, TAG, 'input#replicates', '2');
    await page.locator(`${TAG} button.run`).click();
    await waitForState(page, TAG, ['done'], 120_000);
    points = await page.evaluate(
      () => (document.querySelector('runaway-lab-app')!.shadowRoot!.querySelector('runaway-cost-benefit-view') as unknown as { results: PolicyPoint[] }).results,
    );
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('runs every policy at every default patrol level', () => {
    // 11 policies (6, each but uniform also corrected) at 20, 40 and 80 units.
    expect(points).toHaveLength(33);
    expect(new Set(points.map((p) => p.units))).toEqual(new Set([20, 40, 80]));
    for (const p of points) {
      expect(p.replicates).toBe(2);
      expect(p.foundPerDay).toBeGreaterThan(0);
      expect(p.emptyStopsPerDay).toBeGreaterThan(0);
    }
    // More patrols make more stops: at each policy, 80 units make more stops without a hit than 20.
    const at = (id: string, units: number) => points.find((p) => p.variant.id === id && p.units === units)!;
    expect(at('uniform', 80).emptyStopsPerDay).toBeGreaterThan(at('uniform', 20).emptyStopsPerDay);
  });

  it('picks a different policy when the weight moves across a threshold', async () => {
    const segments = choiceSegments(points, 1);
    expect(segments.length).toBeGreaterThanOrEqual(2);
    // The first change of pick whose stretch on either side is wider than a slider step.
    const index = segments.findIndex((segment, k) => k > 0 && segment.to - segment.from > 2 * STEP && segments[k - 1]!.to - segments[k - 1]!.from > 2 * STEP);
    expect(index).toBeGreaterThan(0);
    const threshold = segments[index]!.from;
    const below = Math.max(segments[index - 1]!.from, Math.floor(threshold / STEP - 1) * STEP);
    const above = Math.min(segments[index]!.to, Math.ceil(threshold / STEP + 1) * STEP);
    expect(below).toBeLessThan(threshold);
    expect(above).toBeGreaterThan(threshold);

    await setWeight(page, below);
    await expect.poll(() => chosenKey(page)).toBe(segments[index - 1]!.point.key);
    const before = await page.locator(`${TAG} .sentence`).textContent();
    const ringBefore = await page.locator(`${TAG} runaway-chart g.chosen text`).textContent();

    await setWeight(page, above);
    await expect.poll(() => chosenKey(page)).toBe(segments[index]!.point.key);
    const after = await page.locator(`${TAG} .sentence`).textContent();
    const ringAfter = await page.locator(`${TAG} runaway-chart g.chosen text`).textContent();

    const name = (p: PolicyPoint) => `${p.variant.label}, ${p.units} units`;
    expect(before).toContain(`the rule picks ${name(segments[index - 1]!.point)}:`);
    expect(after).toContain(`the rule picks ${name(segments[index]!.point)}:`);
    expect(ringBefore).toBe(`Picked: ${name(segments[index - 1]!.point)}`);
    expect(ringAfter).toBe(`Picked: ${name(segments[index]!.point)}`);
    // Who bears the cost is said for the picked policy.
    expect(after).toMatch(/Who bears that: over the run, [\d.,]+ stops without a hit per 1,000 minority residents, against [\d.,]+ per 1,000 majority residents/);
  });

  it('shows one mark per policy when not split by group', async () => {
    const chart = page.locator(`${TAG} runaway-chart`);
    expect(await chart.locator('g.point rect').count()).toBe(33);
    await page.locator(`${TAG} label`, { hasText: 'Split by group' }).locator('input').uncheck();
    await expect.poll(() => chart.locator('g.point rect').count()).toBe(0);
    expect(await chart.locator('g.point circle').count()).toBe(33);
  });

  it('logs no console errors', () => {
    expect(errors).toEqual([]);
  });
});
