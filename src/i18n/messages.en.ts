/**
 * The whole English message catalogue, for translators and tests: the core every page loads
 * (messages.en.core.ts) plus the page-specific parts (stories and teacher, lab). A translation
 * is one object with these keys (see README "Adding a language").
 */
import { labMessages } from './en/lab.ts';
import { coreMessagesEn } from './messages.en.core.ts';
import { discussionMessages } from './en/discussion.ts';
import { presetMessages } from './en/presets.ts';
import { storyMessages } from './en/stories.ts';
import { teacherMessages } from './en/teacher.ts';

export const messagesEn: Readonly<Record<string, string | readonly string[]>> = {
  ...coreMessagesEn,
  ...teacherMessages,
  ...discussionMessages,
  ...presetMessages,
  ...storyMessages,
  ...labMessages,
};
