/** Reading numbers typed into the lab's own fields (counts, seeds, ranges): a value or a sentence saying what is allowed. */
import { t } from '../i18n/index.ts';
import { formatCount, formatSchemaValue, formatSerial, normalizeFieldNumber } from '../i18n/format.ts';
import '../i18n/parts/lab.ts';

export interface ReadNumber {
  value: number;
  /** Empty when the text was accepted. */
  error: string;
}

/** How the numbers of a refusal are written: counts with grouping, seeds without. */
export type WholeNumberKind = 'count' | 'seed';

/**
 * A whole number from `min` to `max`; on refusal `value` is `fallback` (the last good value).
 * `name` is the field's name as a sentence starts with it, from the catalogue.
 */
export function readWholeNumber(text: string, min: number, max: number, name: string, fallback: number, kind: WholeNumberKind = 'count'): ReadNumber {
  const value = Number(normalizeFieldNumber(text));
  if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    const write = kind === 'seed' ? formatSerial : formatCount;
    return { value: fallback, error: t('lab.input.notWhole', { name, min: write(min), max: write(max), kept: write(fallback) }) };
  }
  return { value, error: '' };
}

/** Any finite number; on refusal `value` is `fallback`. */
export function readNumber(text: string, name: string, fallback: number): ReadNumber {
  const value = Number(normalizeFieldNumber(text));
  if (text.trim() === '' || !Number.isFinite(value)) return { value: fallback, error: t('lab.input.notNumber', { name, kept: formatSchemaValue(fallback) }) };
  return { value, error: '' };
}
