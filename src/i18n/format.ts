/**
 * Number styles for messages, one Intl formatter per locale and style. A message names the style
 * of a placeholder (`{share, percent}`); live values carry theirs (src/stories/live-values.ts).
 * The English forms match the charts' own formats, so a story and a chart never disagree.
 */

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
