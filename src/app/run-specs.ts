/**
 * Controls of the Run group that are not model parameters: the playback speed (the seed's spec is
 * the model's, SEED_SPEC in models/params/seed.ts). It is written as a schema entry so the same
 * generated control shows it; the page handles its path itself. Its English words are
 * the source of its catalogue messages (src/i18n/en/params.ts), so this module must not import
 * the catalogue (it would import itself back).
 */
import type { ParamSpec } from '../../models/index.ts';
import { DEFAULT_SPEED, PLAYBACK_SPEEDS } from './playback-controller.ts';

export const SPEED_PATH = 'playback.speed';

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
