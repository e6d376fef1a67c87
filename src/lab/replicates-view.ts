/**
 * `<runaway-replicates-view>`: one run can be luck. This view runs N replicates of a scenario on
 * consecutive seeds in the worker pool and draws every time-series chart as the median of the
 * runs with a 5th to 95th percentile band, with a sentence that counts in how many runs the
 * over-policing appeared, and (when the person layer is on) a table of its metrics across runs.
 */
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { SEED_SPEC, type Params, type PeopleMetrics, type RunMetrics } from '../../models/index.ts';
import { DEFAULT_PRESET_ID, findPreset } from '../../presets/index.ts';
import { getLocale, t } from '../i18n/index.ts';
import { RunController } from '../app/run-controller.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import type { SimEngine } from '../sim-client-types.ts';
import { renderProgress } from './batch-parts.ts';
import { peopleMetricsStyles, renderReplicatePeople } from './people-metrics.ts';
import { replicateChartSpecs } from './band-specs.ts';
import './config-editor.ts';
import type { ConfigChangeDetail } from './config-editor.ts';
import { consecutiveSeeds, sharedLabEngine } from './engine.ts';
import '../components/charts/runaway-chart.ts';
import type { ChartSpec } from '../components/charts/chart-spec.ts';
import { labStyles, settingsBesideResults } from './lab-styles.ts';
import { replicateBands, spreadOf, type ReplicateBands } from '../../models/index.ts';
import { replicateSentence } from './replicate-stats.ts';
import { readWholeNumber } from './inputs.ts';
import { formatSerial } from '../i18n/format.ts';
import '../i18n/parts/lab.ts';

/** Default number of replicates. */
export const DEFAULT_REPLICATES = 50;
export const MAX_REPLICATES = 500;

/**
 * Replicates of one scenario with median and band.
 * @fires replicates-done - CustomEvent<{replicates}> when a batch has finished
 */
@customElement('runaway-replicates-view')
export class ReplicatesView extends LitElement {
  static override styles = [
    labStyles,
    settingsBesideResults,
    peopleMetricsStyles,
    css`
      .sentence {
        margin-top: 0;
      }
      .charts {
        margin-top: 0.5rem;
      }
    `,
  ];

  @property({ attribute: false }) engine?: SimEngine;
  @property({ attribute: false }) params: Params = findPreset(DEFAULT_PRESET_ID)!.params;
  @property({ attribute: 'preset-id' }) presetId = DEFAULT_PRESET_ID;
  /** First seed; replicate k uses firstSeed + k. */
  @property({ type: Number, attribute: 'first-seed' }) firstSeed = findPreset(DEFAULT_PRESET_ID)!.seed;
  @property({ type: Number }) replicates = DEFAULT_REPLICATES;
  /** Run as soon as the view is connected. */
  @property({ type: Boolean }) autorun = false;

  @state() private inputErrors: Record<string, string> = {};

  /** The batch's job: progress, cancel, and how it ended; the bands are kept on the view. */
  private readonly batch = new RunController<void>(this);
  private specs: ChartSpec[] = [];
  private sentence = '';
  private shownBands: ReplicateBands | undefined;
  private shownMetrics: RunMetrics[] = [];
  /** Each replicate's person metrics, in seed order, when the layer is on (else empty). */
  private shownPeople: PeopleMetrics[] = [];
  /** The bands and locale the sentence and specs were written for (they are rewritten when either changes). */
  private written: { bands: ReplicateBands | undefined; locale: string } = { bands: undefined, locale: '' };

  constructor() {
    super();
    new LocaleController(this);
  }

  /** Bands of the last finished batch. */
  get bands(): ReplicateBands | undefined {
    return this.shownBands;
  }

  /** Each replicate's summary metrics, in seed order, of the last finished batch. */
  get metrics(): readonly RunMetrics[] {
    return this.shownMetrics;
  }

  get state() {
    return this.batch.status;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.autorun && this.batch.status === 'idle') void this.run();
  }

  /** Runs the replicates; resolves when they are shown, cancelled or refused. */
  async run(): Promise<void> {
    const seeds = consecutiveSeeds(this.firstSeed, this.replicates);
    const engine = this.engine ?? sharedLabEngine();
    const ended = await this.batch.run(
      async (job) => {
        const outcome = await engine.replicates(this.params, seeds, { series: true, signal: job.signal, onProgress: (done) => job.progress(done) });
        if (outcome.status !== 'done') return outcome;
        // A stale job's answer is dropped by the controller; its bands must not reach the view either.
        if (!job.live) return { status: 'cancelled' };
        this.shownMetrics = outcome.runs.map((run) => run.metrics);
        this.shownPeople = outcome.runs.flatMap((run) => (run.people ? [run.people.metrics] : []));
        this.shownBands = replicateBands(
          outcome.runs.map((run) => run.series!),
          outcome.params.days,
        );
        return { status: 'done', value: undefined };
      },
      { total: seeds.length },
    );
    if (ended?.status !== 'done') return;
    const metrics = this.shownMetrics;
    this.dispatchEvent(new CustomEvent('replicates-done', { detail: { replicates: metrics.length }, bubbles: true, composed: true }));
  }

  /** Writes the sentence and the charts' texts for the bands shown, in the message locale. */
  protected override willUpdate(): void {
    const bands = this.shownBands;
    const locale = getLocale();
    if (bands === this.written.bands && locale === this.written.locale) return;
    this.written = { bands, locale };
    const metrics = this.shownMetrics;
    this.sentence = bands ? replicateSentence(metrics) : '';
    this.specs = bands ? replicateChartSpecs(bands, spreadOf(metrics.map((m) => m.minorityQuarter.populationShare)).median) : [];
  }

  override render() {
    const running = this.batch.running;
    return html`
      <h2>${t('lab.replicates.heading')}</h2>
      <p class="lede">
        ${t('lab.replicates.lede', { count: this.replicates, first: formatSerial(this.firstSeed), second: formatSerial(this.firstSeed + 1) })}
      </p>
      <div class="layout">
        <div class="settings">
          <runaway-config-editor
            heading=${t('lab.replicates.scenario')}
            preset-id=${this.presetId}
            .params=${this.params}
            @config-change=${this.onConfig}
          ></runaway-config-editor>
          <div class="row">
            ${this.numberField('replicates', t('lab.replicates.replicates'), this.replicates, t('lab.replicates.replicatesHint', { min: 2, max: MAX_REPLICATES }))}
            ${this.numberField('first-seed', t('lab.replicates.firstSeed'), this.firstSeed, t('lab.replicates.firstSeedHint'))}
          </div>
          <div class="row">
            <button type="button" class="primary run" ?disabled=${running} @click=${() => void this.run()}>
              ${t('lab.replicates.run', { count: this.replicates })}
            </button>
          </div>
          ${renderProgress(this.batch, () => this.batch.cancel())}
        </div>
        <div class="results">
          <p class="sentence" aria-live="polite">${this.sentence || (running ? t('lab.replicates.running') : t('lab.replicates.prompt'))}</p>
          <div class="charts">${this.specs.map((spec) => html`<runaway-chart .spec=${spec}></runaway-chart>`)}</div>
          ${this.shownBands ? renderReplicatePeople(this.shownPeople) : nothing}
        </div>
      </div>
    `;
  }

  private numberField(id: string, label: string, value: number, hint: string) {
    const error = this.inputErrors[id];
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} type="text" inputmode="numeric" .value=${String(value)} aria-describedby="${id}-hint" @change=${this.onNumber} />
      <span class="hint" id="${id}-hint">${hint}</span>
      ${error ? html`<span class="error" role="alert">${error}</span>` : nothing}
    </div>`;
  }

  private onNumber(event: Event): void {
    const input = event.target as HTMLInputElement;
    const isCount = input.id === 'replicates';
    const read = isCount
      ? readWholeNumber(input.value, 2, MAX_REPLICATES, t('lab.field.replicates.name'), this.replicates)
      : readWholeNumber(input.value, SEED_SPEC.min, SEED_SPEC.max - MAX_REPLICATES, t('lab.field.firstSeed.name'), this.firstSeed, 'seed');
    this.inputErrors = { ...this.inputErrors, [input.id]: read.error };
    if (read.error) return;
    if (isCount) this.replicates = read.value;
    else this.firstSeed = read.value;
  }

  private onConfig(event: CustomEvent<ConfigChangeDetail>): void {
    if (event.detail.presetId !== this.presetId) this.firstSeed = findPreset(event.detail.presetId)?.seed ?? this.firstSeed;
    this.presetId = event.detail.presetId;
    this.params = event.detail.params;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-replicates-view': ReplicatesView;
  }
}
