/**
 * Scenario files: a run's complete settings as JSON (format version, model version, preset, seed
 * and every parameter), to save and load. Loading is strict about parameters, because a file is
 * chosen on purpose: a bad value refuses the file with the model's own ParamError message (field
 * and allowed range). Parameters the file leaves out take the preset's values, so files saved
 * before the schema grew still load. Refusals and notices are worded from the message catalogue
 * (`share.file.*`); a refusal by the model keeps the model's own message.
 */
import { clip, jsonShapeProblem, isSeed, MAX_JSON_DEPTH, MODEL_VERSION, SEED_SPEC, ParamError, validateParams, type Params } from '../../models/index.ts';
import { DEFAULT_PRESET_ID, PRESETS, findPreset, type Preset } from '../../presets/index.ts';
import { formatSerial } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { paramErrorText } from '../i18n/param-errors.ts';
import { shareStateFor, type ShareNotice, type ShareState, type ViewState } from './share-state.ts';

/** Marks a JSON file as a Runaway scenario. */
export const SCENARIO_FORMAT = 'runaway-scenario';
/** The scenario file format this app writes and the newest it reads. */
export const SCENARIO_FORMAT_VERSION = 1;

/**
 * Longest scenario file read, in characters: a custom city of 10,000 neighborhoods saved with
 * indentation is about 1.5 MB; longer text is refused before parsing.
 */
export const MAX_SCENARIO_CHARS = 4 * 1024 * 1024;

/** The top-level keys of a scenario file; any other key gets a notice naming it. */
const SCENARIO_KEYS = ['format', 'formatVersion', 'modelVersion', 'preset', 'seed', 'params'] as const;

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

/**
 * Reads a scenario file's text; never throws: every refusal, including text too long or nested
 * too deep to parse safely, is `{ok: false}` with a sentence.
 */
export function parseScenarioFile(text: string, view: ViewState = {}): ScenarioLoad {
  try {
    return readScenario(text, view);
  } catch (error) {
    // Nothing below should throw; if something does, the user still gets a sentence, not a rejection.
    return refuse('(file)', t('share.file.unreadable', { message: clip(error instanceof Error ? error.message : String(error)) }));
  }
}

function readScenario(text: string, view: ViewState): ScenarioLoad {
  const problem = jsonShapeProblem(text, MAX_SCENARIO_CHARS, MAX_JSON_DEPTH);
  if (problem?.kind === 'too-long') {
    return refuse('(file)', t('share.file.tooLarge', { megabytes: Math.ceil(text.length / 1024 / 1024), button: t('share.menu.save') }));
  }
  if (problem?.kind === 'too-deep') return refuse('(file)', t('share.file.tooDeep', { limit: problem.limit }));
  let content: unknown;
  try {
    content = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? t('share.file.notJson.detail', { message: clip(error.message) }) : '';
    return refuse('(file)', t('share.file.notJson', { detail }));
  }
  if (content === null || typeof content !== 'object' || Array.isArray(content)) {
    return refuse('(file)', t('share.file.notObject'));
  }
  // Own properties only: a file's keys are data, never the prototype's `constructor` or `toString`.
  const file = new Map(Object.entries(content));
  if (file.get('format') !== SCENARIO_FORMAT) {
    return refuse('format', t('share.file.format', { found: clip(JSON.stringify(file.get('format')) ?? t('share.file.missing')), expected: SCENARIO_FORMAT }));
  }
  const notices: ShareNotice[] = [];
  for (const key of file.keys()) {
    if ((SCENARIO_KEYS as readonly string[]).includes(key)) continue;
    const near = nearKey(key);
    const suggestion = near ? t('share.file.unknownKey.suggestion', { name: near }) : '';
    notices.push({ key: clip(key), reason: 'unknown-parameter', message: t('share.file.unknownKey', { key: clip(key), keys: SCENARIO_KEYS.join(', '), suggestion }) });
  }
  const formatVersion = file.get('formatVersion');
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return refuse('formatVersion', t('share.file.formatVersion', { min: formatSerial(1) }));
  }
  if (formatVersion > SCENARIO_FORMAT_VERSION) {
    const versions = { version: formatSerial(formatVersion), supported: formatSerial(SCENARIO_FORMAT_VERSION) };
    notices.push({ key: 'formatVersion', reason: 'newer-version', message: t('share.file.newer', versions) });
  }
  const modelVersion = file.get('modelVersion');
  if (modelVersion !== undefined && modelVersion !== MODEL_VERSION) {
    const versions = { found: clip(typeof modelVersion === 'string' ? modelVersion : (JSON.stringify(modelVersion) ?? '')), current: MODEL_VERSION };
    notices.push({ key: 'modelVersion', reason: 'model-version', message: t('share.file.modelVersion', versions) });
  }
  let preset = findPreset(DEFAULT_PRESET_ID) ?? PRESETS[0]!;
  const presetId = file.get('preset');
  if (typeof presetId === 'string') {
    const found = findPreset(presetId);
    if (found) preset = found;
    else notices.push({ key: 'preset', reason: 'unknown-preset', message: t('share.file.unknownPreset', { preset: clip(presetId), fallback: preset.id }) });
  } else if (presetId !== undefined) {
    return refuse('preset', t('share.file.preset', { example: DEFAULT_PRESET_ID }));
  }
  // A missing seed is the preset's; a seed that is present must be one (null is refused, not read as missing).
  const seed = file.has('seed') ? file.get('seed') : preset.seed;
  if (!isSeed(seed)) {
    return refuse('seed', t('share.file.seed', { min: formatSerial(SEED_SPEC.min), max: formatSerial(SEED_SPEC.max), found: clip(JSON.stringify(seed) ?? t('share.file.missing')) }));
  }
  let params: Params;
  try {
    params = validateParams(file.has('params') ? file.get('params') : {}, preset.params);
  } catch (error) {
    if (error instanceof ParamError) return refuse(error.field === '(root)' ? 'params' : error.field, paramErrorText(error));
    throw error;
  }
  return { ok: true, state: shareStateFor(preset, params, seed, view), preset, params, notices };
}

function refuse(field: string, message: string): ScenarioLoad {
  return { ok: false, field, message };
}

/** A scenario key that `key` looks like a slip of (same letters in another case, or one or two edits away), or null. */
function nearKey(key: string): string | null {
  const lower = key.toLowerCase();
  if (lower.length > 40) return null;
  for (const name of SCENARIO_KEYS) {
    if (lower === name.toLowerCase() || editDistance(lower, name.toLowerCase()) <= 2) return name;
  }
  return null;
}

/** Levenshtein distance between two short texts. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
