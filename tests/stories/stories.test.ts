/**
 * Every preset's teaching material is complete and true to its run: stories of 3 to 6 chapters
 * whose overrides validate, whose texts exist and quote only known live values and parameters,
 * and whose claims (`checks`) hold for the preset's seed; notices, things to try, discussion
 * questions and citations all resolve.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSpec, simulate, validateParams, type RunResult } from '../../models/index.ts';
import { BIBLIOGRAPHY, MAX_CHAPTERS, MIN_CHAPTERS, PRESETS, STORY_MAP_LAYERS, loadPreset, type Preset } from '../../presets/index.ts';
import { MAP_LAYER_IDS } from '../../src/components/charts/map-layers.ts';
import { NUMBER_STYLES, lookup, placeholders, t, tList } from '../../src/i18n/index.ts';
import { messagesEn } from '../../src/i18n/messages.en.ts';
import { computeLiveValues, isLiveValueName, type LiveValues } from '../../src/stories/live-values.ts';
import { chapterKey, chapterText, PARAM_PLACEHOLDER_PREFIX, storyTitle } from '../../src/stories/story.ts';
import { checkProblems } from '../../src/stories/story-checks.ts';
import { DISCUSSION_QUESTIONS } from '../../src/teacher/discussion.ts';

/** Sentences of a text: split after . ! or ? followed by a space and a capital or a quote. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=["“A-Z])/);
}

/** Runs each distinct chapter configuration once (chapters share runs when only the day differs). */
const runs = new Map<string, RunResult>();
function runFor(preset: Preset, chapterIndex: number): RunResult {
  const chapter = preset.story[chapterIndex]!;
  const key = `${preset.id}|${JSON.stringify(chapter.params)}`;
  let result = runs.get(key);
  if (!result) runs.set(key, (result = simulate(chapter.params, preset.seed)));
  return result;
}

describe('stories', () => {
  it('the issue\'s seven stories exist under their titles', () => {
    const titles = PRESETS.map(storyTitle);
    for (const title of [
      'How a loop runs away',
      'Biased history, equal crime',
      'Who calls the police',
      'Cameras on some streets',
      'Stops that find nothing',
      'Can the model be fixed?',
      'Weighing costs and benefits',
    ]) {
      expect(titles).toContain(title);
    }
  });

  it('every preset file validates, with a story of 3 to 6 chapters', () => {
    for (const preset of PRESETS) {
      const file = JSON.parse(readFileSync(new URL(`../../presets/${preset.id}.json`, import.meta.url), 'utf8'));
      expect(loadPreset(file).id).toBe(preset.id);
      expect(preset.story.length).toBeGreaterThanOrEqual(MIN_CHAPTERS);
      expect(preset.story.length).toBeLessThanOrEqual(MAX_CHAPTERS);
    }
  });

  it('a malformed story is rejected with the field', () => {
    const base = JSON.parse(readFileSync(new URL('../../presets/runaway-urn.json', import.meta.url), 'utf8'));
    const chapter = base.story[0];
    expect(() => loadPreset({ ...base, story: base.story.slice(0, 2) })).toThrow(/3 to 6 chapters/);
    expect(() => loadPreset({ ...base, story: [{ ...chapter, day: 0 }, ...base.story.slice(1)] })).toThrow(/story\[0\]\.day.*1 to 1000/);
    expect(() => loadPreset({ ...base, story: [{ ...chapter, day: 2000 }, ...base.story.slice(1)] })).toThrow(/story\[0\]\.day/);
    expect(() => loadPreset({ ...base, story: [{ ...chapter, region: 'sidebar' }, ...base.story.slice(1)] })).toThrow(/region must be one of/);
    expect(() => loadPreset({ ...base, story: [{ ...chapter, overrides: { deployment: { units: 0 } } }, ...base.story.slice(1)] })).toThrow(
      /story\[0\]\.overrides.*deployment\.units.*from 1 to 100000/,
    );
    expect(() => loadPreset({ ...base, story: [chapter, ...base.story].slice(0, 4) })).toThrow(/twice/);
    expect(() => loadPreset({ ...base, citations: ['nobody2020'] })).toThrow(/bibliography/);
    expect(() => loadPreset({ ...base, citations: [] })).toThrow(/at least one/);
  });

  it('every chapter\'s overrides validate on top of its preset\'s params and its day fits its run', () => {
    for (const preset of PRESETS) {
      for (const chapter of preset.story) {
        expect(validateParams(chapter.overrides, preset.params)).toEqual(chapter.params);
        expect(chapter.day).toBeGreaterThanOrEqual(1);
        expect(chapter.day).toBeLessThanOrEqual(chapter.params.days);
        if (chapter.mapLayer) expect(MAP_LAYER_IDS).toContain(chapter.mapLayer);
      }
    }
    expect([...STORY_MAP_LAYERS].sort()).toEqual([...MAP_LAYER_IDS].sort());
  });

  it('every chapter has a title and a text of two or three sentences', () => {
    for (const preset of PRESETS) {
      expect(typeof lookup(`story.${preset.id}.title`)).toBe('string');
      for (const chapter of preset.story) {
        const title = lookup(chapterKey(preset, chapter, 'title'));
        const text = lookup(chapterKey(preset, chapter, 'text'));
        expect(typeof title, `${preset.id}/${chapter.id} title`).toBe('string');
        expect(typeof text, `${preset.id}/${chapter.id} text`).toBe('string');
        const count = sentences(text as string).length;
        expect(count, `${preset.id}/${chapter.id}: ${text}`).toBeGreaterThanOrEqual(2);
        expect(count, `${preset.id}/${chapter.id}: ${text}`).toBeLessThanOrEqual(3);
      }
    }
  });

  it('every placeholder of a story text is a live value or a scalar parameter, with a known style', () => {
    for (const preset of PRESETS) {
      for (const chapter of preset.story) {
        const text = lookup(chapterKey(preset, chapter, 'text')) as string;
        const found = placeholders(text);
        expect(found.length, `${preset.id}/${chapter.id} quotes no number`).toBeGreaterThan(0);
        for (const { name, style } of found) {
          if (style !== undefined) expect(NUMBER_STYLES).toContain(style);
          if (name.startsWith(PARAM_PLACEHOLDER_PREFIX)) {
            const spec = findSpec(name.slice(PARAM_PLACEHOLDER_PREFIX.length));
            expect(spec, `${preset.id}/${chapter.id}: unknown parameter ${name}`).toBeDefined();
            expect(['number', 'integer']).toContain(spec!.kind);
          } else {
            expect(isLiveValueName(name), `${preset.id}/${chapter.id}: unknown live value {${name}}`).toBe(true);
          }
        }
      }
    }
  });

  it('the catalogue holds no story text for a chapter that does not exist', () => {
    const keys = new Set<string>();
    for (const preset of PRESETS) {
      keys.add(`story.${preset.id}.title`);
      for (const chapter of preset.story) for (const part of ['title', 'text'] as const) keys.add(chapterKey(preset, chapter, part));
    }
    const storyKeys = Object.keys(messagesEn).filter((key) => key.startsWith('story.'));
    expect(storyKeys.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('things to notice, things to try and discussion questions all have texts', () => {
    const questionIds = new Set(DISCUSSION_QUESTIONS.map((question) => question.id));
    for (const preset of PRESETS) {
      expect(preset.thingsToNotice.length).toBeGreaterThan(0);
      expect(preset.thingsToTry.length).toBeGreaterThan(0);
      expect(preset.discussionQuestions.length).toBeGreaterThan(0);
      for (const id of preset.thingsToNotice) expect(typeof lookup(`preset.${preset.id}.notice.${id}`), `${preset.id} notice ${id}`).toBe('string');
      for (const id of preset.thingsToTry) expect(typeof lookup(`preset.${preset.id}.try.${id}`), `${preset.id} try ${id}`).toBe('string');
      for (const id of preset.discussionQuestions) expect(questionIds.has(id), `${preset.id} question ${id}`).toBe(true);
    }
    for (const question of DISCUSSION_QUESTIONS) {
      expect(t(`discussion.${question.id}.question`)).toMatch(/\?$/);
      expect(tList(`discussion.${question.id}.notes`).length).toBeGreaterThan(0);
      expect(PRESETS.some((preset) => preset.discussionQuestions.includes(question.id)), `${question.id} is tied to no preset`).toBe(true);
    }
  });

  it('the Carnegie Council questions are all asked', () => {
    const carnegie = DISCUSSION_QUESTIONS.filter((question) => question.source === 'carnegie').map((question) => t(`discussion.${question.id}.question`));
    expect(carnegie).toHaveLength(6);
    for (const topic of [/ethical\?/, /guidelines.*enforced/, /new technology/, /federal and local/, /across nations/, /utilitarian/]) {
      expect(carnegie.some((question) => topic.test(question)), String(topic)).toBe(true);
    }
  });

  it('presets cite the issue\'s sources in full', () => {
    const cited = new Set(PRESETS.flatMap((preset) => preset.citations));
    for (const key of ['ensign2018', 'lum2016', 'akpinar2021', 'mohler2015', 'damour2020', 'floyd2013', 'ncvs2017']) expect(cited).toContain(key);
    for (const key of cited) expect(BIBLIOGRAPHY[key as keyof typeof BIBLIOGRAPHY].text, key).toMatch(/\(\d{4}\)|\d{4}\)\.$/);
  });

  describe('each chapter\'s claims hold for its run', () => {
    for (const preset of PRESETS) {
      it(`${preset.id}`, () => {
        const values = new Map<string, LiveValues>();
        preset.story.forEach((chapter, index) => values.set(chapter.id, computeLiveValues(runFor(preset, index), chapter.day)));
        preset.story.forEach((chapter, index) => {
          const own = values.get(chapter.id)!;
          for (const check of chapter.checks) expect(checkProblems(check, own, values), `${preset.id}/${chapter.id}`).toEqual([]);
          const text = chapterText(preset, chapter, runFor(preset, index));
          expect(text, `${preset.id}/${chapter.id}`).not.toMatch(/[{}]|NaN|Infinity|–/);
        });
      });
    }
  });

  it('a failed claim is reported in words', () => {
    const preset = PRESETS[0]!;
    const values = computeLiveValues(runFor(preset, 0), preset.story[0]!.day);
    expect(checkProblems({ value: 'day', min: 1e9 }, values, new Map())).toEqual([`day = ${values.day} is below 1000000000.`]);
    expect(checkProblems({ value: 'nonsense' }, values, new Map())).toEqual(['"nonsense" is not a live value.']);
    expect(checkProblems({ value: 'day', aboveChapter: 'nowhere' }, values, new Map())).toEqual(['The story has no chapter "nowhere".']);
  });
});
