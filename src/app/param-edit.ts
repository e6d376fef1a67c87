/**
 * Editing parameters from the controls: every edit goes through the model's own validation, so a
 * rejected value leaves the last good parameters untouched and comes back as a message to show
 * next to the control. Also compares params with the loaded preset.
 */
import { ParamError, parseAssignment, readPath, validateParams, type Params, type ParamSpec } from '../../models/index.ts';
import { formatNumber, getLocale, t } from '../i18n/index.ts';
import { normalizeFieldNumber } from '../i18n/format.ts';
import { paramErrorText } from '../i18n/param-errors.ts';
import { paramLabel, paramUnit } from '../i18n/param-text.ts';

/** The outcome of one edit: new params, or the reason the value was refused. */
export type EditOutcome = { ok: true; params: Params } | { ok: false; field: string; message: string };

/** Applies a value typed as text (numbers, with the locale's decimal sign or a point) to `params`; never throws for bad input. */
export function applyText(params: Params, spec: ParamSpec, text: string): EditOutcome {
  const typed = normalizeFieldNumber(text);
  const number = typed === '' ? NaN : Number(typed);
  return attempt(spec, text.trim(), number, () => validateParams(parseAssignment(spec.path, typed), params));
}

/** Applies a value of the right type (a boolean, an option, a number, or null) to `params`. */
export function applyValue(params: Params, spec: ParamSpec, value: unknown): EditOutcome {
  const shown = typeof value === 'number' ? formatNumber(value, 'number', getLocale()) : String(value);
  return attempt(spec, shown, value, () => validateParams(overrideAt(spec.path, value), params));
}

/** `shown` is the refused value as the message writes it; `value` the value the model checked. */
function attempt(spec: ParamSpec, shown: string, value: unknown, edit: () => Params): EditOutcome {
  try {
    return { ok: true, params: edit() };
  } catch (error) {
    if (error instanceof ParamError) return { ok: false, field: error.field, message: refusal(spec, shown, value, error) };
    throw error;
  }
}

/**
 * Why a value was refused, in the catalogue's words. A number that is not a number, not whole,
 * or out of the control's range is worded here from the schema (the same checks the model made);
 * a rule across several fields (the size of the whole run) is the model's refusal worded by the
 * catalogue (src/i18n/param-errors.ts), with the control's label in place of the dotted path.
 */
function refusal(spec: ParamSpec, shown: string, value: unknown, error: ParamError): string {
  const label = paramLabel(spec);
  if (error.field === spec.path && (spec.kind === 'number' || spec.kind === 'integer')) {
    const locale = getLocale();
    const values = {
      label,
      unit: paramUnit(spec),
      min: formatNumber(spec.min!, 'number', locale),
      max: formatNumber(spec.max!, 'number', locale),
      text: shown,
    };
    if (typeof value !== 'number' || !Number.isFinite(value)) return t('control.error.notNumber', values);
    if (spec.kind === 'integer' && !Number.isInteger(value)) return t('control.error.notWhole', values);
    if (value < spec.min! || value > spec.max!) return t('control.error.range', values);
  }
  return paramErrorText(error).split(spec.path).join(label);
}

/** An override object holding one value at a dotted path, e.g. {sources: {reports: {weight: 2}}}. */
export function overrideAt(path: string, value: unknown): Record<string, unknown> {
  const keys = path.split('.');
  const root: Record<string, unknown> = {};
  let node = root;
  keys.forEach((key, index) => {
    if (index === keys.length - 1) node[key] = value;
    else node = node[key] = {} as Record<string, unknown>;
  });
  return root;
}

/** The value a spec's path holds in `params`. */
export function valueOf(params: Params, spec: ParamSpec): unknown {
  return readPath(params, spec.path);
}

/** True when two parameter values are the same (custom neighborhood lists compared by content). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

/** Paths of the specs whose value in `params` differs from `reference` (the loaded preset). */
export function changedPaths(params: Params, reference: Params, specs: readonly ParamSpec[]): Set<string> {
  const changed = new Set<string>();
  for (const spec of specs) if (!sameValue(readPath(params, spec.path), readPath(reference, spec.path))) changed.add(spec.path);
  return changed;
}

/**
 * A control is inactive (still editable, but shown dimmed) when a switch it depends on is off:
 * the knobs of a disabled source, near-repeat or deterrence, or the grid when a custom city is set.
 */
export function isInactive(params: Params, spec: ParamSpec): boolean {
  if (spec.path.startsWith('city.') && spec.path !== 'city.custom') return params.city.custom !== null;
  const parent = spec.path.slice(0, spec.path.lastIndexOf('.'));
  if (!parent || spec.path.endsWith('.enabled')) return false;
  return readPath(params, `${parent}.enabled`) === false;
}
