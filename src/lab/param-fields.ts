/**
 * The parameters the lab's compact editors show, generated from the schema: which differ between
 * two configurations, how a value reads, and how a typed value is applied. Every edit goes through
 * the model's validation, so a refused value leaves the last good configuration untouched and
 * comes back as the ParamError's message to show next to the control.
 */
import { ParamError, PARAM_SPECS, parseAssignment, readPath, validateParams, type Params, type ParamSpec } from '../../models/index.ts';
import { formatSchemaNumber } from './lab-format.ts';

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

/** A parameter's value as a person reads it: "0.4", "on", "Hotspots", "custom (2 neighborhoods)". */
export function formatParamValue(spec: ParamSpec, value: unknown): string {
  switch (spec.kind) {
    case 'boolean':
      return value ? 'on' : 'off';
    case 'enum':
      return spec.options?.find((option) => option.value === value)?.label.split(':')[0] ?? String(value);
    case 'neighborhoods':
      return Array.isArray(value) ? `custom (${value.length} neighborhoods)` : 'generated grid';
    default:
      return typeof value === 'number' ? formatSchemaNumber(value) : String(value);
  }
}

/**
 * Applies a value to one parameter: text for numbers (as typed), a boolean or an option value
 * otherwise. Never throws for bad input.
 */
export function editParam(params: Params, spec: ParamSpec, input: string | boolean): EditResult {
  try {
    const text = typeof input === 'boolean' ? String(input) : input.trim();
    return { ok: true, params: validateParams(parseAssignment(spec.path, text), params) };
  } catch (error) {
    if (error instanceof ParamError) return { ok: false, field: error.field, message: error.message.split(spec.path).join(spec.label) };
    throw error;
  }
}

/** The allowed range of a numeric spec, e.g. "0 to 1 (probability)". */
export function rangeText(spec: ParamSpec): string {
  if (spec.min === undefined || spec.max === undefined) return '';
  return `${formatSchemaNumber(spec.min)} to ${formatSchemaNumber(spec.max)}${spec.unit ? ` (${spec.unit})` : ''}`;
}
