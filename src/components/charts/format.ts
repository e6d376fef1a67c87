/**
 * Number formats shared by the charts, the map and their summaries. Summaries are read aloud and
 * checked by tests, so every number in a sentence goes through one of these. Numbers follow the
 * message locale (src/i18n): the named styles (percent, amount, ratio, index) are the
 * catalogue's own, so a chart and a story write a number the same way; words come from t().
 */
import { formatNumber, getLocale, t } from '../../i18n/index.ts';

/**
 * Formatters by number of decimals, for the locale they were built for. Building an
 * Intl.NumberFormat (or calling toLocaleString with options, which builds one per call) cost
 * milliseconds per playback frame across the charts' tables, so each is built once per locale.
 */
const fixedFormatters = new Map<number, Intl.NumberFormat>();
const percentFormatters = new Map<number, Intl.NumberFormat>();
let serialFormatter: Intl.NumberFormat | undefined;
let formattersLocale = '';

/** Drops the cached formatters when the locale has changed since they were built. */
function checkLocale(): string {
  const locale = getLocale();
  if (locale !== formattersLocale) {
    fixedFormatters.clear();
    percentFormatters.clear();
    serialFormatter = undefined;
    formattersLocale = locale;
  }
  return locale;
}

function cached(cache: Map<number, Intl.NumberFormat>, decimals: number, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = checkLocale();
  let formatter = cache.get(decimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { ...options, minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(decimals, formatter);
  }
  return formatter;
}

/** A number with thousands separators and exactly `decimals` decimals: 1234.5, 0 → "1,235". */
export function formatFixed(value: number, decimals = 0): string {
  // Adding 0 turns −0 (d3 can return it as a tick) into 0, so "-0" never appears.
  return cached(fixedFormatters, decimals, {}).format(value + 0);
}

/**
 * A whole number that names something rather than counts it (a day, a neighborhood, a seed),
 * written without thousands separators as such numbers usually are: 1825 → "1825".
 */
export function formatSerial(value: number): string {
  checkLocale();
  serialFormatter ??= new Intl.NumberFormat(formattersLocale, { useGrouping: false, maximumFractionDigits: 0 });
  return serialFormatter.format(value + 0);
}

/** A share in [0, 1] as a whole percentage: 0.4123 → "41%". */
export function formatPercent(share: number): string {
  return formatNumber(share, 'percent', getLocale());
}

/**
 * An amount such as incidents per 1,000 residents, with precision that fits its size:
 * 1234.5 → "1,235", 52.34 → "52.3", 4.567 → "4.57", 0 → "0".
 */
export function formatAmount(value: number): string {
  return formatNumber(value, 'amount', getLocale());
}

/** A ratio with two significant digits: 3.129 → "3.1", 0.943 → "0.94", 12.3 → "12". */
export function formatRatio(value: number): string {
  return formatNumber(value, 'ratio', getLocale());
}

/** How a comparison is phrased: "3 times as many" (counts) or "3 times the rate" (rates). */
export type Comparison = 'count' | 'rate';

/** " (2.6 times as many)" for a / b, " (about the same)" when that rounds to 1, "" when b is 0. */
export function timesAsMany(a: number, b: number, comparison: Comparison = 'count'): string {
  if (!(b > 0)) return '';
  const ratio = a / b;
  // Two significant digits, as formatRatio writes it: 0.996 and 1.04 both read "1".
  if (Math.abs(ratio) < 100 && Number(ratio.toPrecision(2)) === 1) return t('chart.times.same');
  return t(comparison === 'rate' ? 'chart.times.rate' : 'chart.times.count', { ratio: { value: ratio, style: 'ratio' } });
}

/** An index in [0, 1] such as a Gini coefficient, with two decimals: 0.6234 → "0.62". */
export function formatIndex(value: number): string {
  return formatNumber(value, 'index', getLocale());
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
  if (day + 1 >= windowDays) return t('chart.window.last', { days: windowDays });
  return day === 0 ? t('chart.window.firstDay', { day: formatSerial(1) }) : t('chart.window.first', { days: day + 1 });
}

/** Axis tick labels: integers with thousands separators, otherwise as few decimals as the step needs. */
export function formatTick(value: number, step: number): string {
  const decimals = step >= 1 || step <= 0 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
  return formatFixed(value, decimals);
}

/** Axis tick labels for shares in [0, 1]: 0.25 → "25%". */
export function formatPercentTick(value: number, step: number): string {
  const decimals = step * 100 >= 1 ? 0 : Math.min(3, Math.ceil(-Math.log10(step * 100) - 1e-9));
  return cached(percentFormatters, decimals, { style: 'percent' }).format(value + 0);
}
