/**
 * PNG export: a serialized SVG drawn onto a canvas at 2× (sharp on slides and high-density
 * screens), or a canvas taken as it is. Everything happens in the page: the SVG is loaded from a
 * blob: URL, never from a server.
 */
import type { SerializedSvg } from './svg-export.ts';
import { t } from '../i18n/index.ts';

/** Pixels per CSS pixel of exported images. */
export const PNG_SCALE = 2;

/** Decodes serialized SVG into an image (for drawing onto a canvas). */
export async function svgImage(svg: SerializedSvg): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image(svg.width, svg.height);
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The SVG as a PNG, `scale` pixels per CSS pixel, on white (slides may have any background). */
export async function svgToPng(svg: SerializedSvg, scale = PNG_SCALE): Promise<Blob> {
  const image = await svgImage(svg);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(svg.width * scale);
  canvas.height = Math.round(svg.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error(t('export.error.pngCanvas'));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvasToPng(canvas);
}

/** A canvas's pixels as a PNG Blob. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t('export.error.pngEncode')))), 'image/png');
  });
}
