/**
 * The words of a setting, read from the message catalogue: label, unit, description, source and
 * option labels under `param.<path>.*`, section titles under `paramGroup.<id>`. Their English is
 * generated from the parameter schema (src/i18n/en/params.ts), so controls never show the
 * schema's English directly and a translation reaches every control.
 */
import type { ParamSpec } from '../../models/index.ts';
import { t } from './index.ts';

/** The setting's name, e.g. "Reporting rate, minority". */
export function paramLabel(spec: ParamSpec): string {
  return t(`param.${spec.path}.label`);
}

/** What one unit of the value is, e.g. "probability". */
export function paramUnit(spec: ParamSpec): string {
  return t(`param.${spec.path}.unit`);
}

/** What the setting means, in one or two plain sentences. */
export function paramDescription(spec: ParamSpec): string {
  return t(`param.${spec.path}.description`);
}

/** Where the default or the mechanism comes from. */
export function paramSource(spec: ParamSpec): string {
  return t(`param.${spec.path}.source`);
}

/** The label of one choice of an enum setting. */
export function optionLabel(spec: ParamSpec, value: string): string {
  return t(`param.${spec.path}.option.${value}`);
}

/** The title of a settings section, e.g. "Source: patrol discoveries". */
export function groupTitle(groupId: string): string {
  return t(`paramGroup.${groupId}`);
}

/**
 * An option's name without its explanation, for compact lists: the label up to its first colon
 * or opening parenthesis ("Cumulative (every record counts forever: the urn)" gives "Cumulative").
 */
export function shortOptionLabel(spec: ParamSpec, value: string): string {
  return optionLabel(spec, value).split(/:| \(/)[0]!.trim();
}
