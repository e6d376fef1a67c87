/**
 * Colour-blind-safe palettes. The ramps are copied as small tables (not imported from
 * d3-scale-chromatic, which tree-shakes poorly) and expanded into 256-entry lookup tables that
 * the map writes straight into ImageData.
 */

/** Viridis at t = 0, 0.1, …, 1 (matplotlib's viridis, as in d3-scale-chromatic). */
const VIRIDIS = ['#440154', '#482475', '#414487', '#355f8d', '#2a788e', '#21918c', '#22a884', '#44bf70', '#7ad151', '#bddf26', '#fde725'];

/**
 * Sequential ramp for "how much": light yellow for little, dark purple for a lot (viridis reversed,
 * so more reads as darker on a white page). Perceptually uniform and safe for colour-blind viewers.
 */
export const SEQUENTIAL_RAMP: readonly string[] = [...VIRIDIS].reverse();

/**
 * Diverging ramp for the over-policing index: ColorBrewer RdBu (11 classes, marked colour-blind
 * safe), blue below 1 (fewer patrols than true crime warrants), near-white at 1, red above 1.
 */
export const DIVERGING_RAMP: readonly string[] = [
  '#053061', '#2166ac', '#4393c3', '#92c5de', '#d1e5f0', '#f7f7f7', '#fddbc7', '#f4a582', '#d6604d', '#b2182b', '#67001f',
];

/** Fill for neighborhoods with no value (for example no patrols and no crime in the window). */
export const NO_DATA_COLOR = '#bdbdbd';

/** Okabe–Ito colours for the two groups; lines of each group also differ in dash. */
export const GROUP_COLORS = { minority: '#D55E00', majority: '#0072B2' } as const;

/** Neutral ink for text, axes and reference lines (contrast above 4.5:1 on white). */
export const INK = '#222222';
export const MUTED_INK = '#595959';
export const GRID_COLOR = '#e3e3e3';

/** Dash patterns, so lines stay distinguishable without colour. */
export const DASHES = { solid: '', dashed: '8 5', dotted: '2 4', dashDot: '10 4 2 4' } as const;

export type Rgb = [number, number, number];

export function parseHex(color: string): Rgb {
  const value = Number.parseInt(color.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export function toHex([r, g, b]: Rgb): string {
  return `#${((1 << 24) | (Math.round(r) << 16) | (Math.round(g) << 8) | Math.round(b)).toString(16).slice(1)}`;
}

/** Linear interpolation in RGB between evenly spaced stops; t is clamped to [0, 1]. */
export function rampColor(ramp: readonly string[], t: number): Rgb {
  const clamped = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  const position = clamped * (ramp.length - 1);
  const index = Math.min(ramp.length - 2, Math.floor(position));
  const fraction = position - index;
  const a = parseHex(ramp[index]!);
  const b = parseHex(ramp[index + 1]!);
  return [a[0] + (b[0] - a[0]) * fraction, a[1] + (b[1] - a[1]) * fraction, a[2] + (b[2] - a[2]) * fraction];
}

/** Entries in a lookup table; a value in [0, 1] maps to entry round(t · 255). */
export const LUT_SIZE = 256;

/**
 * The ramp as LUT_SIZE packed pixels for a Uint32Array view of ImageData (bytes R, G, B, A in
 * memory, so the packed value is ABGR on little-endian machines, which is every browser we target).
 */
export function rampPixels(ramp: readonly string[]): Uint32Array {
  const pixels = new Uint32Array(LUT_SIZE);
  for (let i = 0; i < LUT_SIZE; i++) pixels[i] = packPixel(rampColor(ramp, i / (LUT_SIZE - 1)));
  return pixels;
}

export function packPixel([r, g, b]: Rgb, alpha = 255): number {
  return ((alpha << 24) | (Math.round(b) << 16) | (Math.round(g) << 8) | Math.round(r)) >>> 0;
}

/** Relative luminance (WCAG), to pick dark or light text on a fill. */
export function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Text colour that reads on `fill`: near-black on light fills, white on dark ones. */
export function textOn(fill: Rgb): string {
  return luminance(fill) > 0.22 ? INK : '#ffffff';
}
