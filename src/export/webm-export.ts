/**
 * A short WebM animation of a run's map for slides: an off-screen copy of the map plays the run
 * day by day while a canvas composed of the map, its quarter outline and a "Day N" caption is
 * recorded with canvas.captureStream and MediaRecorder. The page's own map never moves. Only
 * offered where the browser can record WebM (canRecordWebm).
 */
import type { RunResult } from '../../models/index.ts';
import '../components/city-map.ts';
import type { CityMap } from '../components/city-map.ts';
import type { MapLayer } from '../components/charts/map-layers.ts';
import { MAP_LAYERS } from '../components/charts/map-layers.ts';
import { FONT_FAMILY } from '../components/charts/layout.ts';
import { formatSerial } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { mapParts, type MapParts } from './map-export.ts';
import { svgImage } from './png-export.ts';
import { serializeSvg } from './svg-export.ts';

/** Height of the caption strip under the map, in CSS pixels. */
const CAPTION_HEIGHT = 44;
const WEBM_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];
/**
 * The last day stays on screen this long at the end of the video, within its length: it is the
 * day the video is about, and Chromium drops the frames still being encoded when the recorder
 * stops (the last day was missing from half the one-second recordings under CPU load, from none
 * with this hold).
 */
const END_HOLD_SECONDS = 0.5;
/** How long the recorder may take to start before the export gives up, in milliseconds. */
const START_TIMEOUT_MS = 30_000;

export interface WebmOptions {
  layer?: MapLayer;
  showQuarter?: boolean;
  /** Width of the recorded map in CSS pixels (default 720). */
  width?: number;
  /** Frames per second of the video (default 30). */
  framesPerSecond?: number;
  /** Length of the video in seconds (default 8); days are spread evenly over it, less the last half second, which holds the last day. */
  seconds?: number;
  /** Called with the share of frames recorded, in [0, 1]. */
  onProgress?: (share: number) => void;
  signal?: AbortSignal;
}

/** The WebM type this browser can record, or null (then hide the option). */
export function webmType(): string | null {
  if (typeof MediaRecorder === 'undefined' || typeof HTMLCanvasElement === 'undefined') return null;
  if (typeof HTMLCanvasElement.prototype.captureStream !== 'function') return null;
  return WEBM_TYPES.find((type) => MediaRecorder.isTypeSupported(type)) ?? null;
}

/** Whether this browser can record the map animation. */
export function canRecordWebm(): boolean {
  return webmType() !== null;
}

/**
 * Records the run's map from day 1 to its last simulated day as WebM. Real time passes while it
 * records (the video is as long as `seconds`, after the recorder has started), because
 * MediaRecorder stamps frames by the clock.
 */
export async function recordMapWebm(result: RunResult, options: WebmOptions = {}): Promise<Blob> {
  const type = webmType();
  if (!type) throw new Error(t('export.error.webmUnsupported'));
  const layer = options.layer ?? 'overPolicing';
  const framesPerSecond = options.framesPerSecond ?? 30;
  const frames = Math.max(2, Math.round((options.seconds ?? 8) * framesPerSecond));
  const dayFrames = frames - Math.min(Math.round(END_HOLD_SECONDS * framesPerSecond), frames - 2);
  const days = result.history.daysDone;

  const host = document.createElement('div');
  // Laid out (so the map measures its width) but out of sight and out of the accessibility tree.
  Object.assign(host.style, { position: 'fixed', left: '-10000px', top: '0', width: `${options.width ?? 720}px` });
  host.setAttribute('aria-hidden', 'true');
  const map = document.createElement('runaway-city-map') as CityMap;
  map.result = result;
  map.layer = layer;
  map.showQuarter = options.showQuarter ?? true;
  map.day = 0;
  host.append(map);
  document.body.append(host);
  try {
    await map.updateComplete;
    await nextFrame();
    await map.updateComplete;
    const parts = mapParts(map);
    if (!parts) throw new Error(t('export.error.webmMap'));
    const recording = new FrameComposer(parts, await overlayImage(parts), `${MAP_LAYERS[layer].label}`);
    const stream = recording.canvas.captureStream(framesPerSecond);
    const recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: 4_000_000 });
    const chunks: Blob[] = [];
    recorder.addEventListener('dataavailable', (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    });
    const stopped = new Promise<void>((resolve) => recorder.addEventListener('stop', () => resolve(), { once: true }));
    try {
      await startRecording(recorder, () => recording.draw(0), framesPerSecond, options.signal);
      const started = performance.now();
      for (let frame = 0; frame < frames; frame++) {
        if (options.signal?.aborted) break;
        // Frames past the days repeat the last one (the hold).
        map.day = Math.round((Math.min(frame, dayFrames - 1) / (dayFrames - 1)) * (days - 1));
        await map.updateComplete;
        recording.draw(map.day);
        options.onProgress?.((frame + 1) / frames);
        await sleepUntil(started + ((frame + 1) * 1000) / framesPerSecond);
      }
      recorder.stop();
      await stopped;
    } finally {
      // Also when the recorder never started: release the recorder and the canvas stream.
      if (recorder.state !== 'inactive') recorder.stop();
      for (const track of stream.getTracks()) track.stop();
    }
    if (options.signal?.aborted) throw new DOMException(t('export.error.webmCancelled'), 'AbortError');
    return new Blob(chunks, { type: 'video/webm' });
  } finally {
    host.remove();
  }
}

/**
 * Starts `recorder` and resolves once it records. Chromium starts recording (and fires 'start')
 * only after the stream has delivered a frame, about a second later when measured, nearly three
 * under CPU load, and keeps none of the frames drawn before; a canvas stream delivers a frame only
 * when the canvas is drawn. Drawing the days straight after start() therefore lost the first
 * second of the video, and all of a short one: a file of headers only. So the first frame is drawn
 * again at the frame rate until 'start'.
 */
async function startRecording(recorder: MediaRecorder, drawFirst: () => void, framesPerSecond: number, signal: AbortSignal | undefined): Promise<void> {
  let timer = 0;
  let timeout = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      recorder.addEventListener('start', () => resolve(), { once: true });
      signal?.addEventListener('abort', () => resolve(), { once: true });
      timeout = window.setTimeout(() => reject(new Error(t('export.error.webmStart'))), START_TIMEOUT_MS);
      drawFirst();
      recorder.start();
      timer = window.setInterval(drawFirst, 1000 / framesPerSecond);
    });
  } finally {
    clearInterval(timer);
    clearTimeout(timeout);
  }
}

/** Draws each frame: the map's canvas, the quarter outline and the caption strip. */
class FrameComposer {
  readonly canvas = document.createElement('canvas');
  private readonly context: CanvasRenderingContext2D;
  private readonly ratio: number;

  constructor(
    private readonly parts: MapParts,
    private readonly overlay: HTMLImageElement | null,
    private readonly label: string,
  ) {
    this.ratio = parts.canvas.width / parts.width;
    // Even sizes: video encoders refuse odd dimensions.
    this.canvas.width = even(parts.canvas.width);
    this.canvas.height = even(parts.canvas.height + CAPTION_HEIGHT * this.ratio);
    const context = this.canvas.getContext('2d');
    if (!context) throw new Error(t('export.error.webmCanvas'));
    this.context = context;
  }

  draw(day: number): void {
    const { context, parts, ratio } = this;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, this.canvas.width, this.canvas.height);
    context.drawImage(parts.canvas, 0, 0);
    if (this.overlay) context.drawImage(this.overlay, 0, 0, parts.canvas.width, parts.canvas.height);
    context.fillStyle = '#222222';
    context.font = `600 ${Math.round(20 * ratio)}px ${FONT_FAMILY}`;
    context.textBaseline = 'middle';
    context.fillText(t('export.webm.caption', { day: formatSerial(day + 1), layer: this.label }), 12 * ratio, parts.canvas.height + (CAPTION_HEIGHT / 2) * ratio);
  }
}

async function overlayImage(parts: MapParts): Promise<HTMLImageElement | null> {
  if (!parts.overlay || parts.overlay.childElementCount === 0) return null;
  return svgImage(serializeSvg(parts.overlay));
}

function even(value: number): number {
  const rounded = Math.round(value);
  return rounded % 2 === 0 ? rounded : rounded + 1;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

function sleepUntil(time: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, time - performance.now())));
}
