/**
 * Presenter slides and speaker notes: a title slide, one slide per chapter and a discussion
 * slide for every preset; a chapter's notes quote its sentences and numbers from its own run.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../models/index.ts';
import { PRESETS, findPreset } from '../../presets/index.ts';
import { discussionQuestions, presenterSlides, slideNotes } from '../../src/embed/presenter-notes.ts';
import { chapterText } from '../../src/stories/story.ts';

describe('presenter slides', () => {
  it('every preset has a title slide, one slide per chapter and a discussion slide with its questions', () => {
    for (const preset of PRESETS) {
      const slides = presenterSlides(preset);
      expect(slides.map((slide) => slide.kind)).toEqual(['title', ...preset.story.map(() => 'chapter'), 'discussion']);
      expect(slides.every((slide) => slide.title.length > 0)).toBe(true);
      expect(discussionQuestions(preset)).toHaveLength(preset.discussionQuestions.length);
    }
  });

  it('chapter notes quote the chapter text and its numbers, from the chapter\'s own run only', () => {
    const preset = findPreset('biased-history')!;
    const slide = presenterSlides(preset)[3]!;
    const chapter = preset.story[slide.chapterIndex]!;
    const result = simulate(chapter.params, preset.seed);
    const notes = slideNotes(preset, slide, result, preset.seed);
    expect(notes.say).toEqual([chapterText(preset, chapter, result)]);
    expect(notes.numbers[0]).toBe(`Day ${chapter.day} of ${chapter.params.days}, seed ${preset.seed}.`);
    expect(notes.numbers.join(' ')).toContain('Disparity ratio');
    // Another seed's run is not this chapter's run: no numbers are quoted from it.
    expect(slideNotes(preset, slide, result, preset.seed + 1).numbers).toEqual([]);
  });

  it('discussion notes list the questions with the notes for leading them', () => {
    const preset = findPreset('biased-history')!;
    const slides = presenterSlides(preset);
    const notes = slideNotes(preset, slides.at(-1)!, null, preset.seed);
    expect(notes.questions.length).toBeGreaterThan(0);
    expect(notes.questions.every((item) => item.question.endsWith('?') && item.notes.length > 0)).toBe(true);
  });
});
