/**
 * The run charts in a responsive grid, each drawn by `<runaway-chart>` from its builder at the
 * playback day, and marked with its name (`data-chart`) for exports.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { RunResult } from '../../models/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';
import { RUN_CHART_IDS, runChartSpec } from './charts/run-charts.ts';
import './charts/runaway-chart.ts';

/** The chart grid. */
@customElement('runaway-chart-grid')
export class RunawayChartGrid extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
        gap: 1rem;
      }
      .grid > * {
        min-width: 0;
        padding: 0.6rem 0.7rem;
        background: var(--panel);
        border: 1px solid var(--rule);
        border-radius: var(--radius);
      }
    `,
  ];

  @property({ attribute: false }) result: RunResult | null = null;
  /** Playback day, 0-based. */
  @property({ type: Number }) day = 0;
  /** Leave out the patrol-share chart (the explorable shows it large, above). */
  @property({ type: Boolean, attribute: 'without-patrol-share' }) withoutPatrolShare = false;

  constructor() {
    super();
    // The charts' words are built here, so a new locale rebuilds them.
    new LocaleController(this);
  }

  protected override render() {
    const ids = RUN_CHART_IDS.filter((id) => !(this.withoutPatrolShare && id === 'share-chart'));
    return html`<div class="grid">
      ${ids.map((id) => html`<runaway-chart data-chart=${id} .spec=${runChartSpec(id, this.result, this.day)}></runaway-chart>`)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-chart-grid': RunawayChartGrid;
  }
}
