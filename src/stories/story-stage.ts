/**
 * The story page's stage: the part of the page a chapter talks about, large enough to read from
 * the back of a classroom, with tabs to the other views. It reuses the explorable's own map,
 * charts and loop diagram, so a story shows exactly what the sandbox will show. The highlighted
 * view wears a ring and a note until the reader picks another tab.
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Params, RunResult } from '../../models/index.ts';
import type { StoryMapLayer, StoryRegion } from '../../presets/index.ts';
import { daySnapshot } from '../app/day-snapshot.ts';
import '../components/charts/runaway-chart.ts';
import { runChartSpec } from '../components/charts/run-charts.ts';
import '../components/city-map.ts';
import '../components/loop-diagram.ts';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';
import './story-settings.ts';
import '../i18n/parts/learning.ts';

/** The stage's views: one per region kind; every `controls:<group>` region shows the settings view. */
export const STAGE_VIEWS = ['map', 'share-chart', 'recorded-chart', 'disparity-chart', 'stops-chart', 'lorenz-chart', 'loop-diagram', 'controls'] as const;
export type StageView = (typeof STAGE_VIEWS)[number];

/** The view that shows a region. */
export function viewOfRegion(region: StoryRegion): StageView {
  return region.startsWith('controls:') ? 'controls' : (region as StageView);
}

/** Whether the most-minority quarter means anything: not when every neighborhood has the same mix. */
export function hasMinorityQuarter(result: RunResult): boolean {
  const shares = result.city.minorityShare;
  return shares.some((share) => share !== shares[0]);
}

/**
 * What a chapter shows.
 * @csspart view - the panel of the current view
 */
@customElement('runaway-story-stage')
export class StoryStage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
        margin-bottom: 0.5rem;
      }
      [role='tab'] {
        min-height: 36px;
        padding: 0.1em 0.6em;
        font-size: 0.88rem;
      }
      [role='tab'][aria-selected='true'] {
        background: var(--ink);
        border-color: var(--ink);
        color: #fff;
      }
      [role='tab'].highlighted:not([aria-selected='true']) {
        border: 2px solid var(--highlight, #d89b00);
      }
      .panel {
        position: relative;
        padding: 0.6rem 0.7rem;
        background: var(--panel);
        border: 1px solid var(--rule);
        border-radius: var(--radius);
      }
      .panel.highlighted {
        border-color: var(--highlight, #d89b00);
        box-shadow: 0 0 0 3px var(--highlight, #d89b00);
      }
      .note {
        margin: 0 0 0.4rem;
        font-size: 0.85rem;
        font-weight: 600;
        color: #6b4a00;
      }
      .empty {
        margin: 2rem 0;
        text-align: center;
        color: var(--ink-soft);
      }
    `,
  ];

  @property({ attribute: false }) result: RunResult | null = null;
  /** Playback day (0-based) the views show. */
  @property({ type: Number }) day = 0;
  /** The region the current chapter talks about (null: none yet). */
  @property({ attribute: false }) region: StoryRegion | null = null;
  /** Whether the region is highlighted now (after playback reached the chapter's day). */
  @property({ type: Boolean }) highlighted = false;
  @property({ attribute: false }) mapLayer: StoryMapLayer | null = null;
  /** The chapter's params and the scenario's own, for the settings view. */
  @property({ attribute: false }) params: Params | null = null;
  @property({ attribute: false }) baseParams: Params | null = null;
  /** Whether the loop diagram animates (off under reduced motion and when paused). */
  @property({ type: Boolean }) playing = false;

  @state() private view: StageView = 'share-chart';

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new chapter shows its own view; the reader's tab choice lasts until then.
    if (changed.has('region') && this.region) this.view = viewOfRegion(this.region);
  }

  protected override render() {
    const regionView = this.region ? viewOfRegion(this.region) : null;
    const ring = this.highlighted && regionView === this.view;
    return html`<div role="tablist" aria-label=${t('stage.views')}>
        ${STAGE_VIEWS.map(
          (view) =>
            html`<button
              role="tab"
              id=${`tab-${view}`}
              class=${view === regionView && this.highlighted ? 'highlighted' : ''}
              aria-selected=${view === this.view ? 'true' : 'false'}
              aria-controls="panel"
              tabindex=${view === this.view ? 0 : -1}
              @click=${() => (this.view = view)}
              @keydown=${this.onTabKey}
            >
              ${t(`stage.view.${view}`)}
            </button>`,
        )}
      </div>
      <div id="panel" part="view" role="tabpanel" aria-labelledby=${`tab-${this.view}`} class=${ring ? 'panel highlighted' : 'panel'} data-view=${this.view}>
        ${ring ? html`<p class="note">${t('stage.highlight')}</p>` : nothing} ${this.renderView()}
      </div>`;
  }

  private renderView() {
    const result = this.result;
    if (this.view === 'controls') {
      const group = this.region?.startsWith('controls:') ? this.region.slice('controls:'.length) : 'deployment';
      return html`<runaway-story-settings .params=${this.params} .baseParams=${this.baseParams} group=${group}></runaway-story-settings>`;
    }
    if (!result) return html`<p class="empty">${t('stage.noRun')}</p>`;
    switch (this.view) {
      case 'map':
        return html`<runaway-city-map
          .result=${result}
          .day=${this.day}
          .layer=${this.mapLayer ?? 'patrols'}
          ?show-quarter=${hasMinorityQuarter(result)}
          max-height="340"
        ></runaway-city-map>`;
      case 'share-chart':
      case 'recorded-chart':
      case 'disparity-chart':
      case 'lorenz-chart':
        return html`<runaway-chart data-chart=${this.view} .spec=${runChartSpec(this.view, result, this.day)}></runaway-chart>`;
      case 'stops-chart':
        return html`<runaway-chart data-chart="empty-stops-chart" .spec=${runChartSpec('empty-stops-chart', result, this.day)}></runaway-chart>`;
      case 'loop-diagram':
        return html`<runaway-loop-diagram .snapshot=${daySnapshot(result, this.day)} .params=${this.params} ?playing=${this.playing}></runaway-loop-diagram>`;
    }
  }

  /** ← and → move between tabs (the ARIA tabs pattern), so they never reach the story's keys. */
  private readonly onTabKey = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    event.stopPropagation();
    const index = STAGE_VIEWS.indexOf(this.view);
    const next = STAGE_VIEWS[(index + (event.key === 'ArrowRight' ? 1 : STAGE_VIEWS.length - 1)) % STAGE_VIEWS.length]!;
    this.view = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>(`#tab-${next}`)?.focus());
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-story-stage': StoryStage;
  }
}
