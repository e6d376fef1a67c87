/**
 * Controls of the Run group that are not model parameters: the seed (which fixes every random
 * draw of a run) and the playback speed. They are written as schema entries so the same
 * generated control shows them; the page handles their paths itself. Their English words are
 * the source of their catalogue messages (src/i18n/en/params.ts), so this module must not import
 * the catalogue (it would import itself back).
 */
import { MAX_SEED, type ParamSpec } from '../../models/index.ts';
import { DEFAULT_SPEED, PLAYBACK_SPEEDS } from './playback-controller.ts';

export const SEED_PATH = 'seed';
export const SPEED_PATH = 'playback.speed';

export const SEED_SPEC: ParamSpec = {
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

export const SPEED_SPEC: ParamSpec = {
  path: SPEED_PATH,
  kind: 'enum',
  group: 'run',
  label: 'Playback speed',
  unit: 'days per second',
  default: String(DEFAULT_SPEED),
  options: PLAYBACK_SPEEDS.map((speed) => ({ value: String(speed), label: `${speed} ${speed === 1 ? 'day' : 'days'} per second` })),
  description: 'How fast playback moves through the days. The run is already computed; this only changes how quickly you watch it.',
  source: 'Playback setting; it does not change the model.',
};

/**
 * Checks a typed seed: the seed, or the refused text (the caller words the refusal, since this
 * module cannot reach the catalogue).
 */
export function parseSeed(text: string): { ok: true; seed: number } | { ok: false; text: string } {
  const seed = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) return { ok: false, text: text.trim() };
  return { ok: true, seed };
}
