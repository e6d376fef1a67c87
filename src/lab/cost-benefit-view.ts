/**
 * `<runaway-cost-benefit-view>`: the utilitarian question. Every deployment policy (sampling,
 * proportional, hotspots with a few k, uniform; each optionally corrected) runs at several patrol
 * levels; the chart sets incidents found against people stopped without cause, by group. The user
 * weighs one against the other and sees which policy the rule picks, and who bears its cost.
 */
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Params } from '../../models/index.ts';
import { DEFAULT_PRESET_ID, findPreset } from '../../presets/index.ts';
import { formatAmount, formatCount, formatFixed } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { RunController } from '../app/run-controller.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import type { SimEngine } from '../sim-client-types.ts';
import { renderProgress } from './batch-parts.ts';
import './config-editor.ts';
import type { ConfigChangeDetail } from './config-editor.ts';
import '../components/charts/runaway-chart.ts';
import { costBenefitChartSpec, pointName } from './cost-benefit-spec.ts';
import {
  chooseByUtility,
  choiceSegments,
  DEFAULT_PATROL_LEVELS,
  PATROL_LEVELS,
  policyPoint,
  POLICY_VARIANTS,
  variantParams,
  type PolicyPoint,
  type PolicyVariant,
} from './cost-benefit.ts';
import { consecutiveSeeds, sharedLabEngine } from './engine.ts';
import { readWholeNumber } from './inputs.ts';
import { TWIN_EXPLORATION } from './twins.ts';
import { labStyles, settingsBesideResults } from './lab-styles.ts';
import '../i18n/parts/lab.ts';

/** A weight as the slider and the sentences write it: three decimals, 0.1 → "0.100". */
function formatWeight(weight: number): string {
  return formatFixed(weight, 3);
}

/** Largest weight on the slider: one stop without a hit weighed as much as one incident found. */
export const MAX_WEIGHT = 1;
export const WEIGHT_STEP = 0.005;

/**
 * Policies weighed by a utilitarian rule.
 * @fires policies-done - CustomEvent<{points}> when every policy has run
 */
@customElement('runaway-cost-benefit-view')
export class CostBenefitView extends LitElement {
  static override styles = [
    labStyles,
    settingsBesideResults,
    css`
      fieldset.levels {
        border: 1px solid var(--rule, #d9d6cf);
        border-radius: var(--radius, 6px);
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 0.9rem;
        padding: 0.3rem 0.6rem 0.5rem;
        margin: 0;
      }
      fieldset.levels label {
        display: flex;
        align-items: center;
        gap: 0.3rem;
        min-height: 40px;
      }
      .weight output {
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .caveat {
        border-left: 4px solid var(--rule-strong, #a9a59c);
        padding: 0.2rem 0.7rem;
        max-width: 60rem;
        color: var(--ink-soft, #4a4d52);
      }
      .chart {
        margin-top: 0.5rem;
      }
      .sentence {
        font-size: 1.05rem;
      }
    `,
  ];

  @property({ attribute: false }) engine?: SimEngine;
  @property({ attribute: false }) params: Params = findPreset(DEFAULT_PRESET_ID)!.params;
  @property({ attribute: 'preset-id' }) presetId = DEFAULT_PRESET_ID;
  /** Patrol units per day to try. */
  @property({ attribute: false }) levels: readonly number[] = DEFAULT_PATROL_LEVELS;
  /** Also run each policy with the correction on. */
  @property({ type: Boolean, attribute: 'with-correction' }) withCorrection = true;
  @property({ type: Number }) replicates = 5;
  @property({ type: Number, attribute: 'first-seed' }) firstSeed = findPreset(DEFAULT_PRESET_ID)!.seed;
  /** How many incidents found one stop without a hit is worth giving up. */
  @property({ type: Number }) weight = 0.1;
  /** Two marks per policy, one per group. */
  @property({ type: Boolean }) split = true;
  /** Run as soon as the view is connected. */
  @property({ type: Boolean }) autorun = false;

  @state() private points: PolicyPoint[] = [];
  @state() private inputError = '';
  /** The grid's job: progress, cancel, and how it ended; finished points are kept on the view. */
  private readonly batch = new RunController<void>(this);

  constructor() {
    super();
    new LocaleController(this);
  }

  /** The points that have finished, in grid order. */
  get results(): readonly PolicyPoint[] {
    return this.points;
  }

  /** The point the rule picks at the current weight. */
  get chosen(): PolicyPoint | undefined {
    return chooseByUtility(this.points, this.weight);
  }

  get state() {
    return this.batch.status;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.autorun && this.batch.status === 'idle') void this.run();
  }

  /** Runs every policy at every level; points appear as each finishes. */
  async run(): Promise<void> {
    const variants = POLICY_VARIANTS.filter((variant) => this.withCorrection || !variant.corrected);
    const grid: [PolicyVariant, number][] = this.levels.flatMap((units) => variants.map((variant) => [variant, units] as [PolicyVariant, number]));
    const seeds = consecutiveSeeds(this.firstSeed, this.replicates);
    const engine = this.engine ?? sharedLabEngine();
    const finished = new Map<string, PolicyPoint>();
    const doneByConfig = new Array<number>(grid.length).fill(0);
    this.points = [];
    const ended = await this.batch.run(
      async (job) => {
        const outcomes = await Promise.all(
          grid.map(async ([variant, units], index) => {
            const outcome = await engine.replicates(variantParams(this.params, variant, units), seeds, {
              signal: job.signal,
              onProgress: (done) => {
                doneByConfig[index] = done;
                job.progress(doneByConfig.reduce((sum, count) => sum + count, 0));
              },
            });
            if (outcome.status === 'done' && job.live) {
              const point = policyPoint(variant, units, outcome.params.days, outcome.runs.map((run) => run.metrics));
              finished.set(point.key, point);
              // Keep grid order, so the table does not reshuffle as points arrive.
              this.points = grid.flatMap(([v, u]) => finished.get(`${v.id}@${u}`) ?? []);
            }
            return outcome;
          }),
        );
        const problem = outcomes.find((outcome) => outcome.status === 'invalid' || outcome.status === 'failed');
        if (problem && (problem.status === 'invalid' || problem.status === 'failed')) return problem;
        return { status: 'done', value: undefined };
      },
      { total: grid.length * seeds.length },
    );
    if (ended?.status !== 'done') return;
    this.dispatchEvent(new CustomEvent('policies-done', { detail: { points: this.points }, bubbles: true, composed: true }));
  }

  override render() {
    const running = this.batch.running;
    const chosen = this.chosen;
    return html`
      <h2>${t('lab.costBenefit.heading')}</h2>
      <p class="lede">${t('lab.costBenefit.lede', { per: 1000 })}</p>
      <p class="caveat">${t('lab.costBenefit.caveat')}</p>
      <div class="layout">
        <div class="settings">
          <runaway-config-editor
            heading=${t('lab.replicates.scenario')}
            preset-id=${this.presetId}
            .params=${this.params}
            @config-change=${this.onConfig}
          ></runaway-config-editor>
          <div class="row">
            <fieldset class="levels">
              <legend>${t('lab.costBenefit.levels')}</legend>
              ${PATROL_LEVELS.map(
                (units) =>
                  html`<label
                    ><input type="checkbox" .checked=${this.levels.includes(units)} @change=${(e: Event) => this.toggleLevel(units, (e.target as HTMLInputElement).checked)} />${formatCount(
                      units,
                    )}</label
                  >`,
              )}
            </fieldset>
          </div>
          <div class="row">
            <label
              ><input type="checkbox" .checked=${this.withCorrection} @change=${(e: Event) => (this.withCorrection = (e.target as HTMLInputElement).checked)} />
              ${t('lab.costBenefit.withCorrection', { exploration: TWIN_EXPLORATION })}</label
            >
          </div>
          <div class="row">
            <div class="field">
              <label for="replicates">${t('lab.costBenefit.replicates')}</label>
              <input id="replicates" type="text" inputmode="numeric" .value=${String(this.replicates)} @change=${this.onReplicates} />
              ${this.inputError ? html`<span class="error" role="alert">${this.inputError}</span>` : nothing}
            </div>
            <button type="button" class="primary run" ?disabled=${running || this.levels.length === 0} @click=${() => void this.run()}>
              ${t('lab.costBenefit.run')}
            </button>
          </div>
          ${renderProgress(this.batch, () => this.batch.cancel())}
        </div>
        <div class="results">
          <div class="row weight">
            <div class="field">
              <label for="weight">${this.weightLabel()}</label>
              <input
                id="weight"
                type="range"
                min="0"
                max=${MAX_WEIGHT}
                step=${WEIGHT_STEP}
                .value=${String(this.weight)}
                aria-describedby="choice"
                @input=${this.onWeight}
              />
            </div>
            <label
              ><input type="checkbox" .checked=${this.split} @change=${(e: Event) => (this.split = (e.target as HTMLInputElement).checked)} />
              ${t('lab.costBenefit.split')}</label
            >
          </div>
          <p class="sentence" id="choice" aria-live="polite">${chosen ? this.choiceSentence(chosen) : t('lab.costBenefit.prompt')}</p>
          ${this.points.length > 1 ? html`<p class="status">${this.segmentsSentence()}</p>` : nothing}
          <div class="chart">
            <runaway-chart .spec=${costBenefitChartSpec(this.points, chosen?.key ?? '', this.split, this.chartSummary())}></runaway-chart>
          </div>
        </div>
      </div>
    `;
  }

  /** "One stop without a hit weighs as much as <output>0.100</output> incidents found": the number stays in an <output>. */
  private weightLabel() {
    const marker = '\u0000';
    const [before = '', after = ''] = t('lab.costBenefit.weight', { weight: marker }).split(marker);
    return html`${before}<output>${formatWeight(this.weight)}</output>${after}`;
  }

  private choiceSentence(point: PolicyPoint): string {
    const ratio = point.majorityEmptyPer1000 > 0 ? point.minorityEmptyPer1000 / point.majorityEmptyPer1000 : Number.NaN;
    return t('lab.costBenefit.choice', {
      weight: formatWeight(this.weight),
      policy: pointName(point),
      found: formatAmount(point.foundPerDay),
      empty: formatAmount(point.emptyStopsPerDay),
      per: 1000,
      minority: formatAmount(point.minorityEmptyPer1000),
      majority: formatAmount(point.majorityEmptyPer1000),
      times: Number.isFinite(ratio) ? t('chart.times.rate', { ratio: { value: ratio, style: 'ratio' } }) : '',
    });
  }

  private segmentsSentence(): string {
    const segments = choiceSegments(this.points, MAX_WEIGHT);
    const range = { from: 0, to: MAX_WEIGHT };
    if (segments.length <= 1) return t('lab.costBenefit.segments.same', range);
    const changes = segments.slice(1).map((segment) => t('lab.costBenefit.segments.change', { weight: formatWeight(segment.from), policy: pointName(segment.point) }));
    return t('lab.costBenefit.segments', { ...range, changes: changes.join(t('lab.list.separator')) });
  }

  private chartSummary(): string {
    if (this.points.length === 0) return t('lab.costBenefit.summary.none');
    const most = this.points.reduce((best, p) => (p.foundPerDay > best.foundPerDay ? p : best));
    const fewest = this.points.reduce((best, p) => (p.emptyStopsPerDay < best.emptyStopsPerDay ? p : best));
    return t('lab.costBenefit.summary', {
      count: this.points.length,
      most: pointName(most),
      found: formatAmount(most.foundPerDay),
      fewest: pointName(fewest),
      empty: formatAmount(fewest.emptyStopsPerDay),
    });
  }

  private toggleLevel(units: number, on: boolean): void {
    this.levels = on ? [...this.levels, units].sort((a, b) => a - b) : this.levels.filter((level) => level !== units);
  }

  private onReplicates(event: Event): void {
    const read = readWholeNumber((event.target as HTMLInputElement).value, 1, 100, t('lab.field.replicates.name'), this.replicates);
    this.inputError = read.error;
    if (!read.error) this.replicates = read.value;
  }

  private onWeight(event: Event): void {
    this.weight = Number((event.target as HTMLInputElement).value);
  }

  private onConfig(event: CustomEvent<ConfigChangeDetail>): void {
    this.presetId = event.detail.presetId;
    this.params = event.detail.params;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-cost-benefit-view': CostBenefitView;
  }
}
