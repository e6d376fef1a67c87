/**
 * Structure of every page of the built site (and of presenter and embed variants), read from
 * Chromium's own accessibility tree: exactly one level-1 heading, one main landmark and at most one banner; axe-core (shadow
 * roots included) finds nothing moderate or worse on the lab, about, presenter and embed pages;
 * presenter mode fits a 390 px phone on every slide with nothing sticking out sideways; and a
 * production build ships no test fixture page and precaches none.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_PRESET_ID, findPreset } from '../../presets/index.ts';
import { browserSuitesSkipped, launchChromium, openPage } from './chromium.ts';

const baseUrl = inject('baseUrl');
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 390, height: 844 };
/** The story presenter mode opens on without a hash. */
const STORY = findPreset(DEFAULT_PRESET_ID)!;

/** Every page the site ships, how to tell it has rendered, and whether axe must find it clean. */
const PAGES: { path: string; ready: (page: Page) => Promise<unknown>; axe: boolean }[] = [
  { path: 'index.html', axe: false, ready: (page) => page.waitForFunction(() => document.querySelector('runaway-app')?.dataset.status === 'done', null, { timeout: 60_000 }) },
  { path: 'stories.html', axe: false, ready: (page) => page.locator('runaway-preset-gallery .card').first().waitFor({ timeout: 30_000 }) },
  { path: 'teacher.html', axe: false, ready: (page) => page.locator('runaway-teacher-guide h1').waitFor() },
  { path: 'lab.html', axe: true, ready: (page) => page.locator('runaway-compare-view runaway-difference-map canvas').waitFor({ timeout: 90_000 }) },
  { path: 'about.html', axe: true, ready: (page) => page.locator('runaway-model-facts h1').waitFor() },
  { path: 'present.html', axe: true, ready: (page) => page.locator('runaway-presenter h1').waitFor() },
  { path: `present.html#preset=${STORY.id}&chapter=1`, axe: true, ready: (page) => waitForSlide(page, 1) },
  { path: 'embed.html', axe: true, ready: (page) => waitForEmbed(page) },
  // The iframe telling a story: the guided player in place of the run's own title.
  { path: `embed.html#v=1&preset=${STORY.id}&chapter=2`, axe: true, ready: (page) => waitForEmbed(page) },
];

interface Structure {
  h1: string[];
  main: number;
  banner: number;
}

/** Level-1 headings, main landmarks and banners in Chromium's accessibility tree (shadow DOM included). */
async function pageStructure(page: Page): Promise<Structure> {
  const session = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[];
    };
    const shown = nodes.filter((node) => !node.ignored);
    const role = (name: string) => shown.filter((node) => node.role?.value === name);
    const level = (node: (typeof nodes)[number]) => node.properties?.find((property) => property.name === 'level')?.value.value;
    return {
      h1: role('heading').filter((node) => level(node) === 1).map((node) => String(node.name?.value ?? '')),
      main: role('main').length,
      banner: role('banner').length,
    };
  } finally {
    await session.detach();
  }
}

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: unknown[];
}

/** axe-core's violations of impact moderate, serious or critical (axe walks open shadow roots). */
async function axeFindings(page: Page): Promise<Finding[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Finding[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => (n as { target: unknown }).target) }));
  });
  return violations.filter((violation) => ['moderate', 'serious', 'critical'].includes(violation.impact ?? ''));
}

/** Waits until the presenter shows slide `slide` and, on a chapter, its run is drawn. */
async function waitForSlide(page: Page, slide: number): Promise<void> {
  await page.waitForFunction(
    (index) => {
      const presenter = document.querySelector('runaway-presenter') as (HTMLElement & { slide: number }) | null;
      if (!presenter || presenter.slide !== index || !presenter.shadowRoot?.querySelector('footer')) return false;
      const sim = presenter.shadowRoot.querySelector('runaway-sim') as HTMLElement | null;
      return !sim || (sim.dataset.status === 'done' && sim.shadowRoot?.querySelector('.chapter-text') !== null);
    },
    slide,
    { timeout: 30_000 },
  );
}

async function waitForEmbed(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('runaway-embed-frame')?.shadowRoot?.querySelector('runaway-sim')?.dataset.status === 'done', null, {
    timeout: 30_000,
  });
}

/** Elements (shadow DOM included) whose box reaches past the left or right edge of the viewport. */
function sideways(page: Page): Promise<{ scrollWidth: number; outside: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const outside: string[] = [];
    const describe = (element: Element) => {
      const host = (element.getRootNode() as ShadowRoot).host;
      const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
      return `${host ? `${host.localName} >> ` : ''}${element.localName}${classes}`;
    };
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && box.height > 0 && element.checkVisibility() && (box.left < -0.5 || box.right > width + 0.5)) {
          outside.push(`${describe(element)} [${Math.round(box.left)}, ${Math.round(box.right)}]`);
        }
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return { scrollWidth: document.scrollingElement!.scrollWidth, outside };
  });
}

describe.skipIf(browserSuitesSkipped())('every page: one h1, one main, one banner at most; axe clean', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(PAGES)('$path', async ({ path, ready, axe }) => {
    const errors: string[] = [];
    const page = await openPage(browser, `${baseUrl}${path}`, errors);
    try {
      await ready(page);
      await page.waitForTimeout(300);
      const structure = await pageStructure(page);
      expect(structure.h1, `${path}: level-1 headings`).toHaveLength(1);
      expect(structure.main, `${path}: main landmarks`).toBe(1);
      expect(structure.banner, `${path}: banner landmarks`).toBeLessThanOrEqual(1);
      if (axe) {
        const findings = await axeFindings(page);
        expect(findings, `${path}: ${JSON.stringify(findings, null, 1)}`).toEqual([]);
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe.skipIf(browserSuitesSkipped())('presenter mode on a 390 x 844 phone', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('every slide, with and without the notes panel, fits the width', async () => {
    const errors: string[] = [];
    const page = await openPage(browser, `${baseUrl}present.html`, errors, PHONE);
    try {
      const slides = STORY.story.length + 2;
      for (let slide = 0; slide < slides; slide++) {
        if (slide > 0) await page.keyboard.press('ArrowRight');
        await waitForSlide(page, slide);
        for (const notes of [false, true]) {
          if (notes) await page.keyboard.press('n');
          await page.waitForTimeout(100);
          const { scrollWidth, outside } = await sideways(page);
          expect(scrollWidth, `slide ${slide + 1}${notes ? ' with notes' : ''}: page width`).toBeLessThanOrEqual(PHONE.width);
          expect(outside, `slide ${slide + 1}${notes ? ' with notes' : ''}: elements outside the viewport`).toEqual([]);
          if (notes) await page.keyboard.press('n');
        }
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe.skipIf(!baseUrl)('a production build ships no test fixture page', () => {
  let outDir = '';
  let files: string[] = [];
  let precached: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'runaway-production-'));
    // What `npm run build` writes (the test server's build adds the fixture pages on purpose).
    await build({ root: ROOT, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    files = readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(outDir.length + 1).split('\\').join('/'));
    const worker = readFileSync(join(outDir, 'sw.js'), 'utf8');
    precached = JSON.parse(/const FILES = (\[.*?\]);/s.exec(worker)![1]!) as string[];
  }, 300_000);

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('builds and precaches the seven pages of the site and no other page', () => {
    const site = ['about.html', 'embed.html', 'index.html', 'lab.html', 'present.html', 'stories.html', 'teacher.html'];
    expect(files.filter((file) => file.endsWith('.html')).sort()).toEqual(site);
    expect(precached.filter((file) => file.endsWith('.html')).sort()).toEqual(site);
  });

  it('has no file from tests/ and no fixture in the precache list', () => {
    const fixtures = readdirSync(join(ROOT, 'tests/browser/fixtures')).filter((name) => name.endsWith('.html'));
    expect(fixtures.length).toBeGreaterThan(0);
    const isFixture = (file: string) => file.startsWith('tests/') || fixtures.some((name) => file.endsWith(name));
    expect(files.filter(isFixture)).toEqual([]);
    expect(precached.filter(isFixture)).toEqual([]);
  });
});
