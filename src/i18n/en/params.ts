/**
 * English texts of the settings, generated from the parameter schema (models/params/schema.ts)
 * and the two page-only controls of the Run group (SEED_SPEC, and src/settings/playback-speed.ts), so the English is
 * written once, where the CLI and the JSON Schema read it too. Keys:
 * `param.<path>.label`, `.unit`, `.description`, `.source`, `param.<path>.option.<value>`, and
 * `paramGroup.<id>` for the section titles. A translation gives the same keys in its language.
 */
import { PARAM_GROUPS, PARAM_SPECS, SEED_SPEC, type ParamSpec } from '../../../models/index.ts';
import { SPEED_SPEC } from '../../settings/playback-speed.ts';

/** Every spec the settings panel shows: the model's parameters, then the seed and playback speed. */
const SPECS: readonly ParamSpec[] = [...PARAM_SPECS, SEED_SPEC, SPEED_SPEC];

function specMessages(specs: readonly ParamSpec[]): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const spec of specs) {
    const key = `param.${spec.path}`;
    messages[`${key}.label`] = spec.label;
    messages[`${key}.unit`] = spec.unit;
    messages[`${key}.description`] = spec.description;
    messages[`${key}.source`] = spec.source;
    for (const option of spec.options ?? []) messages[`${key}.option.${option.value}`] = option.label;
  }
  for (const group of PARAM_GROUPS) messages[`paramGroup.${group.id}`] = group.label;
  return messages;
}

export const paramMessages: Readonly<Record<string, string>> = specMessages(SPECS);
