/**
 * `<runaway-sweep-view>`: a BehaviorSpace-style sweep. Choose one numeric parameter, a range and a
 * number of steps, a summary metric and a replicate count; the chart of the metric against the
 * parameter fills in as values finish, with a progress bar, cancel, and the table as CSV.
 */
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ParamError, PARAM_GROUPS, SEED_SPEC, readPath, type Params, type ParamSpec } from '../../models/index.ts';
import { DEFAULT_PRESET_ID, findPreset } from '../../presets/index.ts';
import { groupTitle, paramLabel } from '../i18n/param-text.ts';
import { formatFieldNumber, formatSchemaValue } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { RunController } from '../app/run-controller.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { DEFAULT_SWEEP_METRIC, summaryMetricPaths } from '../sim-client.ts';
import type { SimEngine } from '../sim-client-types.ts';
import { renderProgress } from './batch-parts.ts';
import './config-editor.ts';
import type { ConfigChangeDetail } from './config-editor.ts';
import { consecutiveSeeds, sharedLabEngine } from './engine.ts';
import { readNumber, readWholeNumber } from './inputs.ts';
import '../components/charts/runaway-chart.ts';
import { labStyles, settingsBesideResults } from './lab-styles.ts';
import { NUMERIC_SPECS, rangeText, specByPath } from './param-fields.ts';
import { DEFAULT_SWEEP, MAX_SWEEP_STEPS, metricDescription, metricName, plottableMetrics, sweepCsv, sweepFileName, sweepValues } from './sweep-plan.ts';
import { runSweepProgressively } from './sweep-runner.ts';
import { sweepChartSpec, sweepRows, type SweepPoint } from './sweep-specs.ts';
import '../i18n/parts/lab.ts';

export const MAX_SWEEP_REPLICATES = 200;

/**
 * A metric against one parameter, with bands.
 * @fires sweep-done - CustomEvent<{values}> when every value has finished
 */
@customElement('runaway-sweep-view')
export class SweepView extends LitElement {
  static override styles = [
    labStyles,
    settingsBesideResults,
    css`
      select.wide {
        width: 100%;
      }
      .settings .row .field {
        flex: 1 1 8rem;
      }
      .settings input[type='text'] {
        width: 100%;
      }
    `,
  ];

  @property({ attribute: false }) engine?: SimEngine;
  @property({ attribute: false }) params: Params = findPreset(DEFAULT_PRESET_ID)!.params;
  @property({ attribute: 'preset-id' }) presetId = DEFAULT_PRESET_ID;
  /** The swept parameter's dotted path. */
  @property() path: string = DEFAULT_SWEEP.path;
  @property({ type: Number }) from: number = DEFAULT_SWEEP.from;
  @property({ type: Number }) to: number = DEFAULT_SWEEP.to;
  @property({ type: Number }) steps: number = DEFAULT_SWEEP.steps;
  /** The summary metric plotted, by dotted path. */
  @property() metric: string = DEFAULT_SWEEP_METRIC;
  @property({ type: Number }) replicates: number = DEFAULT_SWEEP.replicates;
  @property({ type: Number, attribute: 'first-seed' }) firstSeed = findPreset(DEFAULT_PRESET_ID)!.seed;

  @state() private inputErrors: Record<string, string> = {};
  @state() private points: SweepPoint[] = [];
  /** Replicates and spec of the points shown (the inputs may have changed since). */
  @state() private shown: { spec: ParamSpec; replicates: number } | undefined;

  /** The sweep's job: progress, cancel, and how it ended; finished points are kept on the view. */
  private readonly batch = new RunController<void>(this);

  constructor() {
    super();
    new LocaleController(this);
  }

  get state() {
    return this.batch.status;
  }

  /** Runs finished so far and in all. */
  get progress(): { done: number; total: number } {
    return { done: this.batch.done, total: this.batch.total };
  }

  /** The finished rows as CSV: value,median,low,high,replicates. */
  csv(): string {
    return sweepCsv(sweepRows(this.points, this.metric, this.shown?.replicates ?? this.replicates));
  }

  /** Starts the sweep; resolves when it has finished, been cancelled or refused. */
  async run(): Promise<void> {
    const spec = specByPath(this.path);
    if (!spec) return;
    let values: number[];
    try {
      values = sweepValues(spec, this.from, this.to, this.steps);
    } catch (error) {
      if (!(error instanceof ParamError)) throw error;
      this.inputErrors = { ...this.inputErrors, [error.field.replace('sweep.', '')]: error.message };
      return;
    }
    const seeds = consecutiveSeeds(this.firstSeed, this.replicates);
    this.points = values.map((value) => ({ value, summary: null }));
    this.shown = { spec, replicates: seeds.length };
    const engine = this.engine ?? sharedLabEngine();
    const ended = await this.batch.run(
      async (job) => {
        const outcome = await runSweepProgressively(engine, this.params, this.path, values, seeds, {
          metric: this.metric,
          signal: job.signal,
          onProgress: (done) => job.progress(done),
          onPoint: (index, summary) => {
            if (!job.live) return;
            this.points = this.points.map((point, k) => (k === index ? { ...point, summary } : point));
          },
        });
        return outcome.status === 'done' ? { status: 'done', value: undefined } : outcome;
      },
      { total: values.length * seeds.length },
    );
    if (ended?.status === 'done') this.dispatchEvent(new CustomEvent('sweep-done', { detail: { values }, bubbles: true, composed: true }));
  }

  /** Stops the sweep; finished values stay in the chart and the table. */
  cancel(): void {
    this.batch.cancel();
  }

  override render() {
    const spec = specByPath(this.path);
    const running = this.batch.running;
    const shown = this.shown;
    const finished = sweepRows(this.points, this.metric, shown?.replicates ?? 0).length;
    return html`
      <h2>${t('lab.sweep.heading')}</h2>
      <p class="lede">${t('lab.sweep.lede', { count: this.replicates })}</p>
      <div class="layout">
        <div class="settings">
          <runaway-config-editor
            heading=${t('lab.replicates.scenario')}
            preset-id=${this.presetId}
            .params=${this.params}
            @config-change=${this.onConfig}
          ></runaway-config-editor>
          <div class="row">
            <div class="field">
              <label for="path">${t('lab.sweep.parameter')}</label>
              <select id="path" class="wide" @change=${this.onPath}>
                ${PARAM_GROUPS.map(
                  (group) => html`<optgroup label=${groupTitle(group.id)}>
                    ${NUMERIC_SPECS.filter((s) => s.group === group.id).map(
                      (s) => html`<option value=${s.path} ?selected=${s.path === this.path}>${paramLabel(s)}</option>`,
                    )}
                  </optgroup>`,
                )}
              </select>
              <span class="hint">
                ${spec ? t('lab.sweep.parameterHint', { range: rangeText(spec), value: formatSchemaValue(readPath(this.params, spec.path) as number) }) : ''}
              </span>
            </div>
          </div>
          <div class="row">${this.numberField('from', t('lab.sweep.from'), this.from)} ${this.numberField('to', t('lab.sweep.to'), this.to)}</div>
          <div class="row">
            ${this.numberField('steps', t('lab.sweep.steps'), this.steps, t('lab.range', { min: 1, max: MAX_SWEEP_STEPS }))}
            ${this.numberField('replicates', t('lab.sweep.replicates'), this.replicates, t('lab.range', { min: 1, max: MAX_SWEEP_REPLICATES }))}
            ${this.numberField('first-seed', t('lab.replicates.firstSeed'), this.firstSeed)}
          </div>
          <div class="row">
            <div class="field">
              <label for="metric">${t('lab.sweep.metric')}</label>
              <select id="metric" class="wide" @change=${this.onMetric}>
                ${this.metricChoices().map((path) => html`<option value=${path} ?selected=${path === this.metric}>${metricName(path)}</option>`)}
              </select>
              <span class="hint">${metricDescription(this.metric)}</span>
            </div>
          </div>
          <div class="row">
            <button type="button" class="primary run" ?disabled=${running} @click=${() => void this.run()}>${t('lab.sweep.run')}</button>
            <button type="button" class="csv" ?disabled=${finished === 0} @click=${this.download}>${t('lab.sweep.download')}</button>
          </div>
          ${renderProgress(this.batch, () => this.cancel())}
          ${this.batch.status === 'cancelled' && finished > 0 ? html`<p class="status">${t('lab.sweep.kept', { count: finished })}</p>` : nothing}
        </div>
        <div class="results">
          ${shown
            ? html`<runaway-chart .spec=${sweepChartSpec(shown.spec, this.metric, this.points, shown.replicates)}></runaway-chart>`
            : html`<p class="status">${t('lab.sweep.prompt')}</p>`}
        </div>
      </div>
    `;
  }

  private numberField(id: string, label: string, value: number, hint = '') {
    const error = this.inputErrors[id];
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} type="text" inputmode="decimal" .value=${formatFieldNumber(value)} aria-describedby="${id}-hint" @change=${this.onNumber} />
      <span class="hint" id="${id}-hint">${hint}</span>
      ${error ? html`<span class="error" role="alert">${error}</span>` : nothing}
    </div>`;
  }

  private onNumber(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = input.id;
    const spec = specByPath(this.path);
    let read;
    switch (id) {
      case 'steps':
        read = readWholeNumber(input.value, 1, MAX_SWEEP_STEPS, t('lab.field.steps.name'), this.steps);
        break;
      case 'replicates':
        read = readWholeNumber(input.value, 1, MAX_SWEEP_REPLICATES, t('lab.field.replicates.name'), this.replicates);
        break;
      case 'first-seed':
        read = readWholeNumber(input.value, SEED_SPEC.min, SEED_SPEC.max - MAX_SWEEP_REPLICATES, t('lab.field.firstSeed.name'), this.firstSeed, 'seed');
        break;
      default: {
        const fallback = id === 'from' ? this.from : this.to;
        read = readNumber(input.value, t(id === 'from' ? 'lab.sweep.from' : 'lab.sweep.to'), fallback);
        if (!read.error && spec && (read.value < spec.min! || read.value > spec.max!)) {
          read = { value: fallback, error: t('lab.sweep.error.kept', { label: paramLabel(spec), range: rangeText(spec), kept: formatSchemaValue(fallback) }) };
        }
      }
    }
    this.inputErrors = { ...this.inputErrors, [id]: read.error };
    if (read.error) return;
    if (id === 'steps') this.steps = read.value;
    else if (id === 'replicates') this.replicates = read.value;
    else if (id === 'first-seed') this.firstSeed = read.value;
    else if (id === 'from') this.from = read.value;
    else this.to = read.value;
  }

  private onPath(event: Event): void {
    const spec = specByPath((event.target as HTMLSelectElement).value);
    if (!spec) return;
    this.path = spec.path;
    // A sensible default range: the current value up to a few steps above, within the allowed range.
    const current = readPath(this.params, spec.path) as number;
    const span = Math.min(spec.max! - spec.min!, Math.max(10 * (spec.step ?? 1), Math.abs(current) * 4 || 1));
    this.from = Math.max(spec.min!, Math.min(current, spec.max! - span));
    this.to = Number(Math.min(spec.max!, this.from + span).toPrecision(10));
    this.inputErrors = {};
  }

  private onMetric(event: Event): void {
    this.metric = (event.target as HTMLSelectElement).value;
  }

  private onConfig(event: CustomEvent<ConfigChangeDetail>): void {
    this.presetId = event.detail.presetId;
    this.params = event.detail.params;
    // A person metric leaves the list when the layer is switched off.
    if (!this.metricChoices().includes(this.metric)) this.metric = DEFAULT_SWEEP_METRIC;
  }

  /** The metrics the scenario's runs report: place-level ones, and the person layer's when it is on. */
  private metricChoices(): string[] {
    return plottableMetrics(summaryMetricPaths({ people: this.params.people?.enabled === true }));
  }

  private download(): void {
    const url = URL.createObjectURL(new Blob([this.csv()], { type: 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = sweepFileName(this.path, this.metric);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-sweep-view': SweepView;
  }
}
