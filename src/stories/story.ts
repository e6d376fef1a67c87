/**
 * The story engine: what a chapter asks of the page (params, seed, day, region) and the text it
 * shows, filled with live values of the run at the chapter's day. Pure functions of a preset and
 * a run, so the same sentence is computed in Node tests and in the browser.
 */
import { readPath, type Params, type RunResult } from '../../models/index.ts';
import type { Preset, StoryChapter } from '../../presets/index.ts';
import { hasMessage, lookup, placeholders, t, type MessageValue } from '../i18n/index.ts';
import { computeLiveValues, isLiveValueName, LIVE_VALUE_SPECS, type LiveValues } from './live-values.ts';
import '../i18n/parts/learning.ts';

/** Prefix of placeholders that quote a parameter of the chapter's run, e.g. `{param:deployment.units}`. */
export const PARAM_PLACEHOLDER_PREFIX = 'param:';

/** The story's title (the preset's title when the catalogue has none). */
export function storyTitle(preset: Preset): string {
  const key = `story.${preset.id}.title`;
  return hasMessage(key) ? t(key) : presetTitle(preset);
}

/** The preset's title in the active locale. */
export function presetTitle(preset: Preset): string {
  return t(`preset.${preset.id}.title`);
}

/** The preset's one-line caption in the active locale. */
export function presetCaption(preset: Preset): string {
  return t(`preset.${preset.id}.caption`);
}

/** Catalogue key of a chapter's title or text. */
export function chapterKey(preset: Preset, chapter: StoryChapter, part: 'title' | 'text'): string {
  return `story.${preset.id}.${chapter.id}.${part}`;
}

export function chapterTitle(preset: Preset, chapter: StoryChapter): string {
  return t(chapterKey(preset, chapter, 'title'));
}

/**
 * The values a chapter's text can quote: every live value with its number style, and each
 * `{param:path}` the template names, read from the chapter's params.
 */
export function chapterValues(preset: Preset, chapter: StoryChapter, live: LiveValues): Record<string, MessageValue> {
  const values: Record<string, MessageValue> = {};
  for (const [name, value] of Object.entries(live)) {
    if (isLiveValueName(name)) values[name] = { value, style: LIVE_VALUE_SPECS[name].format };
  }
  const template = lookup(chapterKey(preset, chapter, 'text'));
  for (const { name } of placeholders(typeof template === 'string' ? template : '')) {
    if (!name.startsWith(PARAM_PLACEHOLDER_PREFIX)) continue;
    const value = readPath(chapter.params, name.slice(PARAM_PLACEHOLDER_PREFIX.length));
    if (typeof value === 'number') values[name] = value;
    else if (typeof value === 'boolean') values[name] = t(value ? 'settings.on' : 'settings.off');
    else if (typeof value === 'string') values[name] = value;
  }
  return values;
}

/** The chapter's sentences with the live numbers of `result` after `chapter.day` days. */
export function chapterText(preset: Preset, chapter: StoryChapter, result: RunResult): string {
  return t(chapterKey(preset, chapter, 'text'), chapterValues(preset, chapter, computeLiveValues(result, chapter.day)));
}

/** Whether `result` is the run a chapter asks for (same params and seed) and has reached its day. */
export function runServesChapter(result: RunResult | null, chapter: StoryChapter, seed: number): result is RunResult {
  return result !== null && result.seed === seed && result.history.daysDone >= chapter.day && sameValue(result.params, chapter.params);
}

/** Deep equality of plain JSON-like values, ignoring key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** What a chapter asks the page to do; the detail of the `story-chapter` event. */
export interface ChapterRequest {
  presetId: string;
  /** 0-based chapter index and the number of chapters. */
  index: number;
  count: number;
  chapterId: string;
  /** The chapter's overrides on top of the preset's params, and the resolved params to run. */
  overrides: Record<string, unknown>;
  params: Params;
  seed: number;
  /** Days to play before pausing; the charts' 0-based playback day is `day − 1`. */
  day: number;
  region: StoryChapter['region'];
  mapLayer: StoryChapter['mapLayer'];
}

export function chapterRequest(preset: Preset, index: number): ChapterRequest {
  const chapter = preset.story[index];
  if (!chapter) throw new RangeError(`The story of "${preset.id}" has chapters 0 to ${preset.story.length - 1}, not ${index}.`);
  return {
    presetId: preset.id,
    index,
    count: preset.story.length,
    chapterId: chapter.id,
    overrides: chapter.overrides,
    params: chapter.params,
    seed: preset.seed,
    day: chapter.day,
    region: chapter.region,
    mapLayer: chapter.mapLayer,
  };
}

/** Fills `{id}` in a link template such as `index.html#preset={id}`. */
export function presetHref(template: string, presetId: string): string {
  return template.replaceAll('{id}', encodeURIComponent(presetId));
}

/** The story and chapter a hash names: `#story=<id>&chapter=<n>`, chapters counted from 1. */
export function readStoryHash(hash: string): { id: string | null; chapter: number } {
  const entries = new URLSearchParams(hash.replace(/^#/, ''));
  const chapter = Number(entries.get('chapter') ?? '1');
  return { id: entries.get('story'), chapter: Number.isInteger(chapter) && chapter >= 1 ? chapter - 1 : 0 };
}

/** The hash of a story's chapter; `lang`, when the link named a language, stays in it so a copied link keeps it. */
export function storyHash(id: string, index: number, lang?: string): string {
  return `#story=${encodeURIComponent(id)}&chapter=${index + 1}${lang ? `&lang=${encodeURIComponent(lang)}` : ''}`;
}
