/**
 * The playback speed: the choices, the default, and its spec, a control of the Run group that is
 * not a model parameter (the seed's spec is the model's, SEED_SPEC in models/params/seed.ts). It
 * is written as a schema entry so the same generated control shows it; the page handles its path
 * itself. Its English words are the source of its catalogue messages (src/i18n/en/params.ts), so
 * it sits in src/settings, below src/i18n and src/app, and must not import the catalogue.
 */
import type { ParamSpec } from '../../models/index.ts';

/** Speeds offered, in simulated days per second of playback. */
export const PLAYBACK_SPEEDS = [1, 3, 10, 30, 60, 120, 365] as const;
export const DEFAULT_SPEED = 30;

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
