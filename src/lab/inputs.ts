/** Reading numbers typed into the lab's own fields (counts, seeds, ranges): a value or a sentence saying what is allowed. */

export interface ReadNumber {
  value: number;
  /** Empty when the text was accepted. */
  error: string;
}

/** A whole number from `min` to `max`; on refusal `value` is `fallback` (the last good value). */
export function readWholeNumber(text: string, min: number, max: number, name: string, fallback: number): ReadNumber {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    return { value: fallback, error: `${name} must be a whole number from ${min} to ${max}; keeping ${fallback}.` };
  }
  return { value, error: '' };
}

/** Any finite number; on refusal `value` is `fallback`. */
export function readNumber(text: string, name: string, fallback: number): ReadNumber {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value)) return { value: fallback, error: `${name} must be a number; keeping ${fallback}.` };
  return { value, error: '' };
}
