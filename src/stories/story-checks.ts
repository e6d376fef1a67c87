/**
 * Evaluates the claims a story's chapters make about their live values (`checks` in a preset
 * file), so tests fail when a model change makes a sentence such as "still above its true share"
 * untrue for the preset's run.
 */
import type { ChapterCheck } from '../../presets/index.ts';
import { isLiveValueName, type LiveValues } from './live-values.ts';

/**
 * Problems with one check, as sentences (empty when it holds). `chapters` holds the live values
 * of every chapter of the story by chapter id, for aboveChapter and belowChapter.
 */
export function checkProblems(check: ChapterCheck, values: LiveValues, chapters: ReadonlyMap<string, LiveValues>): string[] {
  const problems: string[] = [];
  const read = (name: string, from: LiveValues = values): number | undefined => (isLiveValueName(name) ? from[name] : undefined);
  const value = read(check.value);
  if (value === undefined) return [`"${check.value}" is not a live value.`];
  const compare = (name: string | undefined, holds: (other: number) => boolean, wording: string): void => {
    if (name === undefined) return;
    const other = read(name);
    if (other === undefined) problems.push(`"${name}" is not a live value.`);
    else if (!holds(other)) problems.push(`${check.value} = ${value} is not ${wording} ${name} = ${other}.`);
  };
  if (check.min !== undefined && !(value >= check.min)) problems.push(`${check.value} = ${value} is below ${check.min}.`);
  if (check.max !== undefined && !(value <= check.max)) problems.push(`${check.value} = ${value} is above ${check.max}.`);
  compare(check.above, (other) => value > other, 'above');
  compare(check.below, (other) => value < other, 'below');
  compare(check.near, (other) => Math.abs(value - other) <= (check.tolerance ?? 0), `within ${check.tolerance} of`);
  for (const [chapterId, holds, wording] of [
    [check.aboveChapter, (other: number) => value > other, 'above'],
    [check.belowChapter, (other: number) => value < other, 'below'],
  ] as const) {
    if (chapterId === undefined) continue;
    const otherValues = chapters.get(chapterId);
    if (!otherValues) {
      problems.push(`The story has no chapter "${chapterId}".`);
      continue;
    }
    const other = read(check.value, otherValues);
    if (other !== undefined && !holds(other)) problems.push(`${check.value} = ${value} is not ${wording} its value ${other} in chapter "${chapterId}".`);
  }
  return problems;
}
