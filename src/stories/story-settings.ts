/**
 * The settings a chapter talks about: one parameter group with each value, its unit and a mark
 * on every value the chapter changed from the scenario's own. Shown in the story page when a
 * chapter highlights `controls:<group>`; in the explorable the real controls take its place.
 */
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PARAM_GROUPS, PARAM_SPECS, defaultParams, readPath, type Params, type ParamSpec } from '../../models/index.ts';
import { formatNumber, getLocale, t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';
import { sameValue } from './story.ts';
import '../i18n/parts/learning.ts';

/** A parameter value as text: numbers in the locale, booleans as On/Off, choices by their label. */
export function formatSetting(spec: ParamSpec, value: unknown): string {
  if (typeof value === 'boolean') return t(value ? 'settings.on' : 'settings.off');
  if (typeof value === 'number') return formatNumber(value, 'number', getLocale());
  if (Array.isArray(value)) return t('settings.neighborhoods', { count: value.length });
  if (value === null || value === undefined) return t('settings.none');
  return spec.options?.find((option) => option.value === value)?.label ?? String(value);
}

const DEFAULTS = defaultParams();

/**
 * One parameter group of a chapter's run: values the chapter changed from the scenario, and
 * values the scenario sets away from the model's defaults, are marked.
 */
@customElement('runaway-story-settings')
export class StorySettings extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      h3 {
        margin: 0 0 0.6rem;
        font-size: 1.2rem;
      }
      dl {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(7rem, 2fr);
        gap: 0;
        margin: 0;
      }
      dt,
      dd {
        margin: 0;
        padding: 0.45rem 0.5rem;
        border-bottom: 1px solid var(--rule);
      }
      dd {
        text-align: right;
        font-variant-numeric: tabular-nums;
        font-weight: 600;
      }
      .changed {
        background: var(--changed-tint);
      }
      .scenario {
        background: #f3f1ec;
      }
      .mark {
        display: block;
        font-size: 0.8rem;
        font-weight: 400;
        color: var(--changed);
      }
      .unit {
        font-weight: 400;
        color: var(--ink-soft);
        font-size: 0.85rem;
      }
      .description {
        display: block;
        font-size: 0.85rem;
        color: var(--ink-soft);
      }
    `,
  ];

  /** The chapter's params. */
  @property({ attribute: false }) params: Params | null = null;
  /** The scenario's own params, to mark what the chapter changed. */
  @property({ attribute: false }) baseParams: Params | null = null;
  /** The parameter group to show (an id of PARAM_GROUPS). */
  @property() group = 'run';

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override render() {
    const params = this.params;
    if (!params) return nothing;
    const group = PARAM_GROUPS.find((candidate) => candidate.id === this.group);
    const specs = PARAM_SPECS.filter((spec) => spec.group === this.group);
    return html`<h3>${t('settings.title', { group: group?.label ?? this.group })}</h3>
      <dl>
        ${specs.map((spec) => {
          const value = readPath(params, spec.path);
          const base = this.baseParams ? readPath(this.baseParams, spec.path) : value;
          const fallback = readPath(DEFAULTS, spec.path);
          const changed = !sameValue(value, base);
          const scenario = !changed && !sameValue(value, fallback);
          const cls = changed ? 'changed' : scenario ? 'scenario' : '';
          const mark = changed
            ? t('settings.changed', { value: formatSetting(spec, base) })
            : scenario
              ? t('settings.scenario', { value: formatSetting(spec, fallback) })
              : '';
          return html`<dt class=${cls}>
              ${spec.label}
              <span class="description">${spec.description}</span>
              ${mark ? html`<span class="mark">${mark}</span>` : nothing}
            </dt>
            <dd class=${cls}>${formatSetting(spec, value)} ${typeof value === 'number' ? html`<span class="unit">${spec.unit}</span>` : nothing}</dd>`;
        })}
      </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-story-settings': StorySettings;
  }
}
