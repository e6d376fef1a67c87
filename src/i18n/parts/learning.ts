/**
 * Registers the English texts of the stories, the presets' notes, the teacher page and the
 * discussion questions. Imported for its effect by every module that shows them, so pages that
 * do not (the explorable) never load these texts.
 */
import { addMessages, DEFAULT_LOCALE } from '../index.ts';
import { usePart } from '../locale-choice.ts';
import { discussionMessages } from '../en/discussion.ts';
import { presetMessages } from '../en/presets.ts';
import { storyMessages } from '../en/stories.ts';
import { teacherMessages } from '../en/teacher.ts';

export const learningMessagesEn = { ...teacherMessages, ...discussionMessages, ...presetMessages, ...storyMessages };
addMessages(DEFAULT_LOCALE, learningMessagesEn);
usePart('learning');
