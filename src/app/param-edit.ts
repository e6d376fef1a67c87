/**
 * Editing parameters from the controls: every edit goes through the model's own validation, so a
 * rejected value leaves the last good parameters untouched and comes back as the ParamError
 * message to show next to the control. Also compares params with the loaded preset.
 */
import { ParamError, parseAssignment, readPath, validateParams, type Params, type ParamSpec } from '../../models/index.ts';

/** The outcome of one edit: new params, or the reason the value was refused. */
export type EditOutcome = { ok: true; params: Params } | { ok: false; field: string; message: string };

/** Applies a value typed as text (numbers) to `params`; never throws for bad input. */
export function applyText(params: Params, spec: ParamSpec, text: string): EditOutcome {
  return attempt(spec, () => validateParams(parseAssignment(spec.path, text.trim()), params));
}

/** Applies a value of the right type (a boolean, an option, a number, or null) to `params`. */
export function applyValue(params: Params, spec: ParamSpec, value: unknown): EditOutcome {
  return attempt(spec, () => validateParams(overrideAt(spec.path, value), params));
}

function attempt(spec: ParamSpec, edit: () => Params): EditOutcome {
  try {
    return { ok: true, params: edit() };
  } catch (error) {
    if (error instanceof ParamError) return { ok: false, field: error.field, message: readableMessage(spec, error.message) };
    throw error;
  }
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

/** ParamError messages name the dotted path; on screen the control's label reads better. */
function readableMessage(spec: ParamSpec, message: string): string {
  return message.split(spec.path).join(spec.label);
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
