/** `--sweep path=from:to:steps`: evenly spaced values of one numeric parameter. */
import { findSpec } from '../../models/index.ts';
import { UsageError } from './args.ts';

export const MAX_SWEEP_STEPS = 1000;

export interface SweepSpec {
  path: string;
  values: number[];
}

/**
 * Parses `path=from:to:steps` into `steps` evenly spaced values from `from` to `to` (both
 * included). Values of a whole-number parameter are rounded, and repeats dropped.
 */
export function parseSweepSpec(text: string): SweepSpec {
  const example = 'e.g. --sweep deployment.units=10:100:10';
  const at = text.indexOf('=');
  if (at <= 0) throw new UsageError(`--sweep takes path=from:to:steps, ${example}; got "${text}".`);
  const path = text.slice(0, at);
  const parts = text.slice(at + 1).split(':');
  const [from, to, steps] = parts.map((part) => (part.trim() === '' ? NaN : Number(part)));
  if (parts.length !== 3 || !Number.isFinite(from) || !Number.isFinite(to)) {
    throw new UsageError(`--sweep ${path}= needs from:to:steps with numbers, ${example}; got "${text.slice(at + 1)}".`);
  }
  if (!Number.isInteger(steps) || steps! < 1 || steps! > MAX_SWEEP_STEPS) {
    throw new UsageError(`--sweep steps must be a whole number from 1 to ${MAX_SWEEP_STEPS}, not "${parts[2]}".`);
  }
  const spec = findSpec(path);
  const whole = spec?.kind === 'integer';
  const values: number[] = [];
  for (let k = 0; k < steps!; k++) {
    const raw = steps === 1 ? from! : from! + ((to! - from!) * k) / (steps! - 1);
    const value = whole ? Math.round(raw) : raw;
    if (!values.includes(value)) values.push(value);
  }
  return { path, values };
}
