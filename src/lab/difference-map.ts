/**
 * `<runaway-difference-map>`: the city map of B minus A on one layer, neighborhood by
 * neighborhood, in a diverging palette (red: B has more; blue: B has less; near-white: the same).
 * It reuses the run map's hex raster, and states in a sentence and a table where the biggest
 * differences are, since a canvas says nothing to a screen reader.
 */
import { css, html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { scaleLinear } from 'd3-scale';
import type { RunResult } from '../../models/index.ts';
import { displayDay, formatAmount, formatPercent, formatSerial, formatSigned, inSentence } from '../i18n/format.ts';
import { buildPixelIndex, fitHexes, paintPixels, type HexGeometry, type PixelIndex } from '../components/charts/hex-raster.ts';
import { MAP_LAYERS, MAP_WINDOW_DAYS, type MapLayer } from '../components/charts/map-layers.ts';
import { DIVERGING_RAMP, LUT_SIZE, NO_DATA_COLOR, packPixel, parseHex, rampPixels } from '../components/charts/palettes.ts';
import { chartStyles } from '../components/charts/chart-styles.ts';
import { renderDataTable } from '../components/charts/data-table.ts';
import { WidthController } from '../components/charts/width-controller.ts';
import type { LegendSwatch, LegendTick } from '../components/legend.ts';
import '../components/legend.ts';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { layerDifference, maxAbs } from '../../models/metrics/difference.ts';
import '../i18n/parts/lab.ts';

const NO_DATA_PIXEL = packPixel(parseHex(NO_DATA_COLOR));
const MAX_CANVAS_PIXELS = 4_000_000;
/** Rows of the table of largest differences. */
const TABLE_ROWS = 15;
let ramp: Uint32Array | undefined;

/** A layer's difference as text (shares as percentage points). */
export function formatLayerDifference(layer: MapLayer, value: number): string {
  if (!Number.isFinite(value)) return t('lab.diffMap.noValue');
  if (layer === 'minority') return formatSigned(value * 100, (v) => t('lab.diff.points', { points: formatAmount(v) }));
  return formatSigned(value, formatAmount);
}

/**
 * B minus A of a map layer on the city of both runs (the same city: they share a seed).
 * @csspart stage - the canvas
 * @csspart legend - the colour legend
 * @csspart table - the <details> with the data table
 */
@customElement('runaway-difference-map')
export class DifferenceMap extends LitElement {
  static override styles = [
    chartStyles,
    css`
      canvas {
        display: block;
      }
    `,
  ];

  @property({ attribute: false }) a?: RunResult;
  @property({ attribute: false }) b?: RunResult;
  /** Day shown, 0-based. */
  @property({ type: Number }) day = 0;
  @property() layer: MapLayer = 'patrols';
  /** Tallest the map may be, in CSS pixels. */
  @property({ type: Number, attribute: 'max-height' }) maxHeight = 420;

  @query('canvas') private canvas?: HTMLCanvasElement;

  private readonly size = new WidthController(this, 400);
  private geometry: HexGeometry | undefined;
  private pixelIndex: PixelIndex | undefined;
  private imageData: ImageData | undefined;
  private geometryKey = '';
  private differences: Float64Array = new Float64Array(0);
  private reach = 0;
  private summary = '';
  private needsPaint = false;

  constructor() {
    super();
    new LocaleController(this);
  }

  /** B − A per neighborhood on the shown day (NaN where either side has no value). */
  get values(): Float64Array {
    return this.differences;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { a, b } = this;
    if (!a || !b || a.history.daysDone === 0 || b.history.daysDone === 0 || a.city.size !== b.city.size) return;
    const city = a.city;
    const ratio = typeof devicePixelRatio === 'number' && devicePixelRatio > 0 ? devicePixelRatio : 1;
    const key = `${this.size.width}|${this.maxHeight}|${ratio}|${city.size}|${city.columns}`;
    if (key !== this.geometryKey || changed.has('a')) {
      this.geometry = fitHexes(city, this.size.width, this.maxHeight, 140);
      const pixelRatio = Math.min(ratio, Math.sqrt(MAX_CANVAS_PIXELS / (this.geometry.width * this.geometry.height)));
      this.pixelIndex = buildPixelIndex(city, this.geometry, pixelRatio);
      this.imageData = new ImageData(this.pixelIndex.width, this.pixelIndex.height);
      this.geometryKey = key;
    }
    const day = Math.max(0, Math.min(this.day, a.history.daysDone - 1, b.history.daysDone - 1));
    this.differences = layerDifference(a, b, this.layer, day);
    this.reach = maxAbs(this.differences);
    ramp ??= rampPixels(DIVERGING_RAMP);
    const colors = new Uint32Array(city.size);
    for (let i = 0; i < city.size; i++) {
      const value = this.differences[i]!;
      if (!Number.isFinite(value)) colors[i] = NO_DATA_PIXEL;
      else colors[i] = ramp[Math.round((this.reach > 0 ? 0.5 + value / (2 * this.reach) : 0.5) * (LUT_SIZE - 1))]!;
    }
    paintPixels(new Uint32Array(this.imageData!.data.buffer), this.pixelIndex!, colors);
    this.summary = this.describe(day);
    this.needsPaint = true;
  }

  protected override updated(): void {
    if (!this.needsPaint || !this.canvas || !this.imageData) return;
    this.canvas.getContext('2d')?.putImageData(this.imageData, 0, 0);
    this.needsPaint = false;
  }

  private describe(day: number): string {
    const info = MAP_LAYERS[this.layer];
    const period = info.windowed ? 'windowed' : 'day';
    const when = { days: MAP_WINDOW_DAYS, day: formatSerial(displayDay(day)), layer: inSentence(info.label) };
    let more = 0;
    let less = 0;
    let largest = -1;
    this.differences.forEach((value, i) => {
      if (value > 0) more++;
      else if (value < 0) less++;
      if (Number.isFinite(value) && (largest < 0 || Math.abs(value) > Math.abs(this.differences[largest]!))) largest = i;
    });
    if (more === 0 && less === 0) return t(`lab.diffMap.same.${period}`, when);
    return t(`lab.diffMap.summary.${period}`, {
      ...when,
      more,
      less,
      largest: formatLayerDifference(this.layer, this.differences[largest]!),
      neighborhood: formatSerial(largest + 1),
    });
  }

  override render() {
    const { a, geometry, pixelIndex } = this;
    if (!a || !this.b || !geometry || !pixelIndex) return html`<p class="summary waiting">${t('lab.diffMap.waiting')}</p>`;
    const info = MAP_LAYERS[this.layer];
    const heading = t('lab.diffMap.heading', { layer: info.label });
    return html`<figure>
      <figcaption>
        <h3>${heading}</h3>
        <p class="summary">${this.summary}</p>
      </figcaption>
      <canvas
        part="stage"
        role="img"
        aria-label=${t('lab.diffMap.label', { heading, summary: this.summary })}
        width=${pixelIndex.width}
        height=${pixelIndex.height}
        style="width:${geometry.width}px;height:${geometry.height}px"
      ></canvas>
      <runaway-legend
        part="legend"
        .heading=${t('lab.diffMap.legend', { layer: info.label })}
        .note=${t('lab.diffMap.legendNote')}
        .ramp=${DIVERGING_RAMP}
        .ticks=${this.legendTicks()}
        .swatches=${this.legendSwatches()}
      ></runaway-legend>
      ${this.renderTable()}
    </figure>`;
  }

  private legendTicks(): LegendTick[] {
    const reach = this.reach > 0 ? this.reach : 1;
    return scaleLinear()
      .domain([-reach, reach])
      .ticks(4)
      .map((value) => ({ position: 0.5 + value / (2 * reach), label: formatLayerDifference(this.layer, value) }));
  }

  private legendSwatches(): LegendSwatch[] {
    return this.differences.some((value) => !Number.isFinite(value)) ? [{ label: t('lab.diffMap.noValueSwatch'), kind: 'fill', color: NO_DATA_COLOR }] : [];
  }

  private renderTable() {
    const order = Array.from(this.differences.keys())
      .filter((i) => Number.isFinite(this.differences[i]!) && this.differences[i] !== 0)
      .sort((i, j) => Math.abs(this.differences[j]!) - Math.abs(this.differences[i]!) || i - j)
      .slice(0, TABLE_ROWS);
    const city = this.a!.city;
    return renderDataTable(t('lab.diffMap.tableSummary'), {
      caption: order.length ? t('lab.diffMap.tableCaption', { count: order.length }) : t('lab.diffMap.tableNone'),
      columns: [t('lab.diffMap.column.neighborhood'), t('map.fact.minority'), t('lab.side.difference')],
      rows: order.map((i) => [formatSerial(i + 1), formatPercent(city.minorityShare[i]!), formatLayerDifference(this.layer, this.differences[i]!)]),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-difference-map': DifferenceMap;
  }
}
