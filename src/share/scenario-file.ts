/**
 * Scenario files: a run's complete settings as JSON (format version, model version, preset, seed
 * and every parameter), to save and load. Loading is strict about parameters, because a file is
 * chosen on purpose: a bad value refuses the file with the model's own ParamError message (field
 * and allowed range). Parameters the file leaves out take the preset's values, so files saved
 * before the schema grew still load.
 */
import { MAX_SEED, MODEL_VERSION, ParamError, validateParams, type Params } from '../../models/index.ts';
import { DEFAULT_PRESET_ID, PRESETS, findPreset, type Preset } from '../../presets/index.ts';
import { shareStateFor, type ShareNotice, type ShareState, type ViewState } from './share-state.ts';

/** Marks a JSON file as a Runaway scenario. */
export const SCENARIO_FORMAT = 'runaway-scenario';
/** The scenario file format this app writes and the newest it reads. */
export const SCENARIO_FORMAT_VERSION = 1;

export interface ScenarioFile {
  format: typeof SCENARIO_FORMAT;
  formatVersion: number;
  /** The model version that wrote the file; another version may give other numbers. */
  modelVersion: string;
  /** The preset the scenario started from (its caption and sources apply). */
  preset: string;
  seed: number;
  /** Every parameter, resolved. */
  params: Params;
}

export type ScenarioLoad =
  | { ok: true; state: ShareState; preset: Preset; params: Params; notices: ShareNotice[] }
  /** `field` is a dotted path such as `sources.reports.minorityRate`, or `(file)`, `seed`… */
  | { ok: false; field: string; message: string };

/** The file for a run's settings. */
export function buildScenarioFile(presetId: string, params: Params, seed: number): ScenarioFile {
  return { format: SCENARIO_FORMAT, formatVersion: SCENARIO_FORMAT_VERSION, modelVersion: MODEL_VERSION, preset: presetId, seed, params };
}

/** The file's text: indented JSON ending with a newline, so it diffs well. */
export function scenarioFileText(presetId: string, params: Params, seed: number): string {
  return `${JSON.stringify(buildScenarioFile(presetId, params, seed), null, 2)}\n`;
}

/** Reads a scenario file's text; never throws. */
export function parseScenarioFile(text: string, view: ViewState = {}): ScenarioLoad {
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return refuse('(file)', `This file is not valid JSON${detail}. Choose a scenario file saved by Runaway.`);
  }
  if (content === null || typeof content !== 'object' || Array.isArray(content)) {
    return refuse('(file)', 'This file is not a Runaway scenario: expected a JSON object with format, preset, seed and params.');
  }
  const file = content as Record<string, unknown>;
  if (file.format !== SCENARIO_FORMAT) {
    return refuse('format', `This file is not a Runaway scenario: its "format" is ${JSON.stringify(file.format) ?? 'missing'}, expected "${SCENARIO_FORMAT}".`);
  }
  const notices: ShareNotice[] = [];
  const formatVersion = file.formatVersion;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return refuse('formatVersion', 'formatVersion must be a whole number from 1.');
  }
  if (formatVersion > SCENARIO_FORMAT_VERSION) {
    notices.push({ key: 'formatVersion', reason: 'newer-version', message: `This file was saved by a newer version of Runaway (format ${formatVersion}; this version reads up to ${SCENARIO_FORMAT_VERSION}). It was read as far as possible.` });
  }
  if (file.modelVersion !== undefined && file.modelVersion !== MODEL_VERSION) {
    notices.push({ key: 'modelVersion', reason: 'model-version', message: `This file was saved with model version ${String(file.modelVersion)}; this is ${MODEL_VERSION}, so the same settings may give slightly different numbers.` });
  }
  let preset = findPreset(DEFAULT_PRESET_ID) ?? PRESETS[0]!;
  if (typeof file.preset === 'string') {
    const found = findPreset(file.preset);
    if (found) preset = found;
    else notices.push({ key: 'preset', reason: 'unknown-preset', message: `Unknown preset "${file.preset}"; the file's parameters were applied on top of "${preset.id}".` });
  } else if (file.preset !== undefined) {
    return refuse('preset', `preset must be the id of a preset (a text), such as "${DEFAULT_PRESET_ID}".`);
  }
  const seed = file.seed ?? preset.seed;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    return refuse('seed', `seed must be a whole number from 0 to ${MAX_SEED}, not ${JSON.stringify(seed)}.`);
  }
  let params: Params;
  try {
    params = validateParams(file.params ?? {}, preset.params);
  } catch (error) {
    if (error instanceof ParamError) return refuse(error.field === '(root)' ? 'params' : error.field, error.message);
    throw error;
  }
  return { ok: true, state: shareStateFor(preset, params, seed, view), preset, params, notices };
}

function refuse(field: string, message: string): ScenarioLoad {
  return { ok: false, field, message };
}
