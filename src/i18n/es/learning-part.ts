/** Los textos en español de las historias, las notas de los escenarios y la página para docentes. */
import { discussionMessages } from './discussion.ts';
import { presetMessages } from './presets.ts';
import { storyMessages } from './stories.ts';
import { teacherMessages } from './teacher.ts';

export const learningMessagesEs: Readonly<Record<string, string | readonly string[]>> = {
  ...teacherMessages,
  ...discussionMessages,
  ...presetMessages,
  ...storyMessages,
};
