/**
 * The English texts every page needs: the shared chrome, the explorable page and its charts, the
 * settings (generated from the parameter schema), the model panel, sharing and exporting, and the
 * presets' titles and captions. Page-specific parts are registered by the modules that use them
 * (./parts/learning.ts for stories and the teacher page, ./parts/lab.ts for the lab);
 * messages.en.ts assembles everything for translators and tests.
 */
import { PRESETS } from '../../presets/index.ts';
import { errorMessages } from './en/errors.ts';
import { explorableMessages } from './en/explorable.ts';
import { modelMessages } from './en/model.ts';
import { paramMessages } from './en/params.ts';
import { peopleMessages } from './en/people.ts';
import { shareMessages } from './en/share.ts';
import { uiMessages } from './en/ui.ts';

const presetTexts: Record<string, string> = {};
for (const preset of PRESETS) {
  presetTexts[`preset.${preset.id}.title`] = preset.title;
  presetTexts[`preset.${preset.id}.caption`] = preset.caption;
}

export const coreMessagesEn: Readonly<Record<string, string | readonly string[]>> = {
  ...uiMessages,
  ...explorableMessages,
  ...peopleMessages,
  ...paramMessages,
  ...modelMessages,
  ...shareMessages,
  ...errorMessages,
  ...presetTexts,
};
