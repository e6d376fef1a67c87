/**
 * The small pure parts of the stories: thumbnail series, story links, chapter requests, run
 * matching, the lesson plan's timing, and the teacher notes for single stories.
 */
import { describe, expect, it } from 'vitest';
import { DISPARITY_WINDOW_DAYS, simulate, validateParams } from '../../models/index.ts';
import { PRESETS, findPreset } from '../../presets/index.ts';
import { chapterRequest, presetHref, readStoryHash, runServesChapter, sameValue, storyHash } from '../../src/stories/story.ts';
import { thumbnailData } from '../../src/stories/thumbnail-data.ts';
import { DISCUSSION_QUESTIONS } from '../../src/teacher/discussion.ts';
import { LESSON_MINUTES, LESSON_PLAN } from '../../src/teacher/lesson-plan.ts';
import { STORY_NOTES } from '../../src/teacher/story-notes.ts';
import { lookup } from '../../src/i18n/index.ts';
import '../../src/i18n/parts/learning.ts';

describe('thumbnail data', () => {
  it('averages the daily patrol share over the model\'s trailing window and keeps the first and last day', () => {
    const days = 100;
    const daily = Float64Array.from({ length: days }, (_, t) => (t % 2 === 0 ? 1 : 0));
    const truth = Float64Array.from({ length: days }, (_, t) => t / days);
    const data = thumbnailData({ patrolShareMinorityQuarter: daily, trueCrimeShareMinorityQuarter: truth }, 12);
    expect(data.days).toBe(days);
    expect(data.sampleDays.length).toBe(12);
    expect(data.sampleDays[0]).toBe(0);
    expect(data.sampleDays[11]).toBe(days - 1);
    // Day 0: only itself (1); day 99: 30 days alternating 1 and 0, half of them 1.
    expect(data.patrols[0]).toBe(1);
    expect(data.patrols[11]).toBeCloseTo(15 / DISPARITY_WINDOW_DAYS, 12);
    expect(data.truth[11]).toBe(truth[days - 1]);
  });

  it('thins a real run to at most the asked number of points', () => {
    const preset = PRESETS[0]!;
    const data = thumbnailData(simulate(preset.params, preset.seed).series);
    expect(data.patrols.length).toBeLessThanOrEqual(48);
    expect([...data.patrols].every((share) => share >= 0 && share <= 1)).toBe(true);
  });

  it('handles runs shorter than the number of points', () => {
    const data = thumbnailData({ patrolShareMinorityQuarter: Float64Array.of(0.5), trueCrimeShareMinorityQuarter: Float64Array.of(0.25) });
    expect([...data.sampleDays]).toEqual([0]);
    expect([...data.patrols]).toEqual([0.5]);
  });
});

describe('story links and requests', () => {
  it('write and read a chapter link, counting chapters from 1', () => {
    expect(storyHash('biased-history', 2)).toBe('#story=biased-history&chapter=3');
    // A language named in the link stays in it, and reading the hash ignores it.
    expect(storyHash('biased-history', 2, 'es')).toBe('#story=biased-history&chapter=3&lang=es');
    expect(readStoryHash('#story=biased-history&chapter=3&lang=es')).toEqual({ id: 'biased-history', chapter: 2 });
    expect(readStoryHash('#story=biased-history&chapter=3')).toEqual({ id: 'biased-history', chapter: 2 });
    expect(readStoryHash('#story=x')).toEqual({ id: 'x', chapter: 0 });
    expect(readStoryHash('#story=x&chapter=zero')).toEqual({ id: 'x', chapter: 0 });
    expect(readStoryHash('')).toEqual({ id: null, chapter: 0 });
    expect(presetHref('index.html#preset={id}', 'a b')).toBe('index.html#preset=a%20b');
  });

  it('ask the host for the chapter\'s params, seed, day and region', () => {
    const preset = findPreset('biased-history')!;
    const request = chapterRequest(preset, 4);
    expect(request).toMatchObject({ presetId: 'biased-history', index: 4, count: 5, chapterId: 'no-loop', seed: 7, day: 365, region: 'share-chart' });
    expect(request.overrides).toEqual({ deployment: { policy: 'uniform' } });
    expect(request.params.deployment.policy).toBe('uniform');
    expect(() => chapterRequest(preset, 5)).toThrow(/chapters 0 to 4/);
  });

  it('accept only the chapter\'s own run once it reaches the chapter\'s day', () => {
    const preset = findPreset('runaway-urn')!;
    const chapter = preset.story[0]!;
    const short = simulate(validateParams({ days: chapter.day - 1 }, chapter.params), preset.seed);
    const run = simulate(chapter.params, preset.seed);
    expect(runServesChapter(run, chapter, preset.seed)).toBe(true);
    expect(runServesChapter(run, chapter, preset.seed + 1)).toBe(false);
    expect(runServesChapter(short, chapter, preset.seed)).toBe(false);
    expect(runServesChapter(simulate(preset.story[3]!.params, preset.seed), chapter, preset.seed)).toBe(false);
    expect(runServesChapter(null, chapter, preset.seed)).toBe(false);
  });

  it('compare params by value, whatever the key order', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});

describe('the lesson plan', () => {
  it('fills 45 minutes without gaps and names only stories that exist', () => {
    expect(LESSON_PLAN[0]!.from).toBe(0);
    expect(LESSON_PLAN[LESSON_PLAN.length - 1]!.to).toBe(LESSON_MINUTES);
    for (let k = 1; k < LESSON_PLAN.length; k++) expect(LESSON_PLAN[k]!.from).toBe(LESSON_PLAN[k - 1]!.to);
    for (const step of LESSON_PLAN) for (const id of step.stories) expect(findPreset(id), id).toBeDefined();
  });

  it('uses the issue\'s seven stories', () => {
    const used = new Set(LESSON_PLAN.flatMap((step) => step.stories));
    for (const id of ['runaway-urn', 'biased-history', 'differential-reporting', 'surveillance-density', 'stop-and-frisk', 'three-regions', 'costs-and-benefits']) {
      expect(used.has(id), id).toBe(true);
    }
  });
});

describe('the teacher notes for single stories', () => {
  it('are for stories that exist and tie each to a Carnegie question its preset names', () => {
    const carnegie = new Set(DISCUSSION_QUESTIONS.filter((question) => question.source === 'carnegie').map((question) => question.id));
    expect(STORY_NOTES.map((notes) => notes.preset)).toContain('the-list');
    for (const notes of STORY_NOTES) {
      const preset = findPreset(notes.preset);
      expect(preset, notes.preset).toBeDefined();
      expect(notes.ties.length, notes.preset).toBeGreaterThan(0);
      for (const id of notes.ties) {
        expect(carnegie.has(id), id).toBe(true);
        expect(preset!.discussionQuestions, id).toContain(id);
      }
    }
  });

  it('have an introduction, things to notice, questions and a text for every tie', () => {
    for (const notes of STORY_NOTES) {
      const key = `teacher.storyNotes.${notes.preset}`;
      expect(typeof lookup(`${key}.intro`), key).toBe('string');
      for (const part of ['notice', 'questions']) expect((lookup(`${key}.${part}`) as readonly string[]).length, `${key}.${part}`).toBeGreaterThan(1);
      for (const id of notes.ties) expect(typeof lookup(`${key}.tie.${id}`), id).toBe('string');
    }
  });
});
