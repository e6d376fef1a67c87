/**
 * `<runaway-sim>` as a host page uses it: the library build (vite.lib.config.ts) is built into a
 * private folder next to a plain HTML page that loads it with one script tag. The element must
 * render the chosen views with numbers equal to the model's in Node, follow attribute changes,
 * step through the story with next() and back(), report attributes it cannot use, and make no
 * request to any other origin.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate, validateParams, type Params } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { daySnapshot } from '../../src/app/day-snapshot.ts';
import { liveSentence } from '../../src/app/live-sentence.ts';
import { chapterText, chapterTitle } from '../../src/stories/story.ts';
import { browserSuitesSkipped, launchChromium } from './chromium.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));
const biased = findPreset('biased-history')!;
const frisk = findPreset('stop-and-frisk')!;

function sentenceFor(params: Params, seed: number, day: number): string {
  return liveSentence(daySnapshot(simulate(params, seed), day)!);
}

/** Resolves when the embed `id` has drawn a run (status done) showing `day` (1-based) if given. */
async function waitDrawn(page: Page, id: string, day?: number): Promise<void> {
  await page.waitForFunction(
    ([target, want]) => {
      const sim = document.getElementById(target as string);
      return sim?.dataset.status === 'done' && (want === null || sim.dataset.day === String(want));
    },
    [id, day ?? null] as const,
    { timeout: 20_000 },
  );
}

describe.skipIf(browserSuitesSkipped())('<runaway-sim> in a plain host page (library build)', () => {
  let folder: string;
  let server: PreviewServer;
  let origin: string;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'runaway-lib-'));
    await build({ configFile: join(ROOT, 'vite.lib.config.ts'), root: ROOT, logLevel: 'warn', build: { outDir: folder, emptyOutDir: true } });
    copyFileSync(join(ROOT, 'tests/browser/fixtures/embed-host.html'), join(folder, 'index.html'));
    server = await preview({ configFile: false, root: folder, build: { outDir: folder }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
    origin = new URL(server.resolvedUrls!.local[0]!).origin;
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    context.on('request', (request) => requests.push(request.url()));
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/index.html`);
    await waitDrawn(page, 'story', 100);
    await waitDrawn(page, 'second');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('is one ES module plus its worker file', () => {
    expect(readdirSync(folder).filter((name) => name.endsWith('.js'))).toEqual(['runaway-sim.js']);
    expect(readdirSync(join(folder, 'assets')).every((name) => /^sim\.worker-.*\.js$/.test(name))).toBe(true);
  });

  it('renders the chosen views at the chosen day, with the model\'s numbers', async () => {
    const views = await page.locator('#story [part~="view"]').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-view')));
    expect(views).toEqual(['map', 'share-chart']);
    await expect(page.locator('#story runaway-city-map').evaluate((map) => (map as HTMLElement & { day: number }).day)).resolves.toBe(99);
    await expect(page.locator('#story runaway-chart[data-chart="share-chart"] .summary').innerText()).resolves.toContain('By day 100 ');
    // The map's canvas holds a drawing, not a blank rectangle.
    const painted = await page.locator('#story runaway-city-map canvas').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set<number>();
      let opaque = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! === 0) continue;
        opaque++;
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      }
      return { colours: colours.size, share: opaque / (data.length / 4) };
    });
    // Hexagons cover most of the canvas, in more than one colour (the over-policing layer of a top-k run is mostly its two extremes).
    expect(painted.colours).toBeGreaterThanOrEqual(2);
    expect(painted.share).toBeGreaterThan(0.5);
    // The second embed: another preset, a seed and a changed parameter, as a sentence.
    const params = validateParams({ days: 120, sources: { stops: { biasRatio: 2 } } }, frisk.params);
    await expect(page.locator('#second .sentence').innerText()).resolves.toBe(sentenceFor(params, 3, 119));
  });

  it('follows attribute changes: day, views, seed and preset', async () => {
    await page.locator('#story').evaluate((sim) => sim.setAttribute('day', '200'));
    await waitDrawn(page, 'story', 200);
    await expect(page.locator('#story runaway-chart[data-chart="share-chart"] .summary').innerText()).resolves.toContain('By day 200 ');

    await page.locator('#story').evaluate((sim) => sim.setAttribute('show', 'lorenz-chart,sentence'));
    await page.waitForFunction(() => document.querySelector('#story')?.shadowRoot?.querySelector('runaway-chart[data-chart="lorenz-chart"]') != null);
    await expect(page.locator('#story runaway-city-map').count()).resolves.toBe(0);
    await expect(page.locator('#story .sentence').innerText()).resolves.toBe(sentenceFor(biased.params, biased.seed, 199));

    await page.locator('#story').evaluate((sim) => sim.setAttribute('seed', '8'));
    await page.waitForFunction(() => document.querySelector('#story')?.shadowRoot?.querySelector('footer')?.textContent?.includes('seed 8'));
    await waitDrawn(page, 'story', 200);
    await expect(page.locator('#story .sentence').innerText()).resolves.toBe(sentenceFor(biased.params, 8, 199));

    await page.locator('#story').evaluate((sim) => {
      sim.removeAttribute('seed');
      sim.removeAttribute('day');
      sim.setAttribute('preset', 'no-feedback');
    });
    const noFeedback = findPreset('no-feedback')!;
    await page.waitForFunction(() => document.querySelector('#story')?.shadowRoot?.querySelector('footer')?.textContent?.includes('"no-feedback"'));
    await waitDrawn(page, 'story', noFeedback.params.days);
    await expect(page.locator('#story .sentence').innerText()).resolves.toBe(sentenceFor(noFeedback.params, noFeedback.seed, noFeedback.params.days - 1));
  });

  it('steps through the story with next() and back(), firing chapter-change with the live chapter text', async () => {
    await page.locator('#story').evaluate((sim) => {
      sim.setAttribute('preset', 'biased-history');
      sim.setAttribute('show', 'map,share-chart');
      (window as unknown as { chapters: unknown[] }).chapters = [];
      sim.addEventListener('chapter-change', (event) => (window as unknown as { chapters: unknown[] }).chapters.push((event as CustomEvent).detail));
    });
    for (const [click, index] of [['#next', 0], ['#next', 1], ['#next', 2], ['#back', 1]] as const) {
      await page.locator(click).click();
      const chapter = biased.story[index]!;
      await waitDrawn(page, 'story', chapter.day);
      await expect(page.locator('#story [part="chapter"] h3').innerText()).resolves.toBe(chapterTitle(biased, chapter));
      const expected = chapterText(biased, chapter, simulate(chapter.params, biased.seed));
      await expect(page.locator('#story .chapter-text').innerText()).resolves.toBe(expected);
      await expect(page.locator('#story').getAttribute('chapter')).resolves.toBe(String(index + 1));
    }
    const fired = await page.evaluate(() => (window as unknown as { chapters: { chapter: number; count: number; id: string }[] }).chapters);
    expect(fired.map((detail) => detail.chapter)).toEqual([1, 2, 3, 2]);
    expect(fired[0]).toMatchObject({ count: biased.story.length, id: biased.story[0]!.id });
    // The chapter's region is outlined when the embed shows it.
    const region = biased.story[1]!.region;
    const highlighted = await page.locator('#story [part~="highlighted"]').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-view')));
    expect(highlighted).toEqual(['map', 'share-chart'].includes(region) ? [region] : []);
  });

  it('tells the story with the guided story player when asked, driven by its buttons or by next()', async () => {
    await page.locator('#second').evaluate((sim) => {
      (window as unknown as { storyChapters: number[] }).storyChapters = [];
      sim.addEventListener('chapter-change', (event) => (window as unknown as { storyChapters: number[] }).storyChapters.push((event as CustomEvent).detail.chapter));
      sim.setAttribute('story', '');
    });
    const player = page.locator('#second runaway-story-player');
    for (const [action, index] of [['start', 0], ['button', 1], ['method', 2]] as const) {
      if (action === 'button') await player.getByRole('button', { name: /Next/ }).click();
      if (action === 'method') await page.locator('#second').evaluate((sim) => (sim as HTMLElement & { next(): boolean }).next());
      const chapter = frisk.story[index]!;
      await page.waitForFunction(
        (want) => {
          const sim = document.querySelector('#second') as (HTMLElement & { chapterIndex: number }) | null;
          return sim?.chapterIndex === want && sim.shadowRoot?.querySelector('runaway-story-player')?.getAttribute('status') === 'ready';
        },
        index,
        { timeout: 20_000 },
      );
      // The story's sentences quote the chapter's own run with the preset's seed, whatever the seed attribute says.
      await expect(player.locator('.text').innerText()).resolves.toBe(chapterText(frisk, chapter, simulate(chapter.params, frisk.seed)));
    }
    expect(await page.evaluate(() => (window as unknown as { storyChapters: number[] }).storyChapters)).toEqual([1, 2, 3]);
    await page.locator('#second').evaluate((sim) => {
      sim.removeAttribute('story');
      sim.removeAttribute('chapter');
    });
    await waitDrawn(page, 'second');
  });

  it('names the attributes it cannot use, and still draws the rest', async () => {
    await page.locator('#second').evaluate((sim) => {
      (window as unknown as { notices: unknown[] }).notices = [];
      sim.addEventListener('sim-notice', (event) => (window as unknown as { notices: unknown[] }).notices.push(...(event as CustomEvent).detail.notices));
      sim.setAttribute('params', 'sources.stops.biasRatio=2; days=120; deployment.units=-5; fusion.colour=red');
    });
    await page.waitForFunction(() => (window as unknown as { notices: unknown[] }).notices.length >= 2);
    const notice = await page.locator('#second [part="notice"]').innerText();
    expect(notice).toContain('deployment.units');
    expect(notice).toContain('fusion.colour');
    const params = validateParams({ days: 120, sources: { stops: { biasRatio: 2 } } }, frisk.params);
    await expect(page.locator('#second .sentence').innerText()).resolves.toBe(sentenceFor(params, 3, 119));
  });

  it('makes no request to any other origin and logs no errors', async () => {
    expect(requests.length).toBeGreaterThan(2);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(requests.some((url) => /\/assets\/sim\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('takes a screenshot at 1280 × 720 for a person to look at', async () => {
    await page.locator('#story').evaluate((sim) => sim.removeAttribute('chapter'));
    await waitDrawn(page, 'story');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'embed-host-1280x720.png') });
    await page.locator('#next').click();
    await waitDrawn(page, 'story', biased.story[0]!.day);
    await page.locator('#story [part="chapter"]').evaluate((box) => box.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SCREENSHOTS, 'embed-host-chapter-1280x720.png') });
  });
});
