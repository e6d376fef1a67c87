/**
 * Scenario files: a run's complete settings as JSON (format version, model version, preset, seed
 * and every parameter), to save and load. Loading is strict about parameters, because a file is
 * chosen on purpose: a bad value refuses the file with the model's own ParamError message (field
 * and allowed range). Parameters the file leaves out take the preset's values, so files saved
 * before the schema grew still load. Refusals and notices are worded from the message catalogue
 * (`share.file.*`); a refusal by the model keeps the model's own message.
 */
import { MAX_SEED, MODEL_VERSION, ParamError, validateParams, type Params } from '../../models/index.ts';
import { DEFAULT_PRESET_ID, PRESETS, findPreset, type Preset } from '../../presets/index.ts';
import { formatSerial } from '../components/charts/format.ts';
import { t } from '../i18n/index.ts';
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
    const detail = error instanceof Error ? t('share.file.notJson.detail', { message: error.message }) : '';
    return refuse('(file)', t('share.file.notJson', { detail }));
  }
  if (content === null || typeof content !== 'object' || Array.isArray(content)) {
    return refuse('(file)', t('share.file.notObject'));
  }
  const file = content as Record<string, unknown>;
  if (file.format !== SCENARIO_FORMAT) {
    return refuse('format', t('share.file.format', { found: JSON.stringify(file.format) ?? t('share.file.missing'), expected: SCENARIO_FORMAT }));
  }
  const notices: ShareNotice[] = [];
  const formatVersion = file.formatVersion;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return refuse('formatVersion', t('share.file.formatVersion', { min: formatSerial(1) }));
  }
  if (formatVersion > SCENARIO_FORMAT_VERSION) {
    const versions = { version: formatSerial(formatVersion), supported: formatSerial(SCENARIO_FORMAT_VERSION) };
    notices.push({ key: 'formatVersion', reason: 'newer-version', message: t('share.file.newer', versions) });
  }
  if (file.modelVersion !== undefined && file.modelVersion !== MODEL_VERSION) {
    const versions = { found: String(file.modelVersion), current: MODEL_VERSION };
    notices.push({ key: 'modelVersion', reason: 'model-version', message: t('share.file.modelVersion', versions) });
  }
  let preset = findPreset(DEFAULT_PRESET_ID) ?? PRESETS[0]!;
  if (typeof file.preset === 'string') {
    const found = findPreset(file.preset);
    if (found) preset = found;
    else notices.push({ key: 'preset', reason: 'unknown-preset', message: t('share.file.unknownPreset', { preset: file.preset, fallback: preset.id }) });
  } else if (file.preset !== undefined) {
    return refuse('preset', t('share.file.preset', { example: DEFAULT_PRESET_ID }));
  }
  const seed = file.seed ?? preset.seed;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    return refuse('seed', t('share.file.seed', { min: formatSerial(0), max: formatSerial(MAX_SEED), found: JSON.stringify(seed) ?? t('share.file.missing') }));
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
