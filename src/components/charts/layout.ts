/**
 * Chart geometry: margins that leave room for 14 px axis text, a key that wraps on a phone or
 * direct labels at the line ends on a wider screen, and label spreading so direct labels
 * never overlap.
 */

/** Axis and label text size in CSS pixels: readable from the back of a room at 1280 × 720. */
export const FONT_SIZE = 14;
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
/** Average advance of a character at FONT_SIZE, used to estimate label widths without measuring. */
const CHAR_WIDTH = 8.4;
const LINE_HEIGHT = 22;
const SWATCH_WIDTH = 26;
/** Below this width the key sits above the plot; above it, labels sit at the line ends. */
export const DIRECT_LABEL_MIN_WIDTH = 600;

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** One entry of a key: a line sample with the series' colour and dash, and its name. */
export interface KeyItem {
  label: string;
  color: string;
  dash: string;
  width: number;
}

export interface PlacedKeyItem extends KeyItem {
  x: number;
  y: number;
}

export interface PlotLayout {
  width: number;
  height: number;
  margin: Margin;
  innerWidth: number;
  innerHeight: number;
  /** True when series are named at their line ends, false when a key sits above the plot. */
  directLabels: boolean;
  /** Key entries placed above the plot (empty with direct labels). */
  key: PlacedKeyItem[];
}

export function textWidth(text: string): number {
  return text.length * CHAR_WIDTH;
}

/**
 * Lays out a plot of the given width. `leftMargin` fits the widest y tick label; `square` asks
 * for a plot as tall as it is wide (the Lorenz curve).
 */
export function plotLayout(width: number, items: readonly KeyItem[], options: { leftMargin?: number; square?: boolean } = {}): PlotLayout {
  const safeWidth = Math.max(240, Math.floor(width));
  const directLabels = !options.square && safeWidth >= DIRECT_LABEL_MIN_WIDTH && items.length > 0;
  const left = options.leftMargin ?? 56;
  const bottom = 50;
  // Room above the plot for the y-axis unit, and on a narrow screen for the key.
  const unitRow = 26;
  let key: PlacedKeyItem[] = [];
  let keyHeight = 0;
  // Room on the right for half of the last x tick label.
  let right = 26;
  if (directLabels) {
    right = Math.min(220, Math.max(...items.map((item) => SWATCH_WIDTH + 10 + textWidth(item.label))) + 16);
  } else if (items.length > 0) {
    key = placeKey(items, safeWidth - 8);
    keyHeight = Math.max(...key.map((item) => item.y)) + LINE_HEIGHT / 2 + 6;
  }
  const top = keyHeight + unitRow;
  const innerWidth = safeWidth - left - right;
  const innerHeight = options.square
    ? Math.min(innerWidth, 420)
    : Math.round(Math.min(300, Math.max(170, innerWidth * 0.5)));
  return {
    width: safeWidth,
    height: top + innerHeight + bottom,
    margin: { top, right, bottom, left },
    innerWidth,
    innerHeight,
    directLabels,
    key,
  };
}

/** Places key entries left to right, wrapping to a new row when the next one would not fit. */
function placeKey(items: readonly KeyItem[], available: number): PlacedKeyItem[] {
  const placed: PlacedKeyItem[] = [];
  let x = 4;
  let y = LINE_HEIGHT / 2 + 2;
  for (const item of items) {
    const itemWidth = SWATCH_WIDTH + 8 + textWidth(item.label);
    if (x > 4 && x + itemWidth > available) {
      x = 4;
      y += LINE_HEIGHT;
    }
    placed.push({ ...item, x, y });
    x += itemWidth + 18;
  }
  return placed;
}

/** Height of a row of a key of marks above a plot (point and unit charts), in CSS pixels. */
const MARK_KEY_ROW = 26;

/**
 * A key of marks (each drawn in a 26 px slot before its label), left to right, wrapping to a new
 * row when the next entry would not fit in `width`.
 */
export function placeMarkKey<T extends { label: string }>(items: readonly T[], width: number): (T & { x: number; row: number })[] {
  let x = 4;
  let row = 0;
  return items.map((item) => {
    const itemWidth = SWATCH_WIDTH + textWidth(item.label);
    if (x > 4 && x + itemWidth > width) {
      x = 4;
      row++;
    }
    const placed = { ...item, x, row };
    x += itemWidth + 18;
    return placed;
  });
}

/** Where a placed entry of a key of marks has its mark's centre and where its label starts. */
export function markKeySlot(item: { x: number; row: number }): { cx: number; cy: number; textX: number } {
  return { cx: item.x + 11, cy: item.row * MARK_KEY_ROW + MARK_KEY_ROW / 2 + 2, textX: item.x + SWATCH_WIDTH };
}

/** Height a placed key of marks takes, in CSS pixels (its rows). */
export function markKeyHeight(key: readonly { row: number }[]): number {
  return MARK_KEY_ROW * (Math.max(0, ...key.map((item) => item.row)) + 1);
}

/**
 * Moves label positions (sorted or not) apart so neighbours are at least `gap` apart, staying
 * within [top, bottom] where possible. Returns new positions in the input order.
 */
export function spreadLabels(positions: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = positions.map((y, i) => ({ y: Math.min(bottom, Math.max(top, y)), i })).sort((a, b) => a.y - b.y || a.i - b.i);
  for (let k = 1; k < order.length; k++) order[k]!.y = Math.max(order[k]!.y, order[k - 1]!.y + gap);
  const last = order[order.length - 1];
  if (last && last.y > bottom) {
    last.y = bottom;
    for (let k = order.length - 2; k >= 0; k--) order[k]!.y = Math.min(order[k]!.y, order[k + 1]!.y - gap);
  }
  const result = new Array<number>(positions.length);
  for (const { y, i } of order) result[i] = y;
  return result;
}

export const KEY_SWATCH_WIDTH = SWATCH_WIDTH;

/** Breaks text into lines of at most `maxWidth` pixels (estimated), at spaces. */
export function wrapText(text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && textWidth(candidate) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}
