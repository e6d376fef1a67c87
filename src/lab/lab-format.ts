/** Number formats of the lab's sentences, tables and CSV (the charts' own formats are reused where they fit). */

/** A schema value without float noise: 0.30000000000000004 → "0.3", 100000 → "100000". */
export function formatSchemaNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

/** A number for a CSV cell: full precision but no float noise beyond 12 significant digits. */
export function csvNumber(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : '';
}

/** A count with thousands separators: 12345 → "12,345". */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** A signed difference with the precision of formatAmount: +1.23, −4.5, 0. */
export function formatSigned(value: number, format: (value: number) => string): string {
  if (!Number.isFinite(value)) return '–';
  if (value === 0) return format(0);
  return value > 0 ? `+${format(value)}` : `−${format(-value)}`;
}
