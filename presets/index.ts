/**
 * The preset catalogue: named scenarios with their params, seed and sources, and the teaching
 * material built on them (a guided story, things to notice and try, discussion questions,
 * citations; see story.ts). Each preset file is plain JSON so it can be read, diffed and checked
 * without running code; `loadPreset` validates one against the parameter schema with the same
 * errors as any other input.
 */
import { isSeed, ParamError, SEED_SPEC, validateParams, type Params } from '../models/index.ts';
import { loadTeaching, type PresetTeaching } from './story.ts';
import attentionAllocation from './attention-allocation.json';
import biasedHistory from './biased-history.json';
import costsAndBenefits from './costs-and-benefits.json';
import differentialReporting from './differential-reporting.json';
import noFeedback from './no-feedback.json';
import runawayUrn from './runaway-urn.json';
import stopAndFrisk from './stop-and-frisk.json';
import surveillanceDensity from './surveillance-density.json';
import theCorrection from './the-correction.json';
import theList from './the-list.json';
import theLoop from './the-loop.json';
import threeRegions from './three-regions.json';

export * from './story.ts';
export { BIBLIOGRAPHY, findCitation, type Citation, type CitationKey } from './bibliography.ts';

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

export interface Preset extends Omit<PresetFile, 'params'>, PresetTeaching {
  /** The fully resolved parameters. */
  params: Params;
  /** The overrides as written in the file. */
  overrides: Record<string, unknown>;
}

/** The preset the app opens with. */
export const DEFAULT_PRESET_ID = 'the-loop';

const FILES: unknown[] = [
  theLoop,
  biasedHistory,
  runawayUrn,
  theCorrection,
  differentialReporting,
  surveillanceDensity,
  stopAndFrisk,
  noFeedback,
  attentionAllocation,
  threeRegions,
  costsAndBenefits,
  theList,
];

/** Validates a preset file's content; throws ParamError naming the field on any problem. */
export function loadPreset(content: unknown): Preset {
  if (content === null || typeof content !== 'object' || Array.isArray(content)) {
    throw new ParamError('(preset)', 'A preset must be a JSON object with id, title, caption, seed, params, sources, story, thingsToNotice, thingsToTry, discussionQuestions and citations.');
  }
  const file = content as Record<string, unknown>;
  for (const key of ['id', 'title', 'caption'] as const) {
    if (typeof file[key] !== 'string' || (file[key] as string).length === 0) {
      throw new ParamError(`preset.${key}`, `preset.${key} must be a non-empty text.`);
    }
  }
  const seed = file.seed;
  if (!isSeed(seed)) {
    throw new ParamError('preset.seed', `preset.seed must be a whole number from ${SEED_SPEC.min} to ${SEED_SPEC.max}.`);
  }
  const sources = file.sources;
  if (!Array.isArray(sources) || sources.some((s) => typeof s !== 'string')) {
    throw new ParamError('preset.sources', 'preset.sources must be a list of citations (texts).');
  }
  const overrides = (file.params ?? {}) as Record<string, unknown>;
  const known = new Set(['id', 'title', 'caption', 'seed', 'params', 'sources', 'story', 'thingsToNotice', 'thingsToTry', 'discussionQuestions', 'citations']);
  for (const key of Object.keys(file)) {
    if (!known.has(key)) throw new ParamError(`preset.${key}`, `Unknown field "${key}" in preset; allowed: ${[...known].join(', ')}.`);
  }
  const params = validateParams(overrides);
  return {
    id: file.id as string,
    title: file.title as string,
    caption: file.caption as string,
    seed,
    sources: sources as string[],
    overrides,
    params,
    ...loadTeaching(file, params),
  };
}

/** Every preset, validated, in gallery order. */
export const PRESETS: readonly Preset[] = FILES.map(loadPreset);

/** The preset with this id, or undefined. */
export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
