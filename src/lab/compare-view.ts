/**
 * `<runaway-compare-view>`: configurations A and B side by side on the same seed, with B minus A
 * for every chart and for the map. Each model process draws from its own random stream, so when
 * A and B differ only in policy or data knobs they see exactly the same true incidents, and every
 * difference on screen is made by those knobs (common random numbers). One click makes B a twin
 * of A: with unbiased data, with the correction on, or with no feedback.
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { SEED_SPEC, parseSeedText, type Params, type RunResult } from '../../models/index.ts';
import { DEFAULT_PRESET_ID, findPreset } from '../../presets/index.ts';
import { displayDay, formatSerial } from '../i18n/format.ts';
import { MAP_LAYER_IDS, MAP_LAYERS, type MapLayer } from '../components/charts/map-layers.ts';
import { t } from '../i18n/index.ts';
import { RunController } from '../app/run-controller.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import type { SimEngine } from '../sim-client-types.ts';
import './config-editor.ts';
import type { ConfigChangeDetail } from './config-editor.ts';
import { renderCompareGrid, sideNames } from './compare-grid.ts';
import { peopleMetricsStyles, renderComparePeople } from './people-metrics.ts';
import { trueIncidentMismatches, trueIncidentTotal } from '../../models/metrics/difference.ts';
import { differenceChartSpecs } from './difference-specs.ts';
import { sharedLabEngine } from './engine.ts';
import type { ChartSpec } from '../components/charts/chart-spec.ts';
import { labStyles } from './lab-styles.ts';
import { pairRunTask, pairSide, type RunPair } from './pair-run.ts';
import { findTwin, TWINS, type TwinKind } from './twins.ts';
import '../i18n/parts/lab.ts';

/**
 * Two configurations on one seed, and their difference.
 * @fires compare-change - CustomEvent<{a, b, seed}> when either configuration or the seed changes
 * @csspart grid - the A | B | B − A grid of charts
 */
@customElement('runaway-compare-view')
export class CompareView extends LitElement {
  static override styles = [
    labStyles,
    peopleMetricsStyles,
    css`
      .configs {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
        gap: 0.75rem;
        margin: 0.6rem 0;
      }
      .twins {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        align-items: center;
      }
      .twins .label {
        font-weight: 600;
      }
      .explanation {
        max-width: 60rem;
        background: var(--real-tint, #e6f0f6);
        border-radius: var(--radius, 6px);
        padding: 0.45rem 0.65rem;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(3, minmax(0, 1fr));
        gap: 1rem 1.25rem;
        margin-top: 0.75rem;
      }
      .cell {
        min-width: 0;
      }
      .side {
        display: inline-block;
        font-weight: 700;
        font-size: 0.95rem;
        margin-bottom: 0.2rem;
        padding: 0.05rem 0.45rem;
        border-radius: var(--radius, 6px);
        background: #efede8;
      }
      .row-rule {
        grid-column: 1 / -1;
        border-top: 1px solid var(--rule, #d9d6cf);
      }
      @media (max-width: 900px) {
        .grid {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      .same {
        color: var(--real, #005a8c);
      }
    `,
  ];

  /** The engine to run on; the page's shared engine when not set. */
  @property({ attribute: false }) engine?: SimEngine;
  /** Configuration A (default: the default preset). */
  @property({ attribute: false }) paramsA: Params = findPreset(DEFAULT_PRESET_ID)!.params;
  /** Configuration B (default: A with unbiased data). */
  @property({ attribute: false }) paramsB: Params = findTwin('unbiasedData').derive(findPreset(DEFAULT_PRESET_ID)!.params);
  @property({ type: Number }) seed = findPreset(DEFAULT_PRESET_ID)!.seed;
  /** While set, B follows A through this twin whenever A changes. */
  @property({ attribute: 'twin' }) twin: TwinKind | '' = 'unbiasedData';

  @state() private presetA = DEFAULT_PRESET_ID;
  @state() private presetB = DEFAULT_PRESET_ID;
  /** Day shown, 0-based; -1 follows the last day. */
  @state() private day = -1;
  @state() private layer: MapLayer = 'patrols';
  @state() private seedError = '';

  /** A and B's runs: a newer request drops a pair still computing, so a stale pair never shows. */
  private readonly pair = new RunController<RunPair>(this);
  private differenceSpecs: ChartSpec[] = [];

  constructor() {
    super();
    new LocaleController(this);
  }

  /** The last run of A shown (for embedding pages and tests). */
  get resultA(): RunResult | undefined {
    return this.pair.value?.a;
  }

  get resultB(): RunResult | undefined {
    return this.pair.value?.b;
  }

  private get shownDay(): number {
    const days = Math.min(this.pair.value?.a.history.daysDone ?? 0, this.pair.value?.b.history.daysDone ?? 0);
    return this.day < 0 || this.day >= days ? days - 1 : this.day;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.rerun();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('paramsA') || changed.has('paramsB') || changed.has('seed')) {
      if (this.isConnected && this.hasUpdated) this.rerun();
    }
    const pair = this.pair.value;
    if (pair) this.differenceSpecs = differenceChartSpecs(pair.a, pair.b, this.shownDay);
  }

  private rerun(): void {
    void this.pair.run(pairRunTask(this.engine ?? sharedLabEngine(), this.paramsA, this.paramsB, this.seed));
    this.dispatchEvent(new CustomEvent('compare-change', { detail: { a: this.paramsA, b: this.paramsB, seed: this.seed }, bubbles: true, composed: true }));
  }

  override render() {
    const twin = this.twin ? findTwin(this.twin) : undefined;
    const sides = sideNames();
    return html`
      <h2>${t('lab.compare.heading')}</h2>
      <p class="lede">${t('lab.compare.lede')}</p>
      <div class="row">
        <div class="field">
          <label for="seed">${t('lab.compare.seed')}</label>
          <input id="seed" type="text" inputmode="numeric" .value=${String(this.seed)} aria-describedby="seed-error" @change=${this.onSeed} />
        </div>
        <div class="twins" role="group" aria-label=${t('lab.compare.twins')}>
          <span class="label">${t('lab.compare.twinPrefix')}</span>
          ${TWINS.map(
            (candidate) => html`<button type="button" aria-pressed=${this.twin === candidate.kind ? 'true' : 'false'} @click=${() => this.applyTwin(candidate.kind)}>
              ${candidate.label}
            </button>`,
          )}
        </div>
      </div>
      ${this.seedError ? html`<p class="error" id="seed-error" role="alert">${this.seedError}</p>` : nothing}
      ${twin ? html`<p class="explanation">${twin.explanation}</p>` : nothing}
      <div class="configs">
        <runaway-config-editor
          heading=${t('lab.compare.configuration', { side: sides.a })}
          preset-id=${this.presetA}
          reference-name=${sides.b}
          .params=${this.paramsA}
          .reference=${this.paramsB}
          @config-change=${this.onChangeA}
        ></runaway-config-editor>
        <runaway-config-editor
          heading=${t('lab.compare.configuration', { side: sides.b })}
          preset-id=${this.presetB}
          reference-name=${sides.a}
          .params=${this.paramsB}
          .reference=${this.paramsA}
          @config-change=${this.onChangeB}
        ></runaway-config-editor>
      </div>
      <p class="status" role="status" aria-live="polite">${this.statusText()}</p>
      ${this.pair.value ? this.renderComparison(this.pair.value.a, this.pair.value.b) : nothing}
    `;
  }

  private statusText(): string {
    const { status, failure } = this.pair;
    switch (status) {
      case 'idle':
      case 'cancelled':
        return t('lab.compare.status.idle');
      case 'running':
        return t('lab.compare.status.running', { side: sideName(pairSide(this.pair.done)), seed: formatSerial(this.seed) });
      case 'invalid':
        return t('lab.compare.status.invalid', { side: sideName(pairSide(this.pair.done)), message: failure?.message ?? '' });
      case 'failed':
        return t('lab.compare.status.failed', { message: failure?.message ?? '' });
      case 'done': {
        const { a, b } = this.pair.value!;
        const totalA = trueIncidentTotal(a);
        const totalB = trueIncidentTotal(b);
        if (trueIncidentMismatches(a, b) === 0) return t('lab.compare.status.same', { seed: formatSerial(this.seed), incidents: totalA });
        return t('lab.compare.status.different', { incidentsA: totalA, incidentsB: totalB });
      }
    }
  }

  private renderComparison(a: RunResult, b: RunResult) {
    const day = this.shownDay;
    const days = Math.min(a.history.daysDone, b.history.daysDone);
    return html`
      <div class="row">
        <div class="field">
          <label for="day">${t('lab.compare.day', { day: formatSerial(displayDay(day)), days: formatSerial(days) })}</label>
          <input id="day" type="range" min="1" max=${days} .value=${String(day + 1)} @input=${this.onDay} />
        </div>
        <div class="field">
          <label for="layer">${t('lab.compare.layer')}</label>
          <select id="layer" @change=${this.onLayer}>
            ${MAP_LAYER_IDS.map((id) => html`<option value=${id} ?selected=${id === this.layer}>${MAP_LAYERS[id].label}</option>`)}
          </select>
        </div>
      </div>
      ${renderCompareGrid(a, b, day, this.layer, this.differenceSpecs)} ${renderComparePeople(a.people?.metrics, b.people?.metrics)}
    `;
  }

  /** Makes B the chosen twin of A, and keeps it so while A changes. */
  applyTwin(kind: TwinKind): void {
    this.twin = kind;
    this.presetB = this.presetA;
    this.paramsB = findTwin(kind).derive(this.paramsA);
  }

  private onChangeA(event: CustomEvent<ConfigChangeDetail>): void {
    this.presetA = event.detail.presetId;
    this.paramsA = event.detail.params;
    if (this.twin) {
      this.presetB = this.presetA;
      this.paramsB = findTwin(this.twin).derive(this.paramsA);
    }
  }

  private onChangeB(event: CustomEvent<ConfigChangeDetail>): void {
    // B edited by hand is no longer a twin of A.
    this.twin = '';
    this.presetB = event.detail.presetId;
    this.paramsB = event.detail.params;
  }

  private onSeed(event: Event): void {
    const input = event.target as HTMLInputElement;
    const seed = parseSeedText(input.value);
    if (seed === null) {
      this.seedError = t('lab.compare.seedError', { min: formatSerial(SEED_SPEC.min), max: formatSerial(SEED_SPEC.max), kept: formatSerial(this.seed) });
      return;
    }
    this.seedError = '';
    this.seed = seed;
  }

  private onDay(event: Event): void {
    this.day = Number((event.target as HTMLInputElement).value) - 1;
  }

  private onLayer(event: Event): void {
    this.layer = (event.target as HTMLSelectElement).value as MapLayer;
  }
}

/** A configuration's name as the page writes it ("A" or "B"). */
function sideName(side: 'A' | 'B'): string {
  const names = sideNames();
  return side === 'A' ? names.a : names.b;
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-compare-view': CompareView;
  }
}
