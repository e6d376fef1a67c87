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
import { formatPercent, formatRatio } from '../components/charts/format.ts';

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
    { kind: 'discussion', chapterIndex: -1, title: 'Discussion' },
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
      say: [presetCaption(preset), `${preset.story.length} chapters follow. The city is synthetic: every number comes from the simulation, not from a real police force.`],
      numbers: [],
      questions: [],
    };
  }
  if (slide.kind === 'discussion') {
    const notice = preset.thingsToNotice.map((id) => `preset.${preset.id}.notice.${id}`).filter(hasMessage).map((key) => t(key));
    return { say: notice, numbers: [], questions: discussionQuestions(preset) };
  }
  const chapter = preset.story[slide.chapterIndex]!;
  if (!runServesChapter(result, chapter, seed)) return { say: ['The chapter’s run is still being computed.'], numbers: [], questions: [] };
  const live = computeLiveValues(result, chapter.day);
  return {
    say: [chapterText(preset, chapter, result)],
    numbers: [
      `Day ${chapter.day} of ${chapter.params.days}, seed ${seed}.`,
      `Most-minority quarter, last ${live.windowDays} days: ${formatPercent(live.quarterPatrolShare)} of patrols, ${formatPercent(live.quarterTrueShare)} of true crime, ${formatPercent(live.quarterPopulationShare)} of residents.`,
      `Disparity ratio (patrol share ÷ true-crime share): ${formatRatio(live.disparityRatio)}.`,
      `Recorded incidents per 1,000 residents since day 1: minority ${live.minorityRecordedPer1000.toFixed(1)}, majority ${live.majorityRecordedPer1000.toFixed(1)}.`,
    ],
    questions: [],
  };
}
