/**
 * Number formats shared by the charts, the map and their summaries. Summaries are read aloud and
 * checked by tests, so every number in a sentence goes through one of these.
 */

const formatters = new Map<number, Intl.NumberFormat>();

/**
 * A number with thousands separators and exactly `decimals` decimals: 1234.5, 0 → "1,235".
 * Formatters are cached: toLocaleString with options builds a new one per call, which cost
 * milliseconds per playback frame across the charts' tables.
 */
export function formatFixed(value: number, decimals = 0): string {
  let formatter = formatters.get(decimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, formatter);
  }
  return formatter.format(value);
}

/** A share in [0, 1] as a whole percentage: 0.4123 → "41%". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * An amount such as incidents per 1,000 residents, with precision that fits its size:
 * 1234.5 → "1,235", 52.34 → "52.3", 4.567 → "4.57", 0 → "0".
 */
export function formatAmount(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const magnitude = Math.abs(value);
  const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude > 0 ? 2 : 0;
  return formatFixed(value, digits);
}

/** A ratio with two significant digits: 3.129 → "3.1", 0.943 → "0.94", 12.3 → "12". */
export function formatRatio(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (Math.abs(value) >= 100) return formatFixed(Math.round(value));
  return Number(value.toPrecision(2)).toString();
}

/** " (2.6 times as many)" for a / b, " (about the same)" when that rounds to 1, "" when b is 0. */
export function timesAsMany(a: number, b: number, noun = 'as many'): string {
  if (!(b > 0)) return '';
  const text = formatRatio(a / b);
  return text === '1' ? ' (about the same)' : ` (${text} times ${noun})`;
}

/** An index in [0, 1] such as a Gini coefficient, with two decimals: 0.6234 → "0.62". */
export function formatIndex(value: number): string {
  return value.toFixed(2);
}

/** Day numbers shown to people count from 1: playback day 0 is "day 1". */
export function displayDay(day: number): number {
  return day + 1;
}

/**
 * The trailing window ending on `day` (0-based) in words: "over the last 30 days", or while the
 * run is younger than the window, "over the first 12 days" / "on day 1".
 */
export function windowPhrase(day: number, windowDays: number): string {
  if (day + 1 >= windowDays) return `over the last ${windowDays} days`;
  return day === 0 ? 'on day 1' : `over the first ${day + 1} days`;
}

/** Axis tick labels: integers with thousands separators, otherwise as few decimals as the step needs. */
export function formatTick(value: number, step: number): string {
  const decimals = step >= 1 || step <= 0 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
  return formatFixed(value, decimals);
}

/** Axis tick labels for shares in [0, 1]: 0.25 → "25%". */
export function formatPercentTick(value: number, step: number): string {
  const decimals = step * 100 >= 1 ? 0 : Math.min(3, Math.ceil(-Math.log10(step * 100) - 1e-9));
  return `${(value * 100).toFixed(decimals)}%`;
}
