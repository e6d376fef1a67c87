/**
 * `<runaway-heatmap-view>`: two parameters at once. Choose a parameter and a range for each axis,
 * a metric and a replicate count; the grid of cells fills in as they finish, with progress,
 * cancel, and the finished cells as CSV. For example the reporting gap against exploration: how
 * much random patrolling it takes to keep a biased record from steering patrols.
 */
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ParamError, PARAM_GROUPS, SEED_SPEC, type Params } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { groupTitle, paramLabel } from '../i18n/param-text.ts';
import { formatFieldNumber } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { RunController } from '../app/run-controller.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { DEFAULT_SWEEP_METRIC, summaryMetricPaths } from '../sim-client.ts';
import type { SimEngine } from '../sim-client-types.ts';
import { renderProgress } from './batch-parts.ts';
import './config-editor.ts';
import type { ConfigChangeDetail } from './config-editor.ts';
import { consecutiveSeeds, sharedLabEngine } from './engine.ts';
import '../components/charts/runaway-chart.ts';
import { DEFAULT_HEATMAP, heatmapCsv, MAX_HEATMAP_CELLS, type GridAxis, type HeatCell } from './heatmap-plan.ts';
import { runHeatmap } from './heatmap-runner.ts';
import { heatmapChartSpec } from './heatmap-spec.ts';
import { readNumber, readWholeNumber } from './inputs.ts';
import { labStyles, settingsBesideResults } from './lab-styles.ts';
import { NUMERIC_SPECS, rangeText, specByPath } from './param-fields.ts';
import { metricDescription, metricName, MAX_SWEEP_STEPS, plottableMetrics, sweepValues } from './sweep-plan.ts';
import '../i18n/parts/lab.ts';

type AxisName = 'x' | 'y';

/**
 * A metric over a grid of two parameters.
 * @fires heatmap-done - CustomEvent<{cells}> when every cell has finished
 */
@customElement('runaway-heatmap-view')
export class HeatmapView extends LitElement {
  static override styles = [
    labStyles,
    settingsBesideResults,
    css`
      fieldset {
        border: 1px solid var(--rule, #d9d6cf);
        border-radius: var(--radius, 6px);
        margin: 0 0 0.6rem;
        padding: 0.4rem 0.6rem 0.2rem;
      }
      legend {
        font-weight: 700;
      }
      select {
        width: 100%;
      }
      .row .field {
        flex: 1 1 5rem;
      }
      .row input[type='text'] {
        width: 100%;
      }
    `,
  ];

  @property({ attribute: false }) engine?: SimEngine;
  @property({ attribute: false }) params: Params = findPreset(DEFAULT_HEATMAP.presetId)!.params;
  @property({ attribute: 'preset-id' }) presetId = DEFAULT_HEATMAP.presetId;
  @property({ attribute: false }) x: GridAxis = DEFAULT_HEATMAP.x;
  @property({ attribute: false }) y: GridAxis = DEFAULT_HEATMAP.y;
  @property() metric: string = DEFAULT_SWEEP_METRIC;
  @property({ type: Number }) replicates: number = DEFAULT_HEATMAP.replicates;
  @property({ type: Number, attribute: 'first-seed' }) firstSeed = findPreset(DEFAULT_HEATMAP.presetId)!.seed;

  @state() private errors: Record<string, string> = {};
  @state() private grid: { x: GridAxis; y: GridAxis; xValues: number[]; yValues: number[]; replicates: number } | undefined;
  @state() private cells: HeatCell[][] = [];
  /** The grid's job: progress, cancel, and how it ended; finished cells are kept on the view. */
  private readonly batch = new RunController<void>(this);

  constructor() {
    super();
    new LocaleController(this);
  }

  get state() {
    return this.batch.status;
  }

  /** Finished cells so far. */
  get finishedCells(): number {
    return this.cells.flat().filter(Boolean).length;
  }

  /** The finished cells as CSV: x,y,median,low,high,replicates. */
  csv(): string {
    const grid = this.grid;
    return grid ? heatmapCsv(grid.xValues, grid.yValues, this.cells, this.metric, grid.replicates) : 'x,y,median,low,high,replicates\n';
  }

  /** Runs every cell; resolves when finished, cancelled or refused. */
  async run(): Promise<void> {
    const values: Partial<Record<AxisName, number[]>> = {};
    const errors: Record<string, string> = {};
    for (const name of ['x', 'y'] as const) {
      const axis = this[name];
      try {
        values[name] = sweepValues(specByPath(axis.path)!, axis.from, axis.to, axis.steps);
      } catch (error) {
        if (!(error instanceof ParamError)) throw error;
        errors[name] = error.message;
      }
    }
    if (this.x.path === this.y.path) errors.y = t('lab.heatmap.error.same');
    const { x: xValues, y: yValues } = values;
    if (xValues && yValues && xValues.length * yValues.length > MAX_HEATMAP_CELLS) {
      errors.y = t('lab.heatmap.error.cells', { columns: xValues.length, rows: yValues.length, max: MAX_HEATMAP_CELLS });
    }
    this.errors = errors;
    if (Object.keys(errors).length || !xValues || !yValues) return;
    const seeds = consecutiveSeeds(this.firstSeed, this.replicates);
    this.grid = { x: this.x, y: this.y, xValues, yValues, replicates: seeds.length };
    this.cells = yValues.map(() => xValues.map(() => null));
    const engine = this.engine ?? sharedLabEngine();
    const ended = await this.batch.run(
      async (job) => {
        const outcome = await runHeatmap(engine, this.params, this.x.path, xValues, this.y.path, yValues, seeds, {
          metric: this.metric,
          signal: job.signal,
          onProgress: (done) => job.progress(done),
          onCell: (row, column, summary) => {
            if (!job.live) return;
            this.cells = this.cells.map((cells, r) => (r === row ? cells.map((cell, c) => (c === column ? summary : cell)) : cells));
          },
        });
        return outcome.status === 'done' ? { status: 'done', value: undefined } : outcome;
      },
      { total: xValues.length * yValues.length * seeds.length },
    );
    if (ended?.status === 'done') this.dispatchEvent(new CustomEvent('heatmap-done', { detail: { cells: this.cells }, bubbles: true, composed: true }));
  }

  override render() {
    const grid = this.grid;
    const running = this.batch.running;
    return html`
      <h2>${t('lab.heatmap.heading')}</h2>
      <p class="lede">${t('lab.heatmap.lede', { count: this.replicates })}</p>
      <div class="layout">
        <div class="settings">
          <runaway-config-editor
            heading=${t('lab.replicates.scenario')}
            preset-id=${this.presetId}
            .params=${this.params}
            @config-change=${this.onConfig}
          ></runaway-config-editor>
          ${this.renderAxis('x', t('lab.heatmap.axis.x'))} ${this.renderAxis('y', t('lab.heatmap.axis.y'))}
          <div class="row">
            <div class="field">
              <label for="metric">${t('lab.sweep.metric')}</label>
              <select id="metric" @change=${(e: Event) => (this.metric = (e.target as HTMLSelectElement).value)}>
                ${this.metricChoices().map((path) => html`<option value=${path} ?selected=${path === this.metric}>${metricName(path)}</option>`)}
              </select>
              <span class="hint">${metricDescription(this.metric)}</span>
            </div>
          </div>
          <div class="row">
            ${this.numberField('replicates', t('lab.heatmap.replicates'), this.replicates)}
            ${this.numberField('first-seed', t('lab.replicates.firstSeed'), this.firstSeed)}
          </div>
          <div class="row">
            <button type="button" class="primary run" ?disabled=${running} @click=${() => void this.run()}>${t('lab.heatmap.run')}</button>
            <button type="button" class="csv" ?disabled=${this.finishedCells === 0} @click=${this.download}>${t('lab.heatmap.download')}</button>
          </div>
          ${renderProgress(this.batch, () => this.batch.cancel())}
        </div>
        <div class="results">
          ${grid
            ? html`<runaway-chart .spec=${this.chartSpec(grid)}></runaway-chart>`
            : html`<p class="status">${t('lab.heatmap.prompt')}</p>`}
        </div>
      </div>
    `;
  }

  /** The chart of the grid; its axes name parameters of the schema (the fields offer no others). */
  private chartSpec(grid: NonNullable<HeatmapView['grid']>) {
    const [xSpec, ySpec] = [specByPath(grid.x.path), specByPath(grid.y.path)];
    if (!xSpec || !ySpec) throw new Error(`The heat map's axes ${grid.x.path} and ${grid.y.path} must be parameters of the schema.`);
    return heatmapChartSpec({ xSpec, ySpec, xValues: grid.xValues, yValues: grid.yValues, cells: this.cells, metric: this.metric, replicates: grid.replicates });
  }

  private renderAxis(name: AxisName, legend: string) {
    const axis = this[name];
    const spec = specByPath(axis.path);
    const set = (change: Partial<GridAxis>) => (this[name] = { ...axis, ...change });
    const number = (key: 'from' | 'to' | 'steps', label: string) => html`<div class="field">
      <label for="${name}-${key}">${label}</label>
      <input
        id="${name}-${key}"
        type="text"
        inputmode="decimal"
        .value=${formatFieldNumber(axis[key])}
        @change=${(e: Event) => {
          const text = (e.target as HTMLInputElement).value;
          const read = key === 'steps' ? readWholeNumber(text, 1, MAX_SWEEP_STEPS, label, axis.steps) : readNumber(text, label, axis[key]);
          this.errors = { ...this.errors, [name]: read.error };
          if (!read.error) set({ [key]: read.value });
        }}
      />
    </div>`;
    return html`<fieldset>
      <legend>${legend}</legend>
      <div class="field">
        <label for="${name}-path">${t('lab.sweep.parameter')}</label>
        <select
          id="${name}-path"
          @change=${(e: Event) => {
            const chosen = specByPath((e.target as HTMLSelectElement).value)!;
            set({ path: chosen.path, from: chosen.min!, to: Math.min(chosen.max!, chosen.min! + 10 * (chosen.step ?? 1)), steps: 5 });
          }}
        >
          ${PARAM_GROUPS.map(
            (group) => html`<optgroup label=${groupTitle(group.id)}>
              ${NUMERIC_SPECS.filter((s) => s.group === group.id).map((s) => html`<option value=${s.path} ?selected=${s.path === axis.path}>${paramLabel(s)}</option>`)}
            </optgroup>`,
          )}
        </select>
        <span class="hint">${spec ? t('lab.heatmap.allowed', { range: rangeText(spec) }) : ''}</span>
      </div>
      <div class="row">${number('from', t('lab.sweep.from'))} ${number('to', t('lab.sweep.to'))} ${number('steps', t('lab.sweep.steps'))}</div>
      ${this.errors[name] ? html`<p class="error" role="alert">${this.errors[name]}</p>` : nothing}
    </fieldset>`;
  }

  private numberField(id: 'replicates' | 'first-seed', label: string, value: number) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="text"
        inputmode="numeric"
        .value=${String(value)}
        @change=${(e: Event) => {
          const text = (e.target as HTMLInputElement).value;
          const read =
            id === 'replicates'
              ? readWholeNumber(text, 1, 100, t('lab.field.replicates.name'), this.replicates)
              : readWholeNumber(text, SEED_SPEC.min, SEED_SPEC.max - 100, t('lab.field.firstSeed.name'), this.firstSeed, 'seed');
          this.errors = { ...this.errors, [id]: read.error };
          if (read.error) return;
          if (id === 'replicates') this.replicates = read.value;
          else this.firstSeed = read.value;
        }}
      />
      ${this.errors[id] ? html`<span class="error" role="alert">${this.errors[id]}</span>` : nothing}
    </div>`;
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
    link.download = `heatmap-${this.x.path}-${this.y.path}-${this.metric}.csv`.replace(/[^A-Za-z0-9._-]/g, '_');
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-heatmap-view': HeatmapView;
  }
}
