/**
 * The city map: one hexagon per neighborhood on a canvas, coloured by a layer, with an SVG
 * overlay (outline of the most-minority quarter, focus ring, labels on small cities), a tooltip,
 * and an SVG legend. Drawing copies one packed colour per device pixel from a pixel index built
 * once per size, so playback of 2,500 neighborhoods stays well above 30 frames a second.
 */
import { css, html, LitElement, nothing, svg, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { scaleLinear } from 'd3-scale';
import type { City, RunResult } from '../../models/index.ts';
import { getLocale, t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { clampDay } from './charts/chart-data.ts';
import { displayDay, formatAmount, formatFixed, formatPercent, formatPercentTick, formatSerial, formatTick } from '../i18n/format.ts';
import { buildPixelIndex, fillHexPaths, fitHexes, hexCenter, hexIndexAt, hexPoints, HEX_RADIUS, paintPixels, regionOutline, type HexGeometry, type PixelIndex } from './charts/hex-raster.ts';
import { FONT_FAMILY } from './charts/layout.ts';
import {
  describeNeighborhood,
  formatLayerValue,
  formatOverPolicing,
  LayerBuffers,
  layerMaximum,
  layerValues,
  MAP_LAYERS,
  MAP_WINDOW_DAYS,
  neighborhoodFacts,
  OVER_POLICING_LIMIT,
  rampPosition,
  type MapLayer,
} from './charts/map-layers.ts';
import { INK, LUT_SIZE, NO_DATA_COLOR, packPixel, parseHex, rampColor, rampPixels, textOn, toHex } from './charts/palettes.ts';
import { WidthController } from './charts/width-controller.ts';
import type { LegendSwatch, LegendTick } from './legend.ts';
import './legend.ts';
import { srOnlyStyles } from '../styles/shared.ts';

/** Device pixels the canvas may hold; beyond it the pixel ratio is lowered (memory and frame time). */
const MAX_CANVAS_PIXELS = 4_000_000;
/** Cities this small get each neighborhood's number and value written on its hexagon. */
const MAX_LABELLED_NEIGHBORHOODS = 40;
const MIN_LABELLED_HEX_WIDTH = 56;
/**
 * Hexagons at least this wide (CSS pixels) are filled as antialiased canvas paths, since a
 * pixel index would show stair-stepped edges; smaller ones (large cities) use the pixel index.
 */
const PATH_MIN_HEX_WIDTH = 24;
const NO_DATA_PIXEL = packPixel(parseHex(NO_DATA_COLOR));

const lookupTables = new Map<readonly string[], Uint32Array>();
function lookupTable(ramp: readonly string[]): Uint32Array {
  let table = lookupTables.get(ramp);
  if (!table) lookupTables.set(ramp, (table = rampPixels(ramp)));
  return table;
}

const styleTables = new Map<readonly string[], string[]>();
/** The ramp's lookup table as CSS colours, for path fills. */
function styleTable(ramp: readonly string[]): string[] {
  let table = styleTables.get(ramp);
  if (!table) styleTables.set(ramp, (table = Array.from({ length: LUT_SIZE }, (_, k) => toHex(rampColor(ramp, k / (LUT_SIZE - 1))))));
  return table;
}

export interface NeighborhoodFocusDetail {
  /** Index of the neighborhood (into the city's columns). */
  index: number;
}

/**
 * Hex map of a run's city at a playback day.
 * @fires neighborhood-focus - CustomEvent<{index}> when the pointer or the keyboard focus moves to a neighborhood
 * @csspart stage - the focusable map area (canvas and overlay)
 * @csspart tooltip - the numbers of the neighborhood under the pointer or keyboard focus
 * @csspart legend - the colour legend
 * @csspart hint - the line telling how to read a neighborhood
 */
@customElement('runaway-city-map')
export class CityMap extends LitElement {
  static override styles = [
    srOnlyStyles,
    css`
      :host {
        display: block;
        min-width: 0;
        color: ${unsafeCSS(INK)};
      }
      .stage {
        position: relative;
        border-radius: 4px;
      }
      .stage:focus {
        outline: none;
      }
      .stage:focus-visible {
        outline: 3px solid #1a5fb4;
        outline-offset: 2px;
      }
      canvas {
        display: block;
      }
      .overlay {
        position: absolute;
        inset: 0;
        pointer-events: none;
        overflow: visible;
      }
      .tooltip {
        position: absolute;
        z-index: 2;
        pointer-events: none;
        width: max-content;
        max-width: 250px;
        padding: 0.4rem 0.6rem;
        background: #ffffff;
        border: 1px solid #767676;
        border-radius: 4px;
        box-shadow: 0 2px 6px rgba(0, 0, 0, 0.2);
        font-size: 14px;
        line-height: 1.35;
      }
      .tooltip strong {
        display: block;
      }
      .tooltip dl {
        display: grid;
        grid-template-columns: auto auto;
        gap: 0 0.75rem;
        margin: 0.25rem 0 0;
      }
      .tooltip dt {
        color: #595959;
      }
      .tooltip dd {
        margin: 0;
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      .hint {
        margin: 0.3rem 0 0.2rem;
        font-size: 0.9rem;
        color: #595959;
      }
    `,
  ];

  /** The run to draw (history.daysDone days filled). */
  @property({ attribute: false }) result?: RunResult;
  /** Playback day, 0-based; clamped to the filled days. */
  @property({ type: Number }) day = 0;
  /** What the colours show. */
  @property() layer: MapLayer = 'minority';
  /** Outline the most-minority quarter of neighborhoods. */
  @property({ type: Boolean, attribute: 'show-quarter' }) showQuarter = false;
  /** Tallest the map may be, in CSS pixels. */
  @property({ type: Number, attribute: 'max-height' }) maxHeight = 560;
  /** Widest a hexagon may be, in CSS pixels (keeps a two-neighborhood city in proportion). */
  @property({ type: Number, attribute: 'max-hex-width' }) maxHexWidth = 140;

  /** Neighborhood under the keyboard focus cell, or -1. */
  @state() focusIndex = -1;
  @state() private hoverIndex = -1;
  @state() private stageFocused = false;
  @state() private announcement = '';

  @query('canvas') private canvas?: HTMLCanvasElement;

  private readonly size = new WidthController(this, 640);
  /** Re-renders in the new language when the locale changes. */
  protected readonly locale = new LocaleController(this);
  private geometry: HexGeometry | undefined;
  private pixelIndex: PixelIndex | undefined;
  private imageData: ImageData | undefined;
  private pixels: Uint32Array | undefined;
  private geometryKey = '';
  /** The city the geometry, pixel index and buffers were built for (or one of the same grid). */
  private geometryCity: RunResult['city'] | undefined;
  private quarterPath = '';
  private buffers: LayerBuffers | undefined;
  private cellColors = new Uint32Array(0);
  private cellStyles: string[] = [];
  /** Canvas size in device pixels and the ratio to CSS pixels. */
  private canvasSize = { width: 1, height: 1, ratio: 1 };
  private drawWithPaths = false;
  private values: Float64Array = new Float64Array(0);
  private maximum = 1;
  private needsPaint = false;

  /** The day actually drawn. */
  get shownDay(): number {
    return this.result ? clampDay(this.result, this.day) : -1;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const result = this.result;
    if (!result || result.history.daysDone === 0) return;
    const city = result.city;
    const ratio = typeof devicePixelRatio === 'number' && devicePixelRatio > 0 ? devicePixelRatio : 1;
    const key = `${this.size.width}|${this.maxHeight}|${this.maxHexWidth}|${ratio}`;
    // Every run arrives with its own copy of the city; a run of the same grid (a slider moved)
    // keeps the geometry, the pixel index and the buffers, and the focus and hover.
    const previous = this.geometryCity;
    const newGrid = previous === undefined || !sameGrid(city, previous);
    if (newGrid) {
      this.focusIndex = Math.min(this.focusIndex, city.size - 1);
      this.hoverIndex = -1;
    }
    let repaint = changed.has('result') || changed.has('day') || changed.has('layer');
    if (newGrid || key !== this.geometryKey) {
      this.geometry = fitHexes(city, this.size.width, this.maxHeight, this.maxHexWidth);
      const cssPixels = this.geometry.width * this.geometry.height;
      const pixelRatio = Math.min(ratio, Math.sqrt(MAX_CANVAS_PIXELS / cssPixels));
      this.drawWithPaths = this.geometry.scale >= PATH_MIN_HEX_WIDTH;
      if (this.drawWithPaths) {
        this.pixelIndex = undefined;
        this.imageData = undefined;
        this.pixels = undefined;
        this.canvasSize = {
          width: Math.round(this.geometry.width * pixelRatio),
          height: Math.round(this.geometry.height * pixelRatio),
          ratio: pixelRatio,
        };
      } else {
        this.pixelIndex = buildPixelIndex(city, this.geometry, pixelRatio);
        this.imageData = new ImageData(this.pixelIndex.width, this.pixelIndex.height);
        this.pixels = new Uint32Array(this.imageData.data.buffer);
        this.canvasSize = { width: this.pixelIndex.width, height: this.pixelIndex.height, ratio: pixelRatio };
      }
      this.quarterPath = regionOutline(city, this.geometry, city.minorityQuarter);
      this.geometryKey = key;
      repaint = true;
    } else if (city !== previous && !sameValues(city.minorityQuarter, previous.minorityQuarter)) {
      this.quarterPath = regionOutline(city, this.geometry!, city.minorityQuarter);
    }
    if (newGrid) {
      this.buffers = new LayerBuffers(city.size);
      this.cellColors = new Uint32Array(city.size);
      this.cellStyles = new Array<string>(city.size).fill(NO_DATA_COLOR);
    }
    this.geometryCity = city;
    if (repaint) this.colourCells(result);
  }

  /** Computes the layer for the shown day and each neighborhood's colour; paints the pixel buffer. */
  private colourCells(result: RunResult): void {
    const day = this.shownDay;
    this.values = layerValues(result, this.layer, day, this.buffers!);
    this.maximum = layerMaximum(result, this.layer);
    const ramp = MAP_LAYERS[this.layer].ramp;
    if (this.drawWithPaths) {
      const styles = styleTable(ramp);
      for (let i = 0; i < this.values.length; i++) {
        const position = rampPosition(this.layer, this.values[i]!, this.maximum);
        this.cellStyles[i] = Number.isNaN(position) ? NO_DATA_COLOR : styles[Math.round(position * (LUT_SIZE - 1))]!;
      }
    } else {
      const table = lookupTable(ramp);
      for (let i = 0; i < this.values.length; i++) {
        const position = rampPosition(this.layer, this.values[i]!, this.maximum);
        this.cellColors[i] = Number.isNaN(position) ? NO_DATA_PIXEL : table[Math.round(position * (LUT_SIZE - 1))]!;
      }
      paintPixels(this.pixels!, this.pixelIndex!, this.cellColors);
    }
    this.needsPaint = true;
  }

  protected override updated(): void {
    if (!this.needsPaint || !this.canvas || !this.result || !this.geometry) return;
    const context = this.canvas.getContext('2d');
    if (!context) return;
    if (this.drawWithPaths) {
      fillHexPaths(context, this.result.city, this.geometry, this.canvasSize.ratio, this.cellStyles);
    } else if (this.imageData) {
      context.putImageData(this.imageData, 0, 0);
    }
    this.needsPaint = false;
  }

  override render() {
    const result = this.result;
    const geometry = this.geometry;
    if (!result || result.history.daysDone === 0 || !geometry) {
      return html`<p class="hint">${t('chart.waiting')}</p>`;
    }
    const info = MAP_LAYERS[this.layer];
    const day = this.shownDay;
    const shownIndex = this.hoverIndex >= 0 ? this.hoverIndex : this.stageFocused ? this.focusIndex : -1;
    return html`
      <div
        class="stage"
        part="stage"
        tabindex="0"
        role="application"
        aria-roledescription=${t('map.roleDescription')}
        aria-label=${t('map.label', { count: result.city.size, layer: info.label.toLocaleLowerCase(getLocale()) })}
        aria-describedby="hint"
        style="width:${geometry.width}px;height:${geometry.height}px"
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
        @pointermove=${this.onPointer}
        @pointerdown=${this.onPointer}
        @pointerleave=${this.onPointerLeave}
      >
        <canvas
          aria-hidden="true"
          width=${this.canvasSize.width}
          height=${this.canvasSize.height}
          style="width:${geometry.width}px;height:${geometry.height}px"
        ></canvas>
        <svg
          class="overlay"
          aria-hidden="true"
          xmlns="http://www.w3.org/2000/svg"
          width=${geometry.width}
          height=${geometry.height}
          font-family=${FONT_FAMILY}
        >
          ${this.renderLabels(result, geometry)}
          ${this.showQuarter
            ? svg`<path d=${this.quarterPath} fill="none" stroke="#ffffff" stroke-width="5" stroke-linecap="round"></path>
                <path class="quarter" d=${this.quarterPath} fill="none" stroke=${INK} stroke-width="2.5" stroke-linecap="round"></path>`
            : nothing}
          ${this.hoverIndex >= 0 && this.hoverIndex !== this.focusIndex ? this.renderRing(this.hoverIndex, 2) : nothing}
          ${this.stageFocused && this.focusIndex >= 0 ? this.renderRing(this.focusIndex, 3) : nothing}
        </svg>
        ${shownIndex >= 0 ? this.renderTooltip(result, geometry, shownIndex, day) : nothing}
      </div>
      <p id="hint" class="hint" part="hint">${t('map.hint')}</p>
      <runaway-legend
        part="legend"
        .heading=${info.label}
        .note=${this.legendNote(day)}
        .ramp=${info.ramp}
        .ticks=${this.legendTicks()}
        .swatches=${this.legendSwatches()}
      ></runaway-legend>
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  private renderRing(index: number, width: number) {
    const points = hexPoints(this.result!.city, this.geometry!, index, 1.5);
    return svg`<polygon points=${points} fill="none" stroke="#ffffff" stroke-width=${width + 2.5}></polygon>
      <polygon class="ring" points=${points} fill="none" stroke=${INK} stroke-width=${width}></polygon>`;
  }

  /** Number and value on each hexagon of a small city (custom cities of a few neighborhoods). */
  private renderLabels(result: RunResult, geometry: HexGeometry) {
    const city = result.city;
    if (city.size > MAX_LABELLED_NEIGHBORHOODS || geometry.scale < MIN_LABELLED_HEX_WIDTH) return nothing;
    const ramp = MAP_LAYERS[this.layer].ramp;
    const fontSize = Math.min(18, Math.max(14, geometry.scale / 7));
    return Array.from({ length: city.size }, (_, i) => {
      const [cx, cy] = hexCenter(city, geometry, i);
      const value = this.values[i]!;
      const position = rampPosition(this.layer, value, this.maximum);
      const ink = textOn(Number.isNaN(position) ? parseHex(NO_DATA_COLOR) : rampColor(ramp, position));
      return svg`<text x=${cx} y=${cy} text-anchor="middle" fill=${ink} font-size=${fontSize}>
        <tspan x=${cx} dy="-0.3em" font-weight="600">${t('map.cell', { number: formatSerial(i + 1) })}</tspan>
        <tspan x=${cx} dy="1.3em">${formatLayerValue(this.layer, value)}</tspan>
      </text>`;
    });
  }

  private renderTooltip(result: RunResult, geometry: HexGeometry, index: number, day: number) {
    const facts = neighborhoodFacts(result, index, day);
    const [cx, cy] = hexCenter(result.city, geometry, index);
    const radius = HEX_RADIUS * geometry.scale;
    // Beside the cell where there is room, otherwise (a phone) above or below it, so the
    // tooltip never hides the cell it describes.
    const tooltipWidth = 250;
    const gap = 8;
    const lower = cy < geometry.height / 2;
    let left: number;
    let top: number;
    let below = lower;
    if (cx + radius + gap + tooltipWidth <= geometry.width) {
      left = cx + radius + gap;
      top = lower ? cy - radius : cy + radius;
    } else if (cx - radius - gap - tooltipWidth >= 0) {
      left = cx - radius - gap - tooltipWidth;
      top = lower ? cy - radius : cy + radius;
    } else {
      left = Math.min(Math.max(0, cx - tooltipWidth / 2), Math.max(0, geometry.width - tooltipWidth));
      top = lower ? cy + radius + gap : cy - radius - gap;
      below = lower;
    }
    const window = { days: MAP_WINDOW_DAYS };
    return html`<div
      class="tooltip"
      part="tooltip"
      role="tooltip"
      style="left:${left}px;top:${top}px;${below ? '' : 'transform:translateY(-100%);'}"
    >
      <strong>${t('map.neighborhood', { number: formatSerial(index + 1) })}</strong>
      <span>${t(facts.inMinorityQuarter ? 'map.position.quarter' : 'map.position', { row: formatSerial(facts.row + 1), column: formatSerial(facts.column + 1) })}</span>
      <dl>
        <dt>${t('map.fact.residents')}</dt><dd>${formatFixed(facts.residents)}</dd>
        <dt>${t('map.fact.minority')}</dt><dd>${formatPercent(facts.minorityShare)}</dd>
        <dt>${t('map.fact.trueCrime', window)}</dt><dd>${formatFixed(Math.round(facts.trueCrime))}</dd>
        <dt>${t('map.fact.recorded', window)}</dt><dd>${formatFixed(Math.round(facts.recorded))}</dd>
        <dt>${t('map.fact.patrols', window)}</dt><dd>${formatAmount(facts.patrols)}</dd>
        <dt>${t('map.fact.overPolicing')}</dt><dd>${formatOverPolicing(facts.overPolicing)}</dd>
        <dt>${t('map.fact.risk', { day: formatSerial(displayDay(day)) })}</dt><dd>${formatAmount(facts.risk)}</dd>
      </dl>
    </div>`;
  }

  private legendNote(day: number): string {
    const info = MAP_LAYERS[this.layer];
    const shown = formatSerial(displayDay(day));
    if (info.windowed) return t('map.legend.windowed', { unit: info.unit, days: MAP_WINDOW_DAYS, day: shown });
    if (this.layer === 'risk') return t('map.legend.onDay', { unit: info.unit, day: shown });
    return info.unit;
  }

  private legendTicks(): LegendTick[] {
    if (this.layer === 'overPolicing') {
      const steps = Math.log2(OVER_POLICING_LIMIT);
      const ticks: LegendTick[] = [];
      for (let k = -steps; k <= steps; k++) {
        const value = 2 ** k;
        const label = k < 0 ? `${formatFixed(1)}/${formatFixed(2 ** -k)}` : formatFixed(value);
        ticks.push({ position: (k + steps) / (2 * steps), label: k === -steps ? `≤${label}` : k === steps ? `≥${label}` : label });
      }
      return ticks;
    }
    const maximum = this.maximum > 0 ? this.maximum : 1;
    // Ticks are round numbers: written with the decimals their step needs (20, 40, 60; 0.5, 1),
    // not with a value's (20.0).
    const values = scaleLinear().domain([0, maximum]).ticks(4);
    const step = values.length > 1 ? values[1]! - values[0]! : maximum;
    return values.map((value) => ({ position: value / maximum, label: this.layer === 'minority' ? formatPercentTick(value, step) : formatTick(value, step) }));
  }

  private legendSwatches(): LegendSwatch[] {
    const swatches: LegendSwatch[] = [];
    if (this.layer === 'overPolicing') swatches.push({ label: t('map.legend.noData'), kind: 'fill', color: NO_DATA_COLOR });
    if (this.showQuarter) swatches.push({ label: t('map.legend.quarter'), kind: 'outline', color: INK });
    return swatches;
  }

  private onFocus(): void {
    this.stageFocused = true;
    this.moveFocus(this.focusIndex >= 0 ? this.focusIndex : 0);
  }

  private onBlur(): void {
    this.stageFocused = false;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const city = this.result?.city;
    if (!city) return;
    if (event.key === 'Escape') {
      this.stageFocused = false;
      return;
    }
    const current = Math.max(0, this.focusIndex);
    let row = Math.floor(current / city.columns);
    let column = current % city.columns;
    switch (event.key) {
      case 'ArrowLeft':
        column = Math.max(0, column - 1);
        break;
      case 'ArrowRight':
        column = Math.min(city.columns - 1, column + 1);
        break;
      case 'ArrowUp':
        row = Math.max(0, row - 1);
        break;
      case 'ArrowDown':
        row = Math.min(city.rows - 1, row + 1);
        break;
      case 'Home':
        row = 0;
        column = 0;
        break;
      case 'End':
        row = Math.floor((city.size - 1) / city.columns);
        column = (city.size - 1) % city.columns;
        break;
      default:
        return;
    }
    // The map owns these keys while it has focus (they are playback shortcuts elsewhere on the page).
    event.preventDefault();
    event.stopPropagation();
    this.stageFocused = true;
    this.moveFocus(Math.min(city.size - 1, row * city.columns + column));
  }

  private moveFocus(index: number): void {
    const result = this.result;
    if (!result) return;
    const changed = index !== this.focusIndex;
    this.focusIndex = index;
    this.announcement = describeNeighborhood(neighborhoodFacts(result, index, this.shownDay));
    if (changed) this.fireFocus(index);
  }

  private onPointer(event: PointerEvent): void {
    const result = this.result;
    const geometry = this.geometry;
    if (!result || !geometry) return;
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const index = hexIndexAt(result.city, geometry, event.clientX - box.left, event.clientY - box.top);
    if (index === this.hoverIndex) return;
    this.hoverIndex = index;
    if (index >= 0) this.fireFocus(index);
  }

  private onPointerLeave(event: PointerEvent): void {
    // A finger lifts right after a tap: keep the tapped neighborhood's numbers until the next tap.
    if (event.pointerType === 'touch') return;
    this.hoverIndex = -1;
  }

  private fireFocus(index: number): void {
    this.dispatchEvent(
      new CustomEvent<NeighborhoodFocusDetail>('neighborhood-focus', { detail: { index }, bubbles: true, composed: true }),
    );
  }
}

/** Cities on the same grid: hex centers follow from the size, columns and rows (models/city.ts). */
function sameGrid(a: City, b: City): boolean {
  return a.size === b.size && a.columns === b.columns && a.rows === b.rows;
}

function sameValues(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-city-map': CityMap;
  }
  interface HTMLElementEventMap {
    'neighborhood-focus': CustomEvent<NeighborhoodFocusDetail>;
  }
}
