/**
 * Hex geometry of the city map: fitting the grid into a box, finding the neighborhood under a
 * point, and a device-pixel index (which neighborhood each canvas pixel shows) built once per
 * size, so a playback frame only copies one colour per pixel into ImageData.
 * Cells are pointy-top hexagons on an "odd-r" offset grid: centers one unit apart in a row,
 * rows sqrt(3)/2 apart, odd rows shifted right by half a unit (as models/city.ts places them).
 */
import type { City } from '../../../models/index.ts';

const SQRT3 = Math.sqrt(3);
/** Circumradius of a hexagon whose neighbors are one unit apart. */
export const HEX_RADIUS = 1 / SQRT3;

/** Placement of the grid in CSS pixels: a unit of city.x / city.y is `scale` pixels. */
export interface HexGeometry {
  /** CSS pixels per unit (the width of one hexagon). */
  scale: number;
  /** CSS pixel position of the unit origin (the center of neighborhood 0). */
  originX: number;
  originY: number;
  /** Size of the drawing area in CSS pixels. */
  width: number;
  height: number;
}

/**
 * Fits the city into `maxWidth` × `maxHeight` CSS pixels with hexagons at most `maxHexWidth`
 * wide (so a city of two neighborhoods is not two giant cells), centred horizontally.
 */
export function fitHexes(city: City, maxWidth: number, maxHeight: number, maxHexWidth: number): HexGeometry {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < city.size; i++) {
    minX = Math.min(minX, city.x[i]!);
    maxX = Math.max(maxX, city.x[i]!);
    minY = Math.min(minY, city.y[i]!);
    maxY = Math.max(maxY, city.y[i]!);
  }
  const spanX = maxX - minX + 1;
  const spanY = maxY - minY + 2 * HEX_RADIUS;
  const scale = Math.max(1, Math.min(maxWidth / spanX, maxHeight / spanY, maxHexWidth));
  const width = Math.max(1, Math.floor(maxWidth));
  const height = Math.ceil(scale * spanY) + 2;
  return {
    scale,
    originX: (width - scale * spanX) / 2 + scale * (0.5 - minX),
    originY: 1 + scale * (HEX_RADIUS - minY),
    width,
    height,
  };
}

/** The neighborhood whose hexagon contains the point (in units, relative to neighborhood 0), or -1. */
export function hexIndexAtUnits(city: City, ux: number, uy: number): number {
  // Axial coordinates of a pointy-top hex lattice, then cube rounding to the nearest center.
  const qf = ux - uy / SQRT3;
  const rf = (2 * uy) / SQRT3;
  const sf = -qf - rf;
  let q = Math.round(qf);
  let r = Math.round(rf);
  const s = Math.round(sf);
  const dq = Math.abs(q - qf);
  const dr = Math.abs(r - rf);
  const ds = Math.abs(s - sf);
  if (dq > dr && dq > ds) q = -r - s;
  else if (dr > ds) r = -q - s;
  const row = r;
  const column = q + (r - (r & 1)) / 2;
  if (row < 0 || row >= city.rows || column < 0 || column >= city.columns) return -1;
  const index = row * city.columns + column;
  return index < city.size ? index : -1;
}

/** The neighborhood under a point in CSS pixels of the drawing area, or -1. */
export function hexIndexAt(city: City, geometry: HexGeometry, x: number, y: number): number {
  return hexIndexAtUnits(city, (x - geometry.originX) / geometry.scale, (y - geometry.originY) / geometry.scale);
}

/** Center of a neighborhood in CSS pixels. */
export function hexCenter(city: City, geometry: HexGeometry, index: number): [number, number] {
  return [geometry.originX + city.x[index]! * geometry.scale, geometry.originY + city.y[index]! * geometry.scale];
}

/** The hexagon's outline as an SVG points list, in CSS pixels, shrunk by `inset` pixels. */
export function hexPoints(city: City, geometry: HexGeometry, index: number, inset = 0): string {
  const [cx, cy] = hexCenter(city, geometry, index);
  const radius = Math.max(1, HEX_RADIUS * geometry.scale - inset);
  const points: string[] = [];
  for (let k = 0; k < 6; k++) {
    const angle = ((60 * k - 30) * Math.PI) / 180;
    points.push(`${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`);
  }
  return points.join(' ');
}

/** Which neighborhood each device pixel shows (-1: none, or a gap between cells), row-major. */
export interface PixelIndex {
  width: number;
  height: number;
  cells: Int32Array;
}

/**
 * Builds the pixel index at `pixelRatio` device pixels per CSS pixel. Where a pixel's right or
 * lower neighbour shows another cell it becomes a gap, drawing thin borders between cells that
 * are large enough to need them.
 */
export function buildPixelIndex(city: City, geometry: HexGeometry, pixelRatio: number): PixelIndex {
  const width = Math.max(1, Math.round(geometry.width * pixelRatio));
  const height = Math.max(1, Math.round(geometry.height * pixelRatio));
  const cells = new Int32Array(width * height);
  const unitsPerPixel = 1 / (geometry.scale * pixelRatio);
  for (let py = 0; py < height; py++) {
    const uy = ((py + 0.5) / pixelRatio - geometry.originY) / geometry.scale;
    const rowStart = py * width;
    for (let px = 0; px < width; px++) {
      const ux = (px + 0.5) * unitsPerPixel - geometry.originX / geometry.scale;
      cells[rowStart + px] = hexIndexAtUnits(city, ux, uy);
    }
  }
  const hexDevicePixels = geometry.scale * pixelRatio;
  if (hexDevicePixels >= 7) {
    const gap = Math.max(1, Math.round(pixelRatio));
    const border = new Uint8Array(width * height);
    for (let py = 0; py < height; py++) {
      for (let px = 0; px < width; px++) {
        const p = py * width + px;
        const cell = cells[p]!;
        if (cell < 0) continue;
        for (let k = 1; k <= gap; k++) {
          if ((px + k < width && cells[p + k] !== cell) || (py + k < height && cells[p + k * width] !== cell)) {
            border[p] = 1;
            break;
          }
        }
      }
    }
    for (let p = 0; p < cells.length; p++) if (border[p]) cells[p] = -1;
  }
  return { width, height, cells };
}

/** Writes each pixel's cell colour (packed RGBA; 0 = transparent) into a Uint32 view of ImageData. */
export function paintPixels(pixels: Uint32Array, index: PixelIndex, cellColors: Uint32Array): void {
  const { cells } = index;
  for (let p = 0; p < cells.length; p++) {
    const cell = cells[p]!;
    pixels[p] = cell >= 0 ? cellColors[cell]! : 0;
  }
}

/**
 * Fills each hexagon as an antialiased path in its CSS colour, leaving a hairline gap between
 * cells: the drawing for cities with large cells, where a pixel index would look stair-stepped.
 */
export function fillHexPaths(
  context: CanvasRenderingContext2D,
  city: City,
  geometry: HexGeometry,
  pixelRatio: number,
  colors: readonly string[],
): void {
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  context.clearRect(0, 0, geometry.width, geometry.height);
  const radius = HEX_RADIUS * geometry.scale - 0.75;
  const corners = Array.from({ length: 6 }, (_, k) => {
    const angle = ((60 * k - 30) * Math.PI) / 180;
    return [radius * Math.cos(angle), radius * Math.sin(angle)] as const;
  });
  for (let i = 0; i < city.size; i++) {
    const [cx, cy] = hexCenter(city, geometry, i);
    context.beginPath();
    for (const [dx, dy] of corners) context.lineTo(cx + dx, cy + dy);
    context.closePath();
    context.fillStyle = colors[i]!;
    context.fill();
  }
}

/**
 * Outline of a set of neighborhoods (for example the most-minority quarter) as an SVG path in
 * CSS pixels: every hexagon edge between a member and a non-member (or the city's edge).
 */
export function regionOutline(city: City, geometry: HexGeometry, member: ArrayLike<number>): string {
  const segments: string[] = [];
  const radius = HEX_RADIUS * geometry.scale;
  for (let i = 0; i < city.size; i++) {
    if (!member[i]) continue;
    const [cx, cy] = hexCenter(city, geometry, i);
    for (let k = 0; k < 6; k++) {
      const angle = (k * Math.PI) / 3;
      const neighbor = hexIndexAtUnits(city, city.x[i]! + Math.cos(angle), city.y[i]! + Math.sin(angle));
      if (neighbor >= 0 && member[neighbor]) continue;
      const a0 = angle - Math.PI / 6;
      const a1 = angle + Math.PI / 6;
      segments.push(
        `M${(cx + radius * Math.cos(a0)).toFixed(2)},${(cy + radius * Math.sin(a0)).toFixed(2)}` +
          `L${(cx + radius * Math.cos(a1)).toFixed(2)},${(cy + radius * Math.sin(a1)).toFixed(2)}`,
      );
    }
  }
  return segments.join('');
}
