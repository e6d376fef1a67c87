/**
 * Los textos en español que necesita cada página (véase messages.en.core.ts): el marco común, la
 * simulación y sus gráficos, los ajustes, el panel del modelo, compartir y exportar, los errores y
 * los títulos de los escenarios. Se carga solo cuando se elige el español (./locale-choice.ts).
 */
import { errorMessages } from './es/errors.ts';
import { explorableMessages } from './es/explorable.ts';
import { modelMessages } from './es/model.ts';
import { paramMessages } from './es/params.ts';
import { peopleMessages } from './es/people.ts';
import { presetTitleMessages } from './es/preset-titles.ts';
import { shareMessages } from './es/share.ts';
import { uiMessages } from './es/ui.ts';

export const coreMessagesEs: Readonly<Record<string, string | readonly string[]>> = {
  ...uiMessages,
  ...explorableMessages,
  ...peopleMessages,
  ...paramMessages,
  ...modelMessages,
  ...shareMessages,
  ...errorMessages,
  ...presetTitleMessages,
};
