/**
 * The city map as one PNG: its canvas (the hexagons), its SVG overlay (the outline of the
 * most-minority quarter) and its SVG legend below, composed at 2× on white.
 */
import type { CityMap } from '../components/city-map.ts';
import { t } from '../i18n/index.ts';
import { PNG_SCALE, canvasToPng, svgImage } from './png-export.ts';
import { serializeSvg } from './svg-export.ts';

/** Space between the map and its legend, in CSS pixels. */
const LEGEND_GAP = 12;

/** The parts of a rendered map that make up its picture. */
export interface MapParts {
  canvas: HTMLCanvasElement;
  overlay: SVGSVGElement | null;
  legend: SVGSVGElement | null;
  /** Size of the map area in CSS pixels. */
  width: number;
  height: number;
}

/** Finds the canvas, overlay and legend inside a rendered map; null before the first run is drawn. */
export function mapParts(map: CityMap): MapParts | null {
  const root = map.shadowRoot;
  const canvas = root?.querySelector('canvas');
  if (!root || !canvas) return null;
  const box = canvas.getBoundingClientRect();
  return {
    canvas,
    overlay: root.querySelector<SVGSVGElement>('svg.overlay'),
    legend: root.querySelector('runaway-legend')?.shadowRoot?.querySelector('svg') ?? null,
    width: Math.round(box.width) || canvas.width,
    height: Math.round(box.height) || canvas.height,
  };
}

/** Draws the map (canvas, overlay and optionally the legend) onto a new canvas at `scale`. */
export async function composeMap(parts: MapParts, scale = PNG_SCALE, withLegend = true): Promise<HTMLCanvasElement> {
  const legend = withLegend && parts.legend ? serializeSvg(parts.legend) : null;
  const height = parts.height + (legend ? LEGEND_GAP + legend.height : 0);
  const width = Math.max(parts.width, legend?.width ?? 0);
  const output = document.createElement('canvas');
  output.width = Math.round(width * scale);
  output.height = Math.round(height * scale);
  const context = output.getContext('2d');
  if (!context) throw new Error(t('export.error.mapCanvas'));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, output.width, output.height);
  // Hexagons are flat colours: enlarge without blurring their edges.
  context.imageSmoothingEnabled = parts.canvas.width >= parts.width * scale;
  context.drawImage(parts.canvas, 0, 0, parts.width * scale, parts.height * scale);
  context.imageSmoothingEnabled = true;
  if (parts.overlay && parts.overlay.childElementCount > 0) {
    context.drawImage(await svgImage(serializeSvg(parts.overlay)), 0, 0, parts.width * scale, parts.height * scale);
  }
  if (legend) {
    context.drawImage(await svgImage(legend), 0, (parts.height + LEGEND_GAP) * scale, legend.width * scale, legend.height * scale);
  }
  return output;
}

/** The map as a PNG at 2×; rejects if the map has not drawn a run yet. */
export async function mapToPng(map: CityMap, scale = PNG_SCALE): Promise<Blob> {
  const parts = mapParts(map);
  if (!parts) throw new Error(t('export.error.mapEmpty'));
  return canvasToPng(await composeMap(parts, scale));
}
