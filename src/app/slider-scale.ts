/**
 * Maps a parameter's range onto a slider. Narrow ranges use the spec's own step; ranges with
 * more than a couple of thousand steps (residents, patrol units, days of history) use a
 * logarithmic slider, so every order of magnitude gets room and values land on round numbers.
 * Typing into the text box still reaches any value the schema allows.
 */
import type { ParamSpec } from '../../models/index.ts';

/** Slider positions of a logarithmic slider. */
const LOG_POSITIONS = 1000;
/** A linear slider with more steps than this is too fine to aim on a touch screen. */
const MAX_LINEAR_STEPS = 2000;

export interface SliderScale {
  min: number;
  max: number;
  step: number;
  toPosition(value: number): number;
  fromPosition(position: number): number;
}

/** The slider mapping for a numeric spec (number or integer, with min and max). */
export function sliderScale(spec: ParamSpec): SliderScale {
  const min = spec.min ?? 0;
  const max = spec.max ?? 1;
  const step = spec.step ?? (spec.kind === 'integer' ? 1 : (max - min) / 100);
  if ((max - min) / step <= MAX_LINEAR_STEPS) {
    return { min, max, step, toPosition: (value) => value, fromPosition: (position) => roundTo(position, step, min, max) };
  }
  // Logarithmic from `low`; when min is below it (a min of 0), position 0 is kept for min itself.
  const low = min > 0 ? min : step;
  const first = min < low ? 1 : 0;
  const span = LOG_POSITIONS - first;
  const ratio = Math.log(max / low);
  return {
    min: 0,
    max: LOG_POSITIONS,
    step: 1,
    toPosition: (value) => {
      if (value <= min) return 0;
      return first + Math.round((Math.log(Math.max(value, low) / low) / ratio) * span);
    },
    fromPosition: (position) => {
      if (position < first) return min;
      if (position >= LOG_POSITIONS) return max;
      return roundTo(niceRound(low * Math.exp(((position - first) / span) * ratio)), step, min, max);
    },
  };
}

/** Rounds to two significant digits (1,234 -> 1,200), so log sliders land on readable values. */
function niceRound(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value) - 1);
  return Math.round(value / magnitude) * magnitude;
}

/** Snaps to the step grid from min and clamps into [min, max], without float noise (0.30000000000000004). */
function roundTo(value: number, step: number, min: number, max: number): number {
  const snapped = min + Math.round((value - min) / step) * step;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Math.min(max, Math.max(min, Number(snapped.toFixed(Math.min(12, decimals)))));
}
