/**
 * A chapter's title and sentences for the embed, from the story engine (src/stories/story.ts):
 * the same catalogue texts and live values as the guided story, so an article quoting chapter 3
 * says what the app says. The sentences need the chapter's own run; until it is drawn only the
 * title shows.
 */
import type { RunResult } from '../../models/index.ts';
import type { Preset, StoryChapter } from '../../presets/index.ts';
import { chapterText, chapterTitle, runServesChapter } from '../stories/story.ts';

export interface ChapterTexts {
  title: string;
  /** The chapter's sentences with live numbers, or null while its run is not drawn. */
  text: string | null;
}

export function chapterTexts(preset: Preset, chapter: StoryChapter, result: RunResult | null, seed: number): ChapterTexts {
  const title = chapterTitle(preset, chapter);
  return { title, text: runServesChapter(result, chapter, seed) ? chapterText(preset, chapter, result) : null };
}
