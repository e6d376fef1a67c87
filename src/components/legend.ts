/**
 * A colour legend drawn in SVG (so it exports with the map): a heading, a note such as the time
 * window, a gradient bar with tick labels, and optional swatches (no data, an outlined region).
 * Colours are presentation attributes, text is 14 px or larger.
 */
import { html, LitElement, css, svg, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { FONT_FAMILY, FONT_SIZE, textWidth, wrapText } from './charts/layout.ts';
import { INK, MUTED_INK } from './charts/palettes.ts';
import { WidthController } from './charts/width-controller.ts';

/** A labelled point on the bar; position in [0, 1] from its left end. */
export interface LegendTick {
  position: number;
  label: string;
}

/** An extra key entry: a filled square or an outlined one (for a region drawn as an outline). */
export interface LegendSwatch {
  label: string;
  kind: 'fill' | 'outline';
  color: string;
}

const BAR_HEIGHT = 16;
const LINE = 20;
const MAX_BAR_WIDTH = 360;
let legendCount = 0;

/**
 * Colour legend for the city map (or any colour ramp).
 * @csspart svg - the legend drawing
 */
@customElement('runaway-legend')
export class RunawayLegend extends LitElement {
  static override styles = css`
    :host {
      display: block;
      min-width: 0;
    }
    svg {
      display: block;
      max-width: 100%;
      height: auto;
    }
  `;

  /** What the colours show, e.g. "True crime". */
  @property() heading = '';
  /** A second line, e.g. the unit and the time window. */
  @property() note = '';
  /** Colour stops, evenly spaced from left to right. */
  @property({ attribute: false }) ramp: readonly string[] = [];
  @property({ attribute: false }) ticks: readonly LegendTick[] = [];
  @property({ attribute: false }) swatches: readonly LegendSwatch[] = [];

  private readonly size = new WidthController(this, 360);
  /** Re-renders in the new language when the locale changes (the heading and note come from the host). */
  protected readonly locale = new LocaleController(this);
  private readonly gradientId = `runaway-legend-${++legendCount}`;
  private headingLines: string[] = [];
  private noteLines: string[] = [];

  protected override willUpdate(_changed: PropertyValues): void {
    const available = Math.max(200, this.size.width) - 8;
    this.headingLines = wrapText(this.heading, available);
    this.noteLines = wrapText(this.note, available);
  }

  override render() {
    const width = Math.max(200, this.size.width);
    const barWidth = Math.min(MAX_BAR_WIDTH, width - 24);
    const barX = 12;
    let y = 0;
    const headingY = this.headingLines.map(() => (y += LINE));
    const noteY = this.noteLines.map(() => (y += LINE));
    const barY = y + 10;
    y = barY + BAR_HEIGHT + 8 + FONT_SIZE;
    const tickLabelY = y;
    // Swatches flow left to right under the bar and wrap when the row is full.
    let swatchX = barX;
    let swatchY = y + LINE + 4;
    const placed = this.swatches.map((swatch) => {
      const itemWidth = 26 + textWidth(swatch.label) + 16;
      if (swatchX > barX && swatchX + itemWidth > width) {
        swatchX = barX;
        swatchY += LINE + 4;
      }
      const at = { swatch, x: swatchX, y: swatchY };
      swatchX += itemWidth;
      return at;
    });
    const height = (placed.length ? swatchY + 8 : tickLabelY + 6) + 4;
    return html`<svg
      part="svg"
      xmlns="http://www.w3.org/2000/svg"
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      font-family=${FONT_FAMILY}
      font-size=${FONT_SIZE}
      role="img"
      aria-label=${this.describe()}
    >
      ${svg`
        <defs>
          <linearGradient id=${this.gradientId} x1="0" x2="1" y1="0" y2="0">
            ${this.ramp.map((color, k) => svg`<stop offset=${this.ramp.length > 1 ? k / (this.ramp.length - 1) : 0} stop-color=${color}></stop>`)}
          </linearGradient>
        </defs>
        ${this.headingLines.map((line, k) => svg`<text x="4" y=${headingY[k]! - 5} fill=${INK} font-weight="600">${line}</text>`)}
        ${this.noteLines.map((line, k) => svg`<text x="4" y=${noteY[k]! - 5} fill=${MUTED_INK}>${line}</text>`)}
        <rect x=${barX} y=${barY} width=${barWidth} height=${BAR_HEIGHT} fill=${`url(#${this.gradientId})`} stroke=${MUTED_INK} stroke-width="0.5"></rect>
        ${this.visibleTicks(barWidth).map((tick, k, all) => {
          const x = barX + tick.position * barWidth;
          const anchor = all.length > 1 && k === 0 && tick.position < 0.05 ? 'start' : k === all.length - 1 && tick.position > 0.95 ? 'end' : 'middle';
          return svg`<line x1=${x} x2=${x} y1=${barY + BAR_HEIGHT} y2=${barY + BAR_HEIGHT + 5} stroke=${INK} stroke-width="1"></line>
            <text x=${x} y=${tickLabelY} text-anchor=${anchor} fill=${INK}>${tick.label}</text>`;
        })}
        ${placed.map(({ swatch, x, y: sy }) =>
          swatch.kind === 'fill'
            ? svg`<rect x=${x} y=${sy - 12} width="18" height="16" fill=${swatch.color} stroke=${MUTED_INK} stroke-width="0.5"></rect>
                <text x=${x + 26} y=${sy} fill=${INK}>${swatch.label}</text>`
            : svg`<rect x=${x + 1} y=${sy - 11} width="16" height="14" fill="none" stroke="#ffffff" stroke-width="5"></rect>
                <rect x=${x + 1} y=${sy - 11} width="16" height="14" fill="none" stroke=${swatch.color} stroke-width="2.5"></rect>
                <text x=${x + 26} y=${sy} fill=${INK}>${swatch.label}</text>`,
        )}
      `}
    </svg>`;
  }

  /** Drops tick labels that would collide, keeping the ends and the middle. */
  private visibleTicks(barWidth: number): LegendTick[] {
    const kept: LegendTick[] = [];
    let lastRight = -Infinity;
    for (const tick of this.ticks) {
      const x = tick.position * barWidth;
      const half = textWidth(tick.label) / 2;
      if (x - half < lastRight + 6) continue;
      kept.push(tick);
      lastRight = x + half;
    }
    return kept;
  }

  private describe(): string {
    const values = { heading: this.heading, note: this.note };
    if (!this.ticks.length) return t(this.note ? 'legend.label.note' : 'legend.label', values);
    const ends = { ...values, first: this.ticks[0]!.label, last: this.ticks[this.ticks.length - 1]!.label };
    return t(this.note ? 'legend.label.noteRange' : 'legend.label.range', ends);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-legend': RunawayLegend;
  }
}
