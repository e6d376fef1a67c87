/**
 * The parameters the lab's compact editors show, generated from the schema: which differ between
 * two configurations, how a value reads, and how a typed value is applied. Every edit goes through
 * the model's validation, so a refused value leaves the last good configuration untouched and
 * comes back as a sentence to show next to the control. Words come from the message catalogue
 * (settings' names and units are the explorable's `param.<path>.*` messages).
 */
import { PARAM_SPECS, readPath, type Params, type ParamSpec } from '../../models/index.ts';
import { applyText, applyValue } from '../app/param-edit.ts';
import { paramUnit } from '../i18n/param-text.ts';
import { formatSchemaValue } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import '../i18n/parts/lab.ts';

/** Outcome of one edit: the new params, or why the value was refused. */
export type EditResult = { ok: true; params: Params } | { ok: false; field: string; message: string };

/** Specs a compact editor can change (a custom neighborhood list is edited only by picking a preset). */
export const EDITABLE_SPECS: readonly ParamSpec[] = PARAM_SPECS.filter((spec) => spec.kind !== 'neighborhoods');

/** Numeric specs: what a sweep can vary. */
export const NUMERIC_SPECS: readonly ParamSpec[] = PARAM_SPECS.filter((spec) => spec.kind === 'number' || spec.kind === 'integer');

export function specByPath(path: string): ParamSpec | undefined {
  return PARAM_SPECS.find((spec) => spec.path === path);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b);
}

/** Specs whose value differs between `params` and `reference`, in schema order. */
export function differingSpecs(params: Params, reference: Params): ParamSpec[] {
  return PARAM_SPECS.filter((spec) => !sameValue(readPath(params, spec.path), readPath(reference, spec.path)));
}


/**
 * Applies a value to one parameter: text for numbers (as typed), a boolean or an option value
 * otherwise. Never throws for bad input. Refusals are worded as the explorable's controls word
 * them (src/app/param-edit.ts): from the catalogue for a number out of range, not a number or
 * not whole; the model's own message, with the setting's label for its path, for anything else.
 */
export function editParam(params: Params, spec: ParamSpec, input: string | boolean): EditResult {
  return typeof input === 'string' && (spec.kind === 'number' || spec.kind === 'integer') ? applyText(params, spec, input) : applyValue(params, spec, input);
}

/** The allowed range of a numeric spec in the message locale, e.g. "0 to 1 (probability)". */
export function rangeText(spec: ParamSpec): string {
  if (spec.min === undefined || spec.max === undefined) return '';
  const values = { min: formatSchemaValue(spec.min), max: formatSchemaValue(spec.max) };
  return spec.unit ? t('lab.range.withUnit', { ...values, unit: paramUnit(spec) }) : t('lab.range', values);
}
