/**
 * The presenter's slides and speaker notes for a preset's story: a title slide, one slide per
 * chapter, and a discussion slide. Notes hold what to say and the numbers behind the slide; the
 * texts come from the message catalogue through the story engine, so they match the app.
 */
import type { RunResult } from '../../models/index.ts';
import type { Preset } from '../../presets/index.ts';
import { tList, t, hasMessage } from '../i18n/index.ts';
import { computeLiveValues } from '../stories/live-values.ts';
import { chapterText, chapterTitle, presetCaption, runServesChapter, storyTitle } from '../stories/story.ts';
import { formatFixed, formatPercent, formatRatio, formatSerial } from '../i18n/format.ts';
import '../i18n/parts/learning.ts';

export type SlideKind = 'title' | 'chapter' | 'discussion';

export interface Slide {
  kind: SlideKind;
  /** Chapter index for chapter slides, else -1. */
  chapterIndex: number;
  title: string;
}

export interface SlideNotes {
  /** What to say, sentence by sentence. */
  say: string[];
  /** Numbers behind the slide, to answer questions. */
  numbers: string[];
  /** Questions to put to the room, with notes for leading the discussion. */
  questions: { question: string; notes: string[] }[];
}

/** The slides of a preset's story, in order. */
export function presenterSlides(preset: Preset): Slide[] {
  return [
    { kind: 'title', chapterIndex: -1, title: storyTitle(preset) },
    ...preset.story.map((chapter, index) => ({ kind: 'chapter' as const, chapterIndex: index, title: chapterTitle(preset, chapter) })),
    { kind: 'discussion', chapterIndex: -1, title: t('presenter.discussion') },
  ];
}

/** The discussion questions of a preset, with the catalogue's notes for leading them. */
export function discussionQuestions(preset: Preset): { question: string; notes: string[] }[] {
  return preset.discussionQuestions
    .filter((id) => hasMessage(`discussion.${id}.question`))
    .map((id) => ({ question: t(`discussion.${id}.question`), notes: hasMessage(`discussion.${id}.notes`) ? tList(`discussion.${id}.notes`) : [] }));
}

/** Speaker notes for a slide; chapter numbers need the chapter's run (`result`), else they are left out. */
export function slideNotes(preset: Preset, slide: Slide, result: RunResult | null, seed: number): SlideNotes {
  if (slide.kind === 'title') {
    return {
      say: [presetCaption(preset), t('presenter.notes.intro', { count: preset.story.length })],
      numbers: [],
      questions: [],
    };
  }
  if (slide.kind === 'discussion') {
    const notice = preset.thingsToNotice.map((id) => `preset.${preset.id}.notice.${id}`).filter(hasMessage).map((key) => t(key));
    return { say: notice, numbers: [], questions: discussionQuestions(preset) };
  }
  const chapter = preset.story[slide.chapterIndex]!;
  if (!runServesChapter(result, chapter, seed)) return { say: [t('presenter.notes.computing')], numbers: [], questions: [] };
  const live = computeLiveValues(result, chapter.day);
  return {
    say: [chapterText(preset, chapter, result)],
    numbers: [
      t('presenter.notes.day', { day: formatSerial(chapter.day), days: formatSerial(chapter.params.days), seed: formatSerial(seed) }),
      t('presenter.notes.quarter', {
        days: live.windowDays,
        patrols: formatPercent(live.quarterPatrolShare),
        crime: formatPercent(live.quarterTrueShare),
        residents: formatPercent(live.quarterPopulationShare),
      }),
      t('presenter.notes.disparity', { ratio: formatRatio(live.disparityRatio) }),
      t('presenter.notes.recorded', {
        per: 1000,
        first: formatSerial(1),
        minority: formatFixed(live.minorityRecordedPer1000, 1),
        majority: formatFixed(live.majorityRecordedPer1000, 1),
      }),
    ],
    questions: [],
  };
}
