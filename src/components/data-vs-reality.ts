/**
 * "What the data says" and "what is really happening", always side by side: two maps of the same
 * city on the same day, one showing what the police system sees (records, risk, patrols) and
 * one showing the truth it cannot see (true crime, who lives where, over-policing), each with
 * the most-minority quarter's shares as large figures.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { RunResult } from '../../models/index.ts';
import type { DaySnapshot } from '../app/day-snapshot.ts';
import { formatPercent } from '../i18n/format.ts';
import { quarterName, sentenceWindow } from '../app/live-sentence.ts';
import { WidthController } from '../app/resize-controller.ts';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { MapLayer } from './charts/map-layers.ts';
import './city-map.ts';

/** The layers each panel offers, in order; their short names are `compare.layer.<layer>`. */
const DATA_LAYERS: readonly MapLayer[] = ['recorded', 'risk', 'patrols'];
const REAL_LAYERS: readonly MapLayer[] = ['trueCrime', 'minority', 'overPolicing'];

function layerName(layer: MapLayer): string {
  return t(`compare.layer.${layer}`);
}

/** Below this width (CSS pixels, both panels) the layer pills become a compact list. */
const NARROW_BELOW = 620;

interface Figure {
  value: string;
  text: string;
}

/** The two side-by-side panels. */
@customElement('runaway-data-vs-reality')
export class RunawayDataVsReality extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .options {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0 1rem;
        margin-top: 0.2rem;
        font-size: 0.85rem;
      }
      .options label {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
        min-height: 36px;
        cursor: pointer;
      }
      .options input {
        width: 1.2rem;
        height: 1.2rem;
        accent-color: var(--ink);
      }
      .pair {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0.8rem;
      }
      section {
        min-width: 0;
        padding: 0.6rem 0.7rem 0.7rem;
        border-radius: var(--radius);
        border-top: 5px solid;
        background: var(--panel);
      }
      section.data {
        border-color: var(--data);
      }
      section.real {
        border-color: var(--real);
      }
      h2 {
        margin: 0 0 0.1rem;
        font-size: 1.2rem;
      }
      .data h2 {
        color: var(--data);
      }
      .real h2 {
        color: var(--real);
      }
      .sub {
        margin: 0 0 0.4rem;
        font-size: 0.85rem;
        color: var(--ink-soft);
      }
      fieldset {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        margin: 0 0 0.5rem;
        padding: 0;
        border: 0;
      }
      legend {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
      fieldset label {
        position: relative;
        display: inline-flex;
        align-items: center;
        min-height: 36px;
        padding: 0.1rem 0.6rem;
        border: 1px solid var(--rule-strong);
        border-radius: 999px;
        font-size: 0.85rem;
        cursor: pointer;
      }
      fieldset input {
        position: absolute;
        opacity: 0;
        inset: 0;
        margin: 0;
        cursor: pointer;
      }
      fieldset label:has(input:checked) {
        background: var(--ink);
        border-color: var(--ink);
        color: #fff;
      }
      fieldset label:has(input:focus-visible) {
        outline: 3px solid var(--focus);
        outline-offset: 2px;
      }
      .layer-select {
        width: 100%;
        margin-bottom: 0.4rem;
        font-size: 0.85rem;
      }
      .map {
        display: block;
        min-height: 8rem;
      }
      .figures {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(7.5rem, 1fr));
        gap: 0.4rem 0.8rem;
        margin: 0.5rem 0 0;
      }
      .figure {
        display: flex;
        flex-direction: column-reverse;
        justify-content: flex-end;
        margin: 0;
      }
      .figure dd {
        margin: 0;
        font-size: 1.9rem;
        font-weight: 700;
        line-height: 1.1;
        font-variant-numeric: tabular-nums;
      }
      .figure dt {
        font-size: 0.82rem;
        color: var(--ink-soft);
      }
      .data .figure dd {
        color: var(--data);
      }
      .real .figure dd {
        color: var(--real);
      }
      .window {
        margin: 0;
        font-size: 0.78rem;
        color: var(--ink-soft);
      }
      /* Compact: the explorable's first screen, where both maps must fit beside the chart. */
      :host([compact]) .sub {
        display: none;
      }
      :host([compact]) h2 {
        font-size: 1.1rem;
      }
      :host([compact]) fieldset {
        margin-bottom: 0.35rem;
      }
      :host([compact]) fieldset label {
        min-height: 30px;
        padding: 0 0.5rem;
        font-size: 0.8rem;
      }
      :host([compact]) runaway-city-map::part(hint) {
        display: none;
      }
      :host([compact]) .figure dd {
        font-size: 1.5rem;
      }
      @media (max-width: 560px) {
        .pair {
          gap: 0.4rem;
        }
        section {
          padding: 0.45rem 0.45rem 0.55rem;
        }
        h2 {
          font-size: 1rem;
        }
        .sub {
          display: none;
        }
        fieldset label {
          font-size: 0.75rem;
          padding: 0.1rem 0.45rem;
        }
        .figure dd {
          font-size: 1.4rem;
        }
        .figures {
          grid-template-columns: 1fr;
        }
      }
    `,
  ];

  @property({ attribute: false }) result: RunResult | null = null;
  @property({ type: Number }) day = 0;
  @property({ attribute: false }) snapshot: DaySnapshot | null = null;

  /** Leaner panels (no sub-headings or map hints), for a first screen that must hold both maps. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Tallest a map may be, in CSS pixels (both maps and the figures should fit one screen). */
  @property({ type: Number }) mapHeight = 300;

  private readonly size = new WidthController(this);
  /** Re-renders in the new language when the locale changes. */
  protected readonly locale = new LocaleController(this);

  /** Opens on where patrols go beside where crime really is: the gap, at a glance. */
  @state() private dataLayer: MapLayer = 'patrols';
  @state() private realLayer: MapLayer = 'trueCrime';
  @state() private showQuarter = true;

  protected override render() {
    const q = this.snapshot?.quarter;
    const place = this.snapshot ? quarterName(this.snapshot, false) : '';
    const dataFigures: Figure[] = q
      ? [
          { value: formatPercent(q.recordedShare), text: t('compare.figure.records', { place }) },
          { value: formatPercent(q.patrolShare), text: t('compare.figure.patrols') },
        ]
      : [];
    const realFigures: Figure[] = q
      ? [
          { value: formatPercent(q.trueCrimeShare), text: t('compare.figure.crime') },
          { value: formatPercent(q.populationShare), text: t('compare.figure.residents') },
        ]
      : [];
    return html`<div class="pair">
        ${this.renderPanel('data', DATA_LAYERS, this.dataLayer, dataFigures)}
        ${this.renderPanel('real', REAL_LAYERS, this.realLayer, realFigures)}
      </div>
      <div class="options">
        <p class="window">${this.snapshot ? sentenceWindow(this.snapshot) : ''}</p>
        <label><input type="checkbox" .checked=${this.showQuarter} @change=${this.onQuarter} /> ${t('compare.outline')}</label>
      </div>`;
  }

  private renderPanel(side: 'data' | 'real', layers: readonly MapLayer[], layer: MapLayer, figures: Figure[]) {
    const title = t(`compare.${side}.title`);
    const layerFor = t('compare.layerFor', { title });
    return html`<section class=${side} aria-labelledby="${side}-title">
      <h2 id="${side}-title">${title}</h2>
      <p class="sub">${t(`compare.${side}.sub`)}</p>
      ${this.size.width > 0 && this.size.width < NARROW_BELOW
        ? html`<label class="sr-only" for="${side}-layer">${layerFor}</label>
            <select class="layer-select" id="${side}-layer" @change=${(event: Event) => this.setLayer(side, (event.target as HTMLSelectElement).value as MapLayer)}>
              ${layers.map((option) => html`<option value=${option} ?selected=${option === layer}>${layerName(option)}</option>`)}
            </select>`
        : html`<fieldset>
            <legend>${layerFor}</legend>
            ${layers.map(
              (option) => html`<label
                ><input type="radio" name="${side}-layer" value=${option} .checked=${option === layer} @change=${() => this.setLayer(side, option)} />${layerName(option)}</label
              >`,
            )}
          </fieldset>`}
      <runaway-city-map class="map" data-region=${side === 'data' ? 'map-data' : 'map-truth'} .result=${this.result ?? undefined} .day=${this.day} .layer=${layer} .showQuarter=${this.showQuarter} .maxHeight=${this.mapHeight}></runaway-city-map>
      <dl class="figures">
        ${figures.map((figure) => html`<div class="figure"><dt>${figure.text}</dt><dd>${figure.value}</dd></div>`)}
      </dl>
    </section>`;
  }

  private setLayer(side: 'data' | 'real', layer: MapLayer): void {
    if (side === 'data') this.dataLayer = layer;
    else this.realLayer = layer;
  }

  private onQuarter(event: Event): void {
    this.showQuarter = (event.target as HTMLInputElement).checked;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-data-vs-reality': RunawayDataVsReality;
  }
}
