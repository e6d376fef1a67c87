/**
 * The run seed as schema data, next to the parameter schema: one spec gives its label, range and
 * description, and every reader of a seed (controls, links, scenario files, presets, the worker,
 * the CLI and the lab) checks it with `isSeed` here. The seed is not a model parameter (it is not
 * in Params), so it has its own spec and path.
 */
import type { ParamSpec } from './schema.ts';

/** Seeds are whole numbers from 0 to 2^32 − 1. */
export const MAX_SEED = 4294967295;

/** The seed's path in links, scenario files and the explorable's controls. */
export const SEED_PATH = 'seed';

export const SEED_SPEC: ParamSpec & { min: number; max: number } = {
  path: SEED_PATH,
  kind: 'integer',
  group: 'run',
  label: 'Seed',
  unit: 'whole number',
  default: 0,
  min: 0,
  max: MAX_SEED,
  step: 1,
  description:
    'Fixes every random draw of the run, so the same settings and seed always give the same run. Another seed shows another equally likely run of the same city and rules.',
  source: 'Each random process draws from its own stream derived from the seed (see the README).',
};

/** True when `value` is a seed: a whole number within SEED_SPEC's range. */
export function isSeed(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= SEED_SPEC.min && value <= SEED_SPEC.max;
}

/**
 * Reads a typed seed (a control, a link, a form field): the seed, or null for empty text, a
 * fraction, a word or a number out of range. The caller words the refusal.
 */
export function parseSeedText(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const seed = Number(trimmed);
  return isSeed(seed) ? seed : null;
}
