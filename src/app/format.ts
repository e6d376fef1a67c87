/**
 * Number formatting for the page: one place, so every figure on screen reads the same way. Numbers
 * follow the message locale (src/i18n); words (On, Off, "days") come from the catalogue.
 */
import type { ParamSpec } from '../../models/index.ts';
import { formatFixed } from '../components/charts/format.ts';
import { formatNumber, getLocale, hasMessage, t } from '../i18n/index.ts';
import { optionLabel } from './param-text.ts';

/**
 * A parameter value as shown next to its control: numbers with grouping, booleans as On/Off, a
 * choice by its option label when the spec is given, a custom city by its size.
 */
export function formatParamValue(value: unknown, spec?: ParamSpec): string {
  if (typeof value === 'boolean') return t(value ? 'value.on' : 'value.off');
  if (typeof value === 'number') return formatNumber(value, 'number', getLocale());
  if (value === null) return t('value.none');
  if (Array.isArray(value)) return t('value.neighborhoods', { count: value.length });
  if (spec?.kind === 'enum' && typeof value === 'string') return optionLabel(spec, value);
  return String(value);
}

/** A share in [0, 1] as a whole percentage, e.g. 0.412 -> "41%". */
export function percent(share: number): string {
  return formatNumber(share, 'percent', getLocale());
}

/** A count, rounded to a whole number with thousands separators. */
export function count(value: number): string {
  return formatNumber(value, 'integer', getLocale());
}

/** A ratio with one decimal, e.g. 1.6. */
export function times(value: number): string {
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
export function days(value: number): string {
  return t(pluralKey('unit.days', value), { count: value });
}
