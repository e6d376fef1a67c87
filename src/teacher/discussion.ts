/**
 * The discussion questions of the teacher page, in the order they are asked. Texts live in the
 * catalogue (`discussion.<id>.question` and `.notes`); which presets illustrate a question is
 * written in the preset files (`discussionQuestions`), so the tie is kept in one place.
 */
import { PRESETS, type Preset } from '../../presets/index.ts';

export interface DiscussionQuestion {
  id: string;
  /** Where the question comes from: the Carnegie Council's intelligence-led policing questions, or this project. */
  source: 'carnegie' | 'project';
}

export const DISCUSSION_QUESTIONS: readonly DiscussionQuestion[] = [
  { id: 'ilp-ethical', source: 'carnegie' },
  { id: 'guidelines-enforced', source: 'carnegie' },
  { id: 'new-technology', source: 'carnegie' },
  { id: 'federal-local', source: 'carnegie' },
  { id: 'across-nations', source: 'carnegie' },
  { id: 'utilitarian', source: 'carnegie' },
  { id: 'equal-crime-unequal-data', source: 'project' },
  { id: 'who-is-harmed', source: 'project' },
  { id: 'fix-or-abandon', source: 'project' },
  { id: 'stops-harm', source: 'project' },
  { id: 'control-group', source: 'project' },
  { id: 'feedback-everywhere', source: 'project' },
];

/** The presets whose files name this question, in gallery order. */
export function presetsIllustrating(questionId: string, presets: readonly Preset[] = PRESETS): Preset[] {
  return presets.filter((preset) => preset.discussionQuestions.includes(questionId));
}
