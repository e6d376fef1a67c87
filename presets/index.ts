/**
 * The preset catalogue: named scenarios with their params, seed and sources. Each preset file is
 * plain JSON so it can be read, diffed and checked without running code; `loadPreset` validates
 * one against the parameter schema with the same errors as any other input.
 */
import { MAX_SEED, ParamError, validateParams, type Params } from '../models/index.ts';
import attentionAllocation from './attention-allocation.json';
import biasedHistory from './biased-history.json';
import differentialReporting from './differential-reporting.json';
import noFeedback from './no-feedback.json';
import runawayUrn from './runaway-urn.json';
import stopAndFrisk from './stop-and-frisk.json';
import surveillanceDensity from './surveillance-density.json';
import theCorrection from './the-correction.json';

export interface PresetFile {
  id: string;
  title: string;
  caption: string;
  seed: number;
  /** Overrides on top of the parameter defaults. */
  params: Record<string, unknown>;
  /** Full citations of what the preset is calibrated on. */
  sources: string[];
}

export interface Preset extends Omit<PresetFile, 'params'> {
  /** The fully resolved parameters. */
  params: Params;
  /** The overrides as written in the file. */
  overrides: Record<string, unknown>;
}

/** The preset the app opens with. */
export const DEFAULT_PRESET_ID = 'biased-history';

const FILES: unknown[] = [
  biasedHistory,
  runawayUrn,
  theCorrection,
  differentialReporting,
  surveillanceDensity,
  stopAndFrisk,
  noFeedback,
  attentionAllocation,
];

/** Validates a preset file's content; throws ParamError naming the field on any problem. */
export function loadPreset(content: unknown): Preset {
  if (content === null || typeof content !== 'object' || Array.isArray(content)) {
    throw new ParamError('(preset)', 'A preset must be a JSON object with id, title, caption, seed, params and sources.');
  }
  const file = content as Record<string, unknown>;
  for (const key of ['id', 'title', 'caption'] as const) {
    if (typeof file[key] !== 'string' || (file[key] as string).length === 0) {
      throw new ParamError(`preset.${key}`, `preset.${key} must be a non-empty text.`);
    }
  }
  const seed = file.seed;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new ParamError('preset.seed', `preset.seed must be a whole number from 0 to ${MAX_SEED}.`);
  }
  const sources = file.sources;
  if (!Array.isArray(sources) || sources.some((s) => typeof s !== 'string')) {
    throw new ParamError('preset.sources', 'preset.sources must be a list of citations (texts).');
  }
  const overrides = (file.params ?? {}) as Record<string, unknown>;
  const known = new Set(['id', 'title', 'caption', 'seed', 'params', 'sources']);
  for (const key of Object.keys(file)) {
    if (!known.has(key)) throw new ParamError(`preset.${key}`, `Unknown field "${key}" in preset; allowed: ${[...known].join(', ')}.`);
  }
  return {
    id: file.id as string,
    title: file.title as string,
    caption: file.caption as string,
    seed,
    sources: sources as string[],
    overrides,
    params: validateParams(overrides),
  };
}

/** Every preset, validated, in gallery order. */
export const PRESETS: readonly Preset[] = FILES.map(loadPreset);

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
