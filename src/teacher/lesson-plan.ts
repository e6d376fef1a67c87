/**
 * The 45-minute lesson: timed steps, each naming the story it uses. Texts live in the catalogue
 * (`teacher.plan.<id>.title` and `.text`); the Node tests check the steps add up to 45 minutes
 * and that every story named exists.
 */

export interface LessonStep {
  id: string;
  /** Minutes from the start of the lesson. */
  from: number;
  to: number;
  /** Presets whose stories the step uses, in order. */
  stories: readonly string[];
}

export const LESSON_MINUTES = 45;

export const LESSON_PLAN: readonly LessonStep[] = [
  { id: 'opening', from: 0, to: 5, stories: [] },
  { id: 'urn', from: 5, to: 13, stories: ['runaway-urn'] },
  { id: 'history', from: 13, to: 21, stories: ['biased-history'] },
  { id: 'groups', from: 21, to: 31, stories: ['differential-reporting', 'surveillance-density', 'stop-and-frisk'] },
  { id: 'fix', from: 31, to: 37, stories: ['three-regions'] },
  { id: 'weigh', from: 37, to: 44, stories: ['costs-and-benefits'] },
  { id: 'exit', from: 44, to: 45, stories: [] },
];
