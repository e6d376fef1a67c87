/**
 * Number formats of the lab's sentences, tables and CSV (the charts' own formats are reused where
 * they fit). Text for people follows the message locale; text for files and input fields does not
 * (a CSV cell or a field's value must read back as a number whatever the language).
 */
import { formatSerial } from '../components/charts/format.ts';
import { formatNumber, getLocale } from '../i18n/index.ts';

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

/** A seed (a number that names a run rather than counts): digits in the locale's way, no grouping. */
export function formatSeed(seed: number): string {
  return formatSerial(seed);
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
