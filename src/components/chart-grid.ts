/**
 * The five run charts in a responsive grid. Their code is loaded after the first paint (a
 * dynamic import), so the first visit downloads only what the maps, loop and controls need;
 * the elements upgrade in place when their modules arrive.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { RunResult } from '../../models/index.ts';
import { sharedStyles } from '../styles/shared.ts';

let chartsLoading: Promise<unknown> | null = null;

/** Loads every chart element once; later calls return the same promise. */
export function loadCharts(): Promise<unknown> {
  chartsLoading ??= Promise.all([
    import('./charts/patrol-share-chart.ts'),
    import('./charts/recorded-vs-true-chart.ts'),
    import('./charts/disparity-chart.ts'),
    import('./charts/empty-stops-chart.ts'),
    import('./charts/lorenz-chart.ts'),
  ]);
  return chartsLoading;
}

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

  override connectedCallback(): void {
    super.connectedCallback();
    void loadCharts();
  }

  protected override render() {
    const result = this.result ?? undefined;
    return html`<div class="grid">
      ${this.withoutPatrolShare ? nothing : html`<runaway-patrol-share-chart .result=${result} .day=${this.day}></runaway-patrol-share-chart>`}
      <runaway-recorded-vs-true-chart .result=${result} .day=${this.day}></runaway-recorded-vs-true-chart>
      <runaway-disparity-chart .result=${result} .day=${this.day}></runaway-disparity-chart>
      <runaway-empty-stops-chart .result=${result} .day=${this.day}></runaway-empty-stops-chart>
      <runaway-lorenz-chart .result=${result} .day=${this.day}></runaway-lorenz-chart>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-chart-grid': RunawayChartGrid;
  }
}
