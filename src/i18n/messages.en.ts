/**
 * The English message catalogue: every user-facing text of the explorable page and its charts,
 * the settings, the stories, the preset gallery, the story page, the teacher page and the model
 * panel. It is assembled from the parts in ./en/ (one per page or subject) so each stays
 * readable; the settings' part is generated from the parameter schema (./en/params.ts). A
 * translation is one object with the same keys (see README "Adding a language"). Preset titles
 * and captions are written once, in the preset files, and enter the catalogue here as
 * `preset.<id>.title` and `preset.<id>.caption`.
 */
import { PRESETS } from '../../presets/index.ts';
import { discussionMessages } from './en/discussion.ts';
import { explorableMessages } from './en/explorable.ts';
import { labMessages } from './en/lab.ts';
import { modelMessages } from './en/model.ts';
import { paramMessages } from './en/params.ts';
import { presetMessages } from './en/presets.ts';
import { shareMessages } from './en/share.ts';
import { storyMessages } from './en/stories.ts';
import { teacherMessages } from './en/teacher.ts';
import { uiMessages } from './en/ui.ts';

const presetTexts: Record<string, string> = {};
for (const preset of PRESETS) {
  presetTexts[`preset.${preset.id}.title`] = preset.title;
  presetTexts[`preset.${preset.id}.caption`] = preset.caption;
}

export const messagesEn: Readonly<Record<string, string | readonly string[]>> = {
  ...uiMessages,
  ...explorableMessages,
  ...paramMessages,
  ...modelMessages,
  ...teacherMessages,
  ...discussionMessages,
  ...presetMessages,
  ...storyMessages,
  ...labMessages,
  ...shareMessages,
  ...presetTexts,
};
