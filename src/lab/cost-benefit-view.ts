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
import { formatAmount, formatRatio } from '../components/charts/format.ts';
import type { SimEngine } from '../sim-client-types.ts';
import { BatchController } from './batch-controller.ts';
import { renderProgress } from './batch-parts.ts';
import './config-editor.ts';
import type { ConfigChangeDetail } from './config-editor.ts';
import './cost-benefit-chart.ts';
import { pointName } from './cost-benefit-chart.ts';
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
import { labStyles } from './lab-styles.ts';

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
    css`
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 22rem) minmax(0, 1fr);
        gap: 0.75rem 1.5rem;
        align-items: start;
      }
      @media (max-width: 900px) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
        }
      }
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
  private readonly batch = new BatchController(this);

  /** The points that have finished, in grid order. */
  get results(): readonly PolicyPoint[] {
    return this.points;
  }

  /** The point the rule picks at the current weight. */
  get chosen(): PolicyPoint | undefined {
    return chooseByUtility(this.points, this.weight);
  }

  get state() {
    return this.batch.state;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.autorun && this.batch.state === 'idle') void this.run();
  }

  /** Runs every policy at every level; points appear as each finishes. */
  async run(): Promise<void> {
    const variants = POLICY_VARIANTS.filter((variant) => this.withCorrection || !variant.corrected);
    const grid: [PolicyVariant, number][] = this.levels.flatMap((units) => variants.map((variant) => [variant, units] as [PolicyVariant, number]));
    const seeds = consecutiveSeeds(this.firstSeed, this.replicates);
    const job = this.batch.begin(grid.length * seeds.length);
    const engine = this.engine ?? sharedLabEngine();
    const finished = new Map<string, PolicyPoint>();
    const doneByConfig = new Array<number>(grid.length).fill(0);
    this.points = [];
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
    if (!job.live) return;
    const problem = outcomes.find((outcome) => outcome.status === 'invalid' || outcome.status === 'failed');
    if (problem && (problem.status === 'invalid' || problem.status === 'failed')) {
      this.batch.end(job, problem.status, problem.message);
      return;
    }
    this.batch.end(job, 'done');
    this.dispatchEvent(new CustomEvent('policies-done', { detail: { points: this.points }, bubbles: true, composed: true }));
  }

  override render() {
    const running = this.batch.running;
    const chosen = this.chosen;
    return html`
      <h2>Weighing costs and benefits</h2>
      <p class="lede">
        Every deployment policy runs at several patrol levels on the same seeds. Across: true incidents that patrols find per day.
        Up: stops that found nothing, per 1,000 residents of each group. True crime is equal for both groups unless the scenario
        says otherwise.
      </p>
      <p class="caveat">
        This is a way to see what a utilitarian weighing hides, not an endorsement of it. A single score adds up incidents found
        and people stopped without cause as if they were interchangeable, and it does not ask who is stopped.
      </p>
      <div class="layout">
        <div class="settings">
          <runaway-config-editor heading="Scenario" preset-id=${this.presetId} .params=${this.params} @config-change=${this.onConfig}></runaway-config-editor>
          <div class="row">
            <fieldset class="levels">
              <legend>Patrol units per day</legend>
              ${PATROL_LEVELS.map(
                (units) => html`<label><input type="checkbox" .checked=${this.levels.includes(units)} @change=${(e: Event) => this.toggleLevel(units, (e.target as HTMLInputElement).checked)} />${units}</label>`,
              )}
            </fieldset>
          </div>
          <div class="row">
            <label><input type="checkbox" .checked=${this.withCorrection} @change=${(e: Event) => (this.withCorrection = (e.target as HTMLInputElement).checked)} /> Also with the correction (inverse propensity, 10% exploration)</label>
          </div>
          <div class="row">
            <div class="field">
              <label for="replicates">Replicates per policy</label>
              <input id="replicates" type="text" inputmode="numeric" .value=${String(this.replicates)} @change=${this.onReplicates} />
              ${this.inputError ? html`<span class="error" role="alert">${this.inputError}</span>` : nothing}
            </div>
            <button type="button" class="primary run" ?disabled=${running || this.levels.length === 0} @click=${() => void this.run()}>
              Run every policy
            </button>
          </div>
          ${renderProgress(this.batch, 'runs', () => this.batch.cancel())}
        </div>
        <div class="results">
          <div class="row weight">
            <div class="field">
              <label for="weight">One stop without a hit weighs as much as <output>${this.weight.toFixed(3)}</output> incidents found</label>
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
            <label><input type="checkbox" .checked=${this.split} @change=${(e: Event) => (this.split = (e.target as HTMLInputElement).checked)} /> Split by group</label>
          </div>
          <p class="sentence" id="choice" aria-live="polite">${chosen ? this.choiceSentence(chosen) : 'Run the policies to see which one the rule picks.'}</p>
          ${this.points.length > 1 ? html`<p class="status">${this.segmentsSentence()}</p>` : nothing}
          <div class="chart">
            <runaway-cost-benefit-chart .points=${this.points} chosen=${chosen?.key ?? ''} ?split=${this.split} summary=${this.chartSummary()}></runaway-cost-benefit-chart>
          </div>
        </div>
      </div>
    `;
  }

  private choiceSentence(point: PolicyPoint): string {
    const ratio = point.majorityEmptyPer1000 > 0 ? point.minorityEmptyPer1000 / point.majorityEmptyPer1000 : Number.NaN;
    const times = Number.isFinite(ratio) ? ` (${formatRatio(ratio)} times the rate)` : '';
    return (
      `Weighing one stop without a hit as ${this.weight.toFixed(3)} incidents found, the rule picks ${pointName(point)}: ` +
      `it finds ${formatAmount(point.foundPerDay)} incidents a day and makes ${formatAmount(point.emptyStopsPerDay)} stops a day that find nothing. ` +
      `Who bears that: over the run, ${formatAmount(point.minorityEmptyPer1000)} stops without a hit per 1,000 minority residents, ` +
      `against ${formatAmount(point.majorityEmptyPer1000)} per 1,000 majority residents${times}.`
    );
  }

  private segmentsSentence(): string {
    const segments = choiceSegments(this.points, MAX_WEIGHT);
    if (segments.length <= 1) return `Over every weight from 0 to ${MAX_WEIGHT}, the rule picks the same policy.`;
    const changes = segments.slice(1).map((segment) => `${segment.from.toFixed(3)} (to ${pointName(segment.point)})`);
    return `As the weight grows from 0 to ${MAX_WEIGHT}, the rule's pick changes at ${changes.join(', ')}.`;
  }

  private chartSummary(): string {
    if (this.points.length === 0) return 'No policy has finished yet.';
    const most = this.points.reduce((best, p) => (p.foundPerDay > best.foundPerDay ? p : best));
    const fewest = this.points.reduce((best, p) => (p.emptyStopsPerDay < best.emptyStopsPerDay ? p : best));
    return (
      `${this.points.length} policies: ${pointName(most)} finds the most (${formatAmount(most.foundPerDay)} a day); ` +
      `${pointName(fewest)} makes the fewest stops without a hit (${formatAmount(fewest.emptyStopsPerDay)} a day).`
    );
  }

  private toggleLevel(units: number, on: boolean): void {
    this.levels = on ? [...this.levels, units].sort((a, b) => a - b) : this.levels.filter((level) => level !== units);
  }

  private onReplicates(event: Event): void {
    const read = readWholeNumber((event.target as HTMLInputElement).value, 1, 100, 'The number of replicates', this.replicates);
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
