/**
 * Helpers of the story browser tests (tests/browser/stories-*.test.ts): reading the story page's
 * elements through their shadow roots, running axe-core, and the screenshot folder.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { simulate, type RunResult } from '../../models/index.ts';
import type { Preset } from '../../presets/index.ts';
import { chapterText } from '../../src/stories/story.ts';

/** Node's sentence for each chapter of a story: the preset's run with the chapter's params, at its day (in the message locale). */
export function expectedChapterTexts(preset: Preset): string[] {
  const runs = new Map<string, RunResult>();
  return preset.story.map((chapter) => {
    const key = JSON.stringify(chapter.params);
    let result = runs.get(key);
    if (!result) runs.set(key, (result = simulate(chapter.params, preset.seed)));
    return chapterText(preset, chapter, result);
  });
}

export const STORY_SCREENSHOTS = new URL('../screenshots/stories/', import.meta.url);

export function screenshotPath(name: string): string {
  mkdirSync(STORY_SCREENSHOTS, { recursive: true });
  return new URL(name, STORY_SCREENSHOTS).pathname;
}

/** What the story page shows now, read through the shadow roots. */
export interface StoryPageState {
  status: string | null;
  index: number;
  title: string;
  text: string;
  view: string | null;
  highlighted: boolean;
  hash: string;
}

export function readStoryPage(page: Page): Promise<StoryPageState> {
  return page.evaluate(() => {
    const host = document.querySelector('runaway-story-page')?.shadowRoot;
    const player = host?.querySelector('runaway-story-player');
    const stage = host?.querySelector('runaway-story-stage')?.shadowRoot;
    const panel = stage?.querySelector<HTMLElement>('[part="view"]');
    return {
      status: player?.getAttribute('status') ?? null,
      index: player?.index ?? -1,
      title: player?.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? '',
      text: player?.shadowRoot?.querySelector('[part="text"]')?.textContent?.trim() ?? '',
      view: panel?.dataset.view ?? null,
      highlighted: panel?.classList.contains('highlighted') ?? false,
      hash: window.location.hash,
    };
  });
}

/** Waits until the player shows chapter `index` (0-based) with its text, or the end screen. */
export async function waitForChapter(page: Page, index: number, status: 'ready' | 'end' = 'ready'): Promise<void> {
  await page.waitForFunction(
    ({ index, status }) => {
      const player = document.querySelector('runaway-story-page')?.shadowRoot?.querySelector('runaway-story-player');
      return player?.getAttribute('status') === status && player.index === index;
    },
    { index, status },
    { timeout: 30_000 },
  );
}

/** Two animation frames: the stage's charts have drawn the paused day. */
export function settle(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: unknown[];
}

/** axe-core's serious and critical violations on the page (evaluated over CDP: the page's CSP forbids inline scripts). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
