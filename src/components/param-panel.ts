/**
 * Every control, generated from the parameter schema and grouped in the order the story goes:
 * the city, reality, each data source, the fusion model, deployment, corrections, then the run.
 * A count of changed settings and a reset for all sit at the top, where they cannot be missed.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PARAM_GROUPS, PARAM_SPECS, readPath, type Params, type ParamSpec } from '../../models/index.ts';
import { isInactive } from '../app/param-edit.ts';
import { groupTitle } from '../app/param-text.ts';
import { SEED_PATH, SEED_SPEC, SPEED_PATH, SPEED_SPEC } from '../app/run-specs.ts';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';
import './param-control.ts';

/** Groups in story order: the schema lists Run first, the page shows it last. */
const STORY_GROUPS = [...PARAM_GROUPS.filter((group) => group.id !== 'run'), ...PARAM_GROUPS.filter((group) => group.id === 'run')];

/**
 * The settings panel.
 * @fires param-edit - Re-fired from a control (see runaway-param-control).
 * @fires param-reset - Re-fired from a control.
 * @fires param-reset-all - The user asked for every setting of the preset back.
 * @fires seed-next - The user asked for the next seed.
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

  /** Re-renders in the new language when the locale changes. */
  protected readonly locale = new LocaleController(this);

  protected override render() {
    const total = this.changed.size;
    return html`<div class="top">
        <h2 id="settings-title">
          ${t('panel.title')}
          <span class="count ${total ? 'some' : ''}" aria-live="polite">${total === 0 ? t('panel.unchanged') : t('panel.changed', { count: total })}</span>
        </h2>
        <button ?disabled=${total === 0} @click=${this.resetAll}>${t('panel.resetAll')}</button>
      </div>
      ${STORY_GROUPS.map((group) => this.renderGroup(group.id))}`;
  }

  private renderGroup(groupId: string) {
    const specs: ParamSpec[] = PARAM_SPECS.filter((spec) => spec.group === groupId);
    if (groupId === 'run') specs.push(SEED_SPEC, SPEED_SPEC);
    const changedHere = specs.filter((spec) => this.changed.has(spec.path)).length;
    return html`<details open>
      <summary>
        <span>${groupTitle(groupId)}</span>
        ${changedHere ? html`<span class="badge">${t('panel.groupChanged', { count: changedHere })}</span>` : nothing}
      </summary>
      ${specs.map((spec) => this.renderControl(spec))}
    </details>`;
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

  private nextSeed(): void {
    this.dispatchEvent(new CustomEvent('seed-next', { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-param-panel': RunawayParamPanel;
  }
}
