/**
 * The map and the five charts in Chromium, on the fixture page (one grid preset, one two-region
 * custom city). Every number a summary states is recomputed here in Node from the same run,
 * straight from the history, so a chart that drew or described the wrong thing fails.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gini, simulate, type RunResult } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { formatAmount, formatIndex, formatPercent, formatRatio } from '../../src/i18n/format.ts';
import { browserSuitesSkipped, launchChromium, openPage } from './chromium.ts';

const baseUrl = inject('baseUrl');
const PRESETS = ['biased-history', 'runaway-urn'] as const;
const CHARTS = ['share-chart', 'recorded-chart', 'disparity-chart', 'empty-stops-chart', 'lorenz-chart'] as const;
/** Days in the trailing windows the charts and the map describe (models/metrics.ts DISPARITY_WINDOW_DAYS). */
const WINDOW = 30;

function run(id: string): RunResult {
  const preset = findPreset(id)!;
  return simulate(preset.params, preset.seed);
}

/** Patrol share of the most-minority quarter over days day−29 … day, summed from the history. */
function quarterPatrolShare(result: RunResult, day: number): number {
  const { history, city } = result;
  let quarter = 0;
  let total = 0;
  for (let t = Math.max(0, day - WINDOW + 1); t <= day; t++) {
    for (let i = 0; i < city.size; i++) {
      const patrols = history.patrols[t * city.size + i]!;
      total += patrols;
      if (city.minorityQuarter[i]) quarter += patrols;
    }
  }
  return quarter / total;
}

/** Per-neighborhood totals of a column over days 0 … day. */
function totalsThrough(column: ArrayLike<number>, size: number, day: number): number[] {
  const totals = new Array<number>(size).fill(0);
  for (let t = 0; t <= day; t++) for (let i = 0; i < size; i++) totals[i]! += column[t * size + i]!;
  return totals;
}

/**
 * Share of patrols that went to the neighborhoods with the most patrols per true incident that
 * together had the top 10% of true crime: 1 − L(0.9) on the Lorenz curve, by linear interpolation.
 */
function patrolShareOfTopTenthOfCrime(patrols: number[], crime: number[]): number {
  const ids = patrols.map((_, i) => i).filter((i) => patrols[i]! > 0 || crime[i]! > 0);
  const rate = (i: number) => (crime[i]! > 0 ? patrols[i]! / crime[i]! : Infinity);
  ids.sort((a, b) => rate(a) - rate(b) || a - b);
  const patrolSum = patrols.reduce((a, b) => a + b, 0);
  const crimeSum = crime.reduce((a, b) => a + b, 0);
  let x0 = 0;
  let y0 = 0;
  for (const i of ids) {
    const x1 = x0 + crime[i]! / crimeSum;
    const y1 = y0 + patrols[i]! / patrolSum;
    if (x1 >= 0.9) return 1 - (y0 + ((0.9 - x0) / (x1 - x0)) * (y1 - y0));
    x0 = x1;
    y0 = y1;
  }
  return 1 - y0;
}

/** Every sentence fragment each chart's summary must contain for `day`. */
function expectedFragments(result: RunResult, day: number): Record<(typeof CHARTS)[number], string[]> {
  const { series, metrics, history, city } = result;
  const patrols = totalsThrough(history.patrols, city.size, day);
  const crime = totalsThrough(history.trueIncidents, city.size, day);
  const stopsOn = result.params.sources.stops.enabled;
  return {
    'share-chart': [
      `By day ${day + 1}`,
      `received ${formatPercent(quarterPatrolShare(result, day))} of patrols`,
      `had ${formatPercent(series.trueCrimeShareMinorityQuarter[day]!)} of true crime`,
      `with ${formatPercent(metrics.minorityQuarter.populationShare)} of residents`,
    ],
    'recorded-chart': [
      `recorded ${formatAmount(series.recordedPer1000.minority[day]!)} incidents per 1,000 minority residents`,
      `and ${formatAmount(series.recordedPer1000.majority[day]!)} per 1,000 majority residents`,
      `true crime was ${formatAmount(series.truePer1000.minority[day]!)} and ${formatAmount(series.truePer1000.majority[day]!)} per 1,000`,
    ],
    'disparity-chart': [`was ${formatRatio(series.disparityRatio[day]!)} times its share of true crime`],
    'empty-stops-chart': stopsOn
      ? [
          `stopped ${formatAmount(series.stopsWithoutHitPer1000.minority[day]!)} of every 1,000 minority residents`,
          `against ${formatAmount(series.stopsWithoutHitPer1000.majority[day]!)} of every 1,000 majority residents`,
        ]
      : ['Stops are switched off'],
    'lorenz-chart': [
      `Up to day ${day + 1}`,
      `received ${formatPercent(patrolShareOfTopTenthOfCrime(patrols, crime))} of patrols`,
      `Gini coefficient of patrols across neighborhoods is ${formatIndex(gini(patrols))}`,
    ],
  };
}

async function summaries(page: Page, presetId: string): Promise<Record<string, string>> {
  return page.evaluate(
    ({ id, charts }) =>
      Object.fromEntries(
        charts.map((chart) => [chart, document.querySelector(`#${id} runaway-chart[data-chart="${chart}"]`)!.shadowRoot!.querySelector('.summary')!.textContent!.trim()]),
      ),
    { id: presetId, charts: [...CHARTS] },
  );
}

/** Sets the playback day on the section's map and charts and waits until all have rendered. */
async function setDay(page: Page, presetId: string, day: number): Promise<void> {
  await page.evaluate(
    ({ id, day }) => (window as unknown as { runawayFixture: { setDay(id: string, day: number): Promise<void> } }).runawayFixture.setDay(id, day),
    { id: presetId, day },
  );
}

/**
 * Sets the section's map layer. True crime over the trailing window changes from day to day in
 * every preset; over-policing can saturate (a fixed top-k hotspot set is ≥8 or ≤1/8 on any day).
 */
async function setLayer(page: Page, presetId: string, layer: string): Promise<void> {
  await page.evaluate(
    async ({ id, layer }) => {
      const map = document.querySelector(`#${id} runaway-city-map`) as HTMLElement & { layer: string; updateComplete: Promise<boolean> };
      map.layer = layer;
      await map.updateComplete;
    },
    { id: presetId, layer },
  );
}

/** A cheap fingerprint of the map canvas: sums of each channel over all pixels. */
async function mapPixels(page: Page, presetId: string): Promise<number[]> {
  return page.evaluate((id) => {
    const canvas = document.querySelector(`#${id} runaway-city-map`)!.shadowRoot!.querySelector('canvas')!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const sums = [0, 0, 0, 0];
    for (let k = 0; k < data.length; k++) sums[k % 4]! += data[k]!;
    return sums;
  }, presetId);
}

describe.skipIf(browserSuitesSkipped())('map and charts in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const results = Object.fromEntries(PRESETS.map((id) => [id, run(id)])) as Record<(typeof PRESETS)[number], RunResult>;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, `${baseUrl}tests/browser/fixtures/charts.html`, errors);
    await page.waitForFunction(() => (window as unknown as { runawayFixture?: { ready: boolean } }).runawayFixture?.ready);
    // Let the width observers settle (they re-render on the next animation frame).
    await page.waitForTimeout(300);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(PRESETS)('every chart of %s draws paths with real coordinates inside its plot', async (id) => {
    const charts = await page.evaluate(
      ({ id, charts }) =>
        charts.map((tag) => {
          const svg = document.querySelector(`#${id} runaway-chart[data-chart="${tag}"]`)!.shadowRoot!.querySelector('svg')!;
          const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
          // The played part of a time series, or the Lorenz curve (drawn whole, with no playhead).
          const paths = [...svg.querySelectorAll('path.played, path.line[data-key="curve"]')].map((path) => path.getAttribute('d') ?? '');
          return { tag, width: width!, height: height!, label: svg.getAttribute('aria-labelledby'), paths };
        }),
      { id, charts: [...CHARTS] },
    );
    for (const chart of charts) {
      expect(chart.label, chart.tag).toBeTruthy();
      expect(chart.paths.length, chart.tag).toBeGreaterThan(0);
      for (const d of chart.paths) {
        const numbers = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
        const xs = numbers.filter((_, k) => k % 2 === 0);
        const ys = numbers.filter((_, k) => k % 2 === 1);
        expect(d, chart.tag).not.toMatch(/NaN|Infinity/);
        expect(numbers.length, chart.tag).toBeGreaterThanOrEqual(4);
        expect(Math.min(...xs), chart.tag).toBeGreaterThanOrEqual(0);
        expect(Math.max(...xs), chart.tag).toBeLessThanOrEqual(chart.width);
        expect(Math.min(...ys), chart.tag).toBeGreaterThanOrEqual(0);
        expect(Math.max(...ys), chart.tag).toBeLessThanOrEqual(chart.height);
        // Drawn at the last day, a line spans most of the plot's width, not a dot in a corner.
        expect(Math.max(...xs) - Math.min(...xs), chart.tag).toBeGreaterThan(chart.width / 3);
      }
    }
  });

  it.each(PRESETS)('the summaries of %s state the numbers of the same run computed in Node', async (id) => {
    const result = results[id];
    const lastDay = result.history.daysDone - 1;
    const stated = await summaries(page, id);
    for (const [tag, fragments] of Object.entries(expectedFragments(result, lastDay))) {
      for (const fragment of fragments) expect(stated[tag], tag).toContain(fragment);
    }
  });

  it.each(PRESETS)('changing the day of %s changes the map pixels and every summary', async (id) => {
    const result = results[id];
    const lastDay = result.history.daysDone - 1;
    await setLayer(page, id, 'trueCrime');
    const before = await mapPixels(page, id);
    const summariesBefore = await summaries(page, id);
    const day = 40;
    try {
      await setDay(page, id, day);
      const after = await mapPixels(page, id);
      const summariesAfter = await summaries(page, id);
      expect(after).not.toEqual(before);
      for (const [tag, fragments] of Object.entries(expectedFragments(result, day))) {
        if (tag !== 'empty-stops-chart' || result.params.sources.stops.enabled) {
          expect(summariesAfter[tag], tag).not.toEqual(summariesBefore[tag]);
        }
        for (const fragment of fragments) expect(summariesAfter[tag], tag).toContain(fragment);
      }
    } finally {
      await setDay(page, id, lastDay);
      await setLayer(page, id, 'overPolicing');
    }
    await setLayer(page, id, 'trueCrime');
    expect(await mapPixels(page, id)).toEqual(before);
    await setLayer(page, id, 'overPolicing');
  });

  it('each map layer paints its own colours and names itself in the legend', async () => {
    const seen = new Set<string>();
    for (const layer of ['minority', 'trueCrime', 'recorded', 'risk', 'patrols', 'overPolicing']) {
      await setLayer(page, 'biased-history', layer);
      const legend = await page.evaluate(async () => {
        const map = document.querySelector('#biased-history runaway-city-map')!;
        const legendElement = map.shadowRoot!.querySelector('runaway-legend') as HTMLElement & { updateComplete: Promise<boolean> };
        await legendElement.updateComplete;
        return legendElement.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')!;
      });
      const pixels = (await mapPixels(page, 'biased-history')).join(',');
      expect(seen.has(pixels), layer).toBe(false);
      seen.add(pixels);
      if (['trueCrime', 'recorded', 'patrols', 'overPolicing'].includes(layer)) expect(legend, layer).toContain('last 30 days to day 365');
    }
  });

  it('arrow keys move the focus cell on the grid map and announce the neighborhood', async () => {
    const map = page.locator('#biased-history runaway-city-map .stage');
    await page.evaluate(() => {
      const element = document.querySelector('#biased-history runaway-city-map')!;
      (window as unknown as { focusEvents: number[] }).focusEvents = [];
      element.addEventListener('neighborhood-focus', (event) =>
        (window as unknown as { focusEvents: number[] }).focusEvents.push((event as CustomEvent<{ index: number }>).detail.index),
      );
    });
    await map.focus();
    const state = () =>
      page.evaluate(() => {
        const element = document.querySelector('#biased-history runaway-city-map') as HTMLElement & { focusIndex: number; updateComplete: Promise<boolean> };
        return element.updateComplete.then(() => ({
          index: element.focusIndex,
          live: element.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim(),
          tooltip: element.shadowRoot!.querySelector('.tooltip')?.textContent ?? '',
          events: (window as unknown as { focusEvents: number[] }).focusEvents,
        }));
      });
    const columns = results['biased-history'].city.columns;
    expect((await state()).index).toBe(0);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const moved = await state();
    expect(moved.index).toBe(columns + 2);
    expect(moved.live).toContain(`Neighborhood ${columns + 3}, row 2, column 3`);
    expect(moved.tooltip).toContain(`Neighborhood ${columns + 3}`);
    expect(moved.events).toEqual([0, 1, 2, columns + 2]);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    expect((await state()).index).toBe(1);
    // At the top edge the focus stays put.
    await page.keyboard.press('ArrowUp');
    expect((await state()).index).toBe(1);
  });

  it('arrow keys stop at the edge of the two-neighborhood city', async () => {
    await page.locator('#runaway-urn runaway-city-map .stage').focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown']) await page.keyboard.press(key);
    const live = await page.evaluate(async () => {
      const element = document.querySelector('#runaway-urn runaway-city-map') as HTMLElement & { focusIndex: number; updateComplete: Promise<boolean> };
      await element.updateComplete;
      return { index: element.focusIndex, text: element.shadowRoot!.querySelector('[aria-live]')!.textContent! };
    });
    expect(live.index).toBe(1);
    expect(live.text).toContain('Neighborhood 2, row 1, column 2');
  });

  it('pointing at a neighborhood shows its numbers in a tooltip', async () => {
    const result = results['runaway-urn'];
    const stage = page.locator('#runaway-urn runaway-city-map .stage');
    await stage.scrollIntoViewIfNeeded();
    const box = (await stage.boundingBox())!;
    // The two hexagons sit side by side in the middle of the stage; aim at the left one.
    await page.mouse.move(box.x + box.width / 2 - 50, box.y + box.height / 2);
    const tooltip = await page.evaluate(async () => {
      const element = document.querySelector('#runaway-urn runaway-city-map') as HTMLElement & { updateComplete: Promise<boolean> };
      await element.updateComplete;
      const box = element.shadowRoot!.querySelector('.tooltip');
      if (!box) return '';
      const rows = [...box.querySelectorAll('dt')].map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);
      return `${box.querySelector('strong')?.textContent} | ${rows.join(' | ')}`;
    });
    expect(tooltip).toContain('Neighborhood 1');
    expect(tooltip).toContain(`Residents: ${result.city.population[0]!.toLocaleString('en-US')}`);
    expect(tooltip).toContain(`Minority share: ${formatPercent(result.city.minorityShare[0]!)}`);
    await page.mouse.move(0, 0);
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // Evaluated through the DevTools protocol: the built page's Content-Security-Policy forbids inline scripts.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      const report = await axe.run(document);
      return report.violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.length }));
    });
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  });

  it('takes screenshots at 1280 × 720 and 390 × 844 for a person to look at', async () => {
    mkdirSync('tests/screenshots', { recursive: true });
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 390, height: 844 },
    ]) {
      const shotErrors: string[] = [];
      const shot = await openPage(browser, `${baseUrl}tests/browser/fixtures/charts.html`, shotErrors, viewport);
      await shot.waitForFunction(() => (window as unknown as { runawayFixture?: { ready: boolean } }).runawayFixture?.ready);
      await shot.waitForTimeout(300);
      await shot.screenshot({ path: `tests/screenshots/charts-${viewport.width}x${viewport.height}.png`, fullPage: true });
      await shot.close();
      errors.push(...shotErrors);
    }
  });

  it('logs no console errors', () => {
    expect(errors).toEqual([]);
  });
});
