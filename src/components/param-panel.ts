/**
 * Every control, generated from the parameter schema and grouped in the order the story goes:
 * the city, reality, each data source, the fusion model, deployment, corrections, then the run.
 * A count of changed settings and a reset for all sit at the top, where they cannot be missed.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PARAM_GROUPS, PARAM_SPECS, SEED_PATH, SEED_SPEC, readPath, type Params, type ParamSpec } from '../../models/index.ts';
import { effectiveBranchingRatio } from '../../models/hawkes.ts';
import { isInactive } from '../app/param-edit.ts';
import { groupTitle } from '../i18n/param-text.ts';
import { SPEED_PATH, SPEED_SPEC } from '../settings/playback-speed.ts';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';
import './param-control.ts';

/**
 * Groups in the order a person tweaking bias reaches for them: the data sources, how risk
 * becomes patrols, the corrections, then the model's memory, reality, the run, and the city's
 * geometry last. The first of them open; the rest start closed.
 */
const PANEL_ORDER = ['reports', 'discoveries', 'stops', 'sensors', 'history', 'deployment', 'corrections', 'fusion', 'reality', 'run', 'city'];
/** The effective branching ratio of near-repeat is shown below this control, the last of near-repeat's. */
const BRANCHING_NOTE_AFTER = 'reality.nearRepeat.spatialSigmaKm';
const OPEN_AT_FIRST = new Set(['reports', 'discoveries', 'stops', 'sensors', 'history', 'deployment', 'corrections']);
const STORY_GROUPS = [...PARAM_GROUPS].sort((a, b) => rank(a.id) - rank(b.id));

function rank(groupId: string): number {
  const index = PANEL_ORDER.indexOf(groupId);
  return index < 0 ? PANEL_ORDER.length : index;
}

/**
 * The settings panel.
 * @fires param-edit - Re-fired from a control (see runaway-param-control).
 * @fires param-reset - Re-fired from a control.
 * @fires param-reset-all - The user asked for every setting of the preset back.
 * @fires seed-next - The user asked for the next seed.
 * @fires settings-close - The user closed the settings (only with `closable`).
 */
@customElement('runaway-param-panel')
export class RunawayParamPanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .top {
        position: sticky;
        top: 0;
        z-index: 6;
        display: flex;
        align-items: center;
        /* Longer words (Spanish "Restablecer todo") move the buttons under the title rather than off the column. */
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 0.5rem;
        padding: 0.6rem 0.7rem;
        background: var(--paper);
        border-bottom: 1px solid var(--rule);
      }
      h2 {
        margin: 0;
        font-size: 1.1rem;
      }
      .count {
        display: block;
        font-size: 0.8rem;
        font-weight: 400;
        color: var(--ink-soft);
      }
      .branching-note {
        margin: 0.25rem 0 0.75rem;
        font-size: 0.85rem;
        color: var(--ink-soft);
      }
      .count.some {
        color: var(--changed);
        font-weight: 600;
      }
      details {
        border-bottom: 1px solid var(--rule);
      }
      summary {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
        min-height: 44px;
        padding: 0.5rem 0.7rem;
        font-weight: 700;
        font-size: 0.95rem;
        cursor: pointer;
        list-style: none;
      }
      summary::-webkit-details-marker {
        display: none;
      }
      summary > span:first-child {
        display: inline-flex;
        align-items: center;
        gap: 0.5rem;
      }
      /* A drawn triangle: symbol fonts differ between machines. */
      summary > span:first-child::before {
        content: '';
        flex: none;
        border-style: solid;
        border-width: 0.32em 0 0.32em 0.5em;
        border-color: transparent transparent transparent currentColor;
        transition: transform 0.15s;
      }
      details[open] > summary > span:first-child::before {
        transform: rotate(90deg);
      }
      @media (prefers-reduced-motion: reduce) {
        summary > span:first-child::before {
          transition: none;
        }
      }
      summary .badge {
        font-size: 0.75rem;
        font-weight: 600;
        color: var(--changed);
        background: var(--changed-tint);
        border: 1px solid var(--changed);
        border-radius: 999px;
        padding: 0 0.5em;
        white-space: nowrap;
      }
      .actions {
        display: inline-flex;
        gap: 0.4rem;
        margin-left: auto;
      }
      .actions button {
        white-space: nowrap;
      }
      .next-seed {
        margin: -0.2rem 0.7rem 0.6rem 1rem;
      }
    `,
  ];

  @property({ attribute: false }) params!: Params;
  /** The loaded preset's params, against which changes are marked. */
  @property({ attribute: false }) presetParams!: Params;
  @property({ type: Number }) seed = 0;
  @property({ type: Number }) presetSeed = 0;
  @property({ type: Number }) speed = 0;
  /** Paths whose value differs from the preset (seed included). */
  @property({ attribute: false }) changed: ReadonlySet<string> = new Set();
  /** Refusal messages by path, shown next to their controls. */
  @property({ attribute: false }) errors: ReadonlyMap<string, string> = new Map();
  /** Show a close button that fires `settings-close` (the explorable's settings column). */
  @property({ type: Boolean }) closable = false;

  /** Re-renders in the new language when the locale changes. */
  protected readonly locale = new LocaleController(this);

  protected override render() {
    const total = this.changed.size;
    return html`<div class="top">
        <h2 id="settings-title">
          ${t('panel.title')}
          <span class="count ${total ? 'some' : ''}" aria-live="polite">${total === 0 ? t('panel.unchanged') : t('panel.changed', { count: total })}</span>
        </h2>
        <span class="actions">
          <button ?disabled=${total === 0} @click=${this.resetAll}>${t('panel.resetAll')}</button>
          ${this.closable ? html`<button class="close" @click=${this.close} aria-label=${t('panel.closeLabel')}>${t('panel.close')}</button>` : nothing}
        </span>
      </div>
      ${STORY_GROUPS.map((group) => this.renderGroup(group.id))}`;
  }

  private renderGroup(groupId: string) {
    const specs: ParamSpec[] = PARAM_SPECS.filter((spec) => spec.group === groupId);
    if (groupId === 'run') specs.push(SEED_SPEC, SPEED_SPEC);
    const changedHere = specs.filter((spec) => this.changed.has(spec.path)).length;
    return html`<details ?open=${OPEN_AT_FIRST.has(groupId) || changedHere > 0}>
      <summary>
        <span>${groupTitle(groupId)}</span>
        ${changedHere ? html`<span class="badge">${t('panel.groupChanged', { count: changedHere })}</span>` : nothing}
      </summary>
      ${specs.map((spec) => (spec.path === BRANCHING_NOTE_AFTER ? html`${this.renderControl(spec)}${this.renderBranchingNote()}` : this.renderControl(spec)))}
    </details>`;
  }

  /** Near-repeat's effective branching ratio (models/hawkes.ts), which validation keeps below 1. */
  private renderBranchingNote() {
    if (!this.params?.reality.nearRepeat.enabled) return nothing;
    const value = effectiveBranchingRatio(this.params);
    return html`<p class="branching-note" role="status">${t(value < 1 ? 'panel.effectiveBranching' : 'panel.effectiveBranchingTooHigh', { value })}</p>`;
  }

  private renderControl(spec: ParamSpec) {
    if (spec.path === SEED_PATH) {
      return html`<runaway-param-control
          .spec=${spec}
          .value=${this.seed}
          .presetValue=${this.presetSeed}
          ?changed=${this.changed.has(SEED_PATH)}
          noSlider
          .error=${this.errors.get(SEED_PATH) ?? ''}
          data-path=${spec.path}
        ></runaway-param-control>
        <button class="small next-seed" @click=${this.nextSeed}>${t('panel.nextSeed')}</button>`;
    }
    if (spec.path === SPEED_PATH) {
      return html`<runaway-param-control .spec=${spec} .value=${String(this.speed)} data-path=${spec.path}></runaway-param-control>`;
    }
    return html`<runaway-param-control
      .spec=${spec}
      .value=${readPath(this.params, spec.path)}
      .presetValue=${readPath(this.presetParams, spec.path)}
      ?changed=${this.changed.has(spec.path)}
      ?inactive=${isInactive(this.params, spec)}
      .error=${this.errors.get(spec.path) ?? ''}
      data-path=${spec.path}
    ></runaway-param-control>`;
  }

  private resetAll(): void {
    this.dispatchEvent(new CustomEvent('param-reset-all', { bubbles: true, composed: true }));
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('settings-close', { bubbles: true, composed: true }));
  }

  private nextSeed(): void {
    this.dispatchEvent(new CustomEvent('seed-next', { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-param-panel': RunawayParamPanel;
  }
}
