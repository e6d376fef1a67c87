/**
 * A gallery card's sparkline: on a small canvas, the most-minority quarter's patrol share (solid,
 * the data side's colour) against its share of true crime (dashed, the real side's colour), on a
 * 0 to 100% scale. The canvas is an image with a generated one-sentence description.
 */
import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import type { ThumbnailData } from './thumbnail-data.ts';
import '../i18n/parts/learning.ts';

const PATROL_COLOR = '#a83f00';
const TRUTH_COLOR = '#005a8c';
const GRID_COLOR = '#d9d6cf';

/**
 * A preset's thumbnail.
 * @csspart canvas - the drawing
 */
@customElement('runaway-preset-thumbnail')
export class PresetThumbnail extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      height: 64px;
    }
    canvas {
      display: block;
      width: 100%;
      height: 100%;
    }
    .status {
      position: absolute;
      inset: 0;
      display: flex;
      align-items: center;
      justify-content: center;
      margin: 0;
      font-size: 0.8rem;
      color: var(--ink-soft, #4a4d52);
      text-align: center;
    }
  `;

  /** The series to draw; null while loading. */
  @property({ attribute: false }) data: ThumbnailData | null = null;
  /** Why there is no drawing, if it failed. */
  @property({ attribute: false }) failure: string | null = null;

  @query('canvas') private canvas!: HTMLCanvasElement;
  private resizeObserver: ResizeObserver | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(() => this.draw());
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override render() {
    const data = this.data;
    if (!data) {
      return html`<p class="status" role="status">${this.failure ? t('gallery.thumbnailFailed', { message: this.failure }) : t('gallery.thumbnailLoading')}</p>`;
    }
    const last = data.patrols.length - 1;
    const label = t('gallery.thumbnail', {
      days: data.days,
      first: { value: data.patrols[0] ?? 0, style: 'percent' },
      last: { value: data.patrols[last] ?? 0, style: 'percent' },
      truth: { value: data.truth[last] ?? 0, style: 'percent' },
    });
    return html`<canvas part="canvas" role="img" aria-label=${label}></canvas>`;
  }

  protected override updated(_changed: PropertyValues): void {
    this.draw();
  }

  private draw(): void {
    const data = this.data;
    const canvas = this.canvas;
    if (!data || !canvas) return;
    const ratio = Math.min(2, globalThis.devicePixelRatio || 1);
    const width = Math.max(1, Math.round(canvas.clientWidth * ratio));
    const height = Math.max(1, Math.round(canvas.clientHeight * ratio));
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const context = canvas.getContext('2d');
    if (!context) return;
    const pad = 3 * ratio;
    const x = (k: number) => pad + ((width - 2 * pad) * k) / Math.max(1, data.patrols.length - 1);
    const y = (share: number) => height - pad - (height - 2 * pad) * Math.max(0, Math.min(1, share));
    context.clearRect(0, 0, width, height);
    context.strokeStyle = GRID_COLOR;
    context.lineWidth = ratio;
    for (const level of [0, 0.5, 1]) {
      context.beginPath();
      context.moveTo(pad, Math.round(y(level)) + 0.5);
      context.lineTo(width - pad, Math.round(y(level)) + 0.5);
      context.stroke();
    }
    const line = (values: Float64Array, color: string, lineWidth: number, dash: number[]) => {
      context.strokeStyle = color;
      context.lineWidth = lineWidth * ratio;
      context.setLineDash(dash.map((d) => d * ratio));
      context.beginPath();
      values.forEach((value, k) => (k === 0 ? context.moveTo(x(k), y(value)) : context.lineTo(x(k), y(value))));
      context.stroke();
      context.setLineDash([]);
    };
    line(data.truth, TRUTH_COLOR, 2, [5, 3]);
    line(data.patrols, PATROL_COLOR, 2.5, []);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-preset-thumbnail': PresetThumbnail;
  }
}
