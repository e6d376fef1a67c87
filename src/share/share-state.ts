/**
 * What a permalink, an embed or a scenario file carries: a preset, a seed, the parameters that
 * differ from the preset (by dotted path), and optionally what to show. Results are never
 * stored: the model is deterministic, so the same state always reproduces the same run.
 */
import { PARAM_SPECS, readPath, validateParams, type CustomNeighborhood, type Params, type ParamsOverride } from '../../models/index.ts';
import type { Preset } from '../../presets/index.ts';
import type { MapLayer } from '../components/charts/map-layers.ts';
import type { ViewId } from './views.ts';

/** A parameter's value as a permalink or a file holds it. */
export type ParamValue = number | boolean | string | CustomNeighborhood[] | null;

/** How the run is shown; every field optional (absent means the viewer's default). */
export interface ViewState {
  /** The day shown, counted from 1 as the charts label it (day 1 is the first simulated day). */
  day?: number;
  /** Which views an embed shows, in order. */
  show?: ViewId[];
  /** The map's layer. */
  layer?: MapLayer;
  /** The story chapter, counted from 1. */
  chapter?: number;
}

export interface ShareState {
  presetId: string;
  seed: number;
  /** Only the parameters that differ from the preset, by dotted path. */
  overrides: Readonly<Record<string, ParamValue>>;
  view: ViewState;
}

/** Why part of a link or a file was not applied. */
export type NoticeReason =
  | 'malformed'
  | 'duplicate'
  | 'unknown-parameter'
  | 'out-of-range'
  | 'invalid-value'
  | 'unknown-preset'
  | 'newer-version'
  | 'conflict'
  | 'model-version';

/** One thing that was ignored, with a sentence saying what and why. */
export interface ShareNotice {
  /** The key (parameter path, `preset`, `seed`, `v`…) the notice is about. */
  key: string;
  reason: NoticeReason;
  message: string;
}

/** The parameters of `params` that differ from `base`, by dotted path, in schema order. */
export function diffParams(base: Params, params: Params): Record<string, ParamValue> {
  const changed: Record<string, ParamValue> = {};
  for (const spec of PARAM_SPECS) {
    const value = readPath(params, spec.path) as ParamValue;
    if (JSON.stringify(value) !== JSON.stringify(readPath(base, spec.path))) changed[spec.path] = value;
  }
  return changed;
}

/** Turns `{ "deployment.units": 20 }` into `{ deployment: { units: 20 } }`. */
export function nestOverrides(flat: Readonly<Record<string, ParamValue>>): ParamsOverride {
  const nested: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const keys = path.split('.');
    let node = nested;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1]!] = value;
  }
  return nested as ParamsOverride;
}

/** The state that reproduces `params` and `seed` on top of `preset`. */
export function shareStateFor(preset: Preset, params: Params, seed: number, view: ViewState = {}): ShareState {
  return { presetId: preset.id, seed, overrides: diffParams(preset.params, params), view: { ...view } };
}

/** The full params of a state (throws ParamError if the overrides are invalid). */
export function resolveShareParams(preset: Preset, state: Pick<ShareState, 'overrides'>): Params {
  return validateParams(nestOverrides(state.overrides), preset.params);
}
