/** Number formatting for the page: one place, so every figure on screen reads the same way. */

const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A parameter value as shown next to its control (numbers with grouping, booleans as On/Off). */
export function formatParamValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'On' : 'Off';
  if (typeof value === 'number') return plain.format(value);
  if (value === null) return 'none';
  if (Array.isArray(value)) return `${value.length} neighborhoods`;
  return String(value);
}

/** A share in [0, 1] as a whole percentage, e.g. 0.412 -> "41%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A count, rounded to a whole number with thousands separators. */
export function count(value: number): string {
  return whole.format(value);
}

/** A ratio with one decimal, e.g. 1.6. */
export function times(value: number): string {
  return value.toFixed(1);
}

/** "1 day" or "365 days". */
export function days(value: number): string {
  return `${count(value)} ${value === 1 ? 'day' : 'days'}`;
}
