/**
 * Every number and setting value the app writes for people (and the few it writes for files and
 * fields), in one module. Numbers follow the message locale: a message names the style of a
 * placeholder (`{share, percent}`) and live values carry theirs (src/stories/live-values.ts); the
 * charts, the map, the sentences, the stories and the lab use the same named styles, so a story
 * and a chart never disagree. Words (On, Off, "days") come from the catalogue. Text for files and
 * input fields does not follow the locale: a CSV cell or a field's value must read back as a number.
 */
import type { ParamSpec } from '../../models/index.ts';
// index.ts re-exports formatNumber from here; the cycle is safe because neither module calls the
// other while it is being evaluated.
import { getLocale, hasMessage, t } from './index.ts';
import { optionLabel, shortOptionLabel } from './param-text.ts';


/** How a number is written in a message. */
export type NumberStyle = 'percent' | 'integer' | 'amount' | 'ratio' | 'index' | 'number';

export const NUMBER_STYLES: readonly NumberStyle[] = ['percent', 'integer', 'amount', 'ratio', 'index', 'number'];

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${locale}|${key}`;
  let format = cache.get(id);
  if (!format) cache.set(id, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/**
 * Writes `value` in `style` for `locale`:
 * percent 0.412 → "41%"; integer 71430.2 → "71,430"; amount (per 1,000) 1234.5 → "1,235",
 * 52.34 → "52.3", 4.567 → "4.57"; ratio (two significant digits) 3.129 → "3.1", 12.3 → "12";
 * index (two decimals) 0.6234 → "0.62"; number (as given, up to six decimals).
 */
export function formatNumber(value: number, style: NumberStyle, locale: string): string {
  if (!Number.isFinite(value)) return '–';
  switch (style) {
    case 'percent':
      // Round first, as the charts do (Math.round); adding 0 turns −0 into 0, so "-0%" never appears.
      return formatter(locale, 'percent', { style: 'percent', maximumFractionDigits: 0 }).format(Math.round(value * 100) / 100 + 0);
    case 'integer':
      return formatter(locale, 'integer', { maximumFractionDigits: 0 }).format(Math.round(value));
    case 'amount': {
      const magnitude = Math.abs(value);
      const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude > 0 ? 2 : 0;
      return formatter(locale, `amount${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
    }
    case 'ratio':
      if (Math.abs(value) >= 100) return formatter(locale, 'integer', { maximumFractionDigits: 0 }).format(Math.round(value));
      return formatter(locale, 'ratio', { maximumFractionDigits: 6 }).format(Number(value.toPrecision(2)));
    case 'index':
      return formatter(locale, 'index', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
    case 'number':
      return formatter(locale, 'number', { maximumFractionDigits: 6 }).format(value);
  }
}

export function isNumberStyle(name: string): name is NumberStyle {
  return (NUMBER_STYLES as readonly string[]).includes(name);
}

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

/** A ratio with one decimal, e.g. 1.6 (the live sentence's "1.6 times"). */
export function formatTimes(value: number): string {
  return formatFixed(value, 1);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The key of the plural form of `base` for `amount` in the current locale: `<base>.one`,
 * `<base>.few`, … as Intl.PluralRules names the categories, or `<base>.other` when the catalogue
 * has no message for that category.
 */
export function pluralKey(base: string, amount: number): string {
  const locale = getLocale();
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const key = `${base}.${rules.select(amount)}`;
  return hasMessage(key) ? key : `${base}.other`;
}

/** "1 day" or "365 days". */
export function formatDays(value: number): string {
  return t(pluralKey('unit.days', value), { count: value });
}

/**
 * Where a setting's value is written: next to its control ('control': "On", the option's full
 * label, "12 neighborhoods", "none"), or inside a sentence or a table of the lab ('sentence': "on",
 * the option's short label, "custom (12 neighborhoods)", "generated grid").
 */
export type ValuePlace = 'control' | 'sentence';

/**
 * A setting's value as a person reads it, in the message locale: numbers without float noise and
 * with grouping, booleans as on/off, a choice by its option label (when `spec` is given), a custom
 * city by its size.
 */
export function formatParamValue(value: unknown, spec?: ParamSpec, place: ValuePlace = 'control'): string {
  const sentence = place === 'sentence';
  if (typeof value === 'boolean') return t(sentence ? (value ? 'lab.value.on' : 'lab.value.off') : value ? 'value.on' : 'value.off');
  if (typeof value === 'number') return formatSchemaValue(value);
  if (Array.isArray(value)) return t(sentence ? 'lab.value.customCity' : 'value.neighborhoods', { count: value.length });
  if (spec?.kind === 'neighborhoods' && sentence) return t('lab.value.generatedGrid');
  if (value === null) return t('value.none');
  if (spec?.kind === 'enum' && typeof value === 'string' && spec.options?.some((option) => option.value === value)) {
    return sentence ? shortOptionLabel(spec, value) : optionLabel(spec, value);
  }
  return String(value);
}

/** A setting's value as an input field holds it: numbers as formatFieldNumber writes them ("0.3" or "0,3", "100000"). */
export function fieldText(spec: ParamSpec, value: unknown): string {
  return typeof value === 'number' ? formatFieldNumber(value) : formatParamValue(value, spec, 'sentence');
}

/**
 * A number as an input field holds it, to be edited and read back: no float noise, no grouping,
 * and the message locale's decimal sign, so the field agrees with the label beside it:
 * 0.30000000000000004 → "0.3" in English, "0,3" in Spanish; 100000 → "100000".
 */
export function formatFieldNumber(value: number): string {
  const text = formatSchemaNumber(value);
  return decimalSign(getLocale()) === ',' ? text.replace('.', ',') : text;
}

/**
 * Text typed into a number field, as Number() reads it. Where the locale writes a decimal comma,
 * one comma in a text without a point is that decimal sign ("0,4" → "0.4"); a point is read as
 * the decimal sign in every locale, since fields never show grouping. Anything else is left as
 * typed, for the field's own check to refuse by name.
 */
export function normalizeFieldNumber(text: string): string {
  const typed = text.trim();
  if (decimalSign(getLocale()) !== ',' || typed.includes('.')) return typed;
  return /^[+-]?\d*,\d+(e[+-]?\d+)?$/i.test(typed) ? typed.replace(',', '.') : typed;
}

/** The decimal sign `locale` writes ("." or ","). */
function decimalSign(locale: string): string {
  return formatter(locale, 'number', { maximumFractionDigits: 6 }).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

/** A schema value for a field or a file, without float noise: 0.30000000000000004 → "0.3", 100000 → "100000". */
export function formatSchemaNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

/** A schema value for people, in the locale's digits: 0.30000000000000004 → "0.3", 100000 → "100,000". */
export function formatSchemaValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return formatNumber(Number(value.toPrecision(10)), 'number', getLocale());
}

/** A number for a CSV cell: full precision but no float noise beyond 12 significant digits. */
export function csvNumber(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : '';
}

/** A count with thousands separators in the message locale: 12345 → "12,345". */
export function formatCount(value: number): string {
  return formatNumber(value, 'integer', getLocale());
}

/** A signed difference with the precision of formatAmount: +1.23, −4.5, 0. */
export function formatSigned(value: number, format: (value: number) => string): string {
  if (!Number.isFinite(value)) return '–';
  if (value === 0) return format(0);
  return value > 0 ? `+${format(value)}` : `−${format(-value)}`;
}

/**
 * A parameter's or a metric's name inside a sentence, as the English texts write it ("as
 * exploration (ε) goes from…"): lower case. A language whose nouns keep their capitals would
 * need this to change with the locale.
 */
export function inSentence(name: string): string {
  return name.toLocaleLowerCase(getLocale());
}

/** A name at the start of a clause with only its first letter lowered ("the median disparity ratio"). */
export function lowerFirst(name: string): string {
  return name.charAt(0).toLocaleLowerCase(getLocale()) + name.slice(1);
}
