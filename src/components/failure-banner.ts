/** The banner shown when the simulation worker fails: what happened, and a retry. Never a blank page. */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared.ts';

/**
 * A failure banner.
 * @fires retry - The user asked to run the simulation again.
 */
@customElement('runaway-failure-banner')
export class RunawayFailureBanner extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .banner {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem 1rem;
        padding: 0.7rem 1rem;
        border: 2px solid var(--error);
        border-radius: var(--radius);
        background: var(--error-tint);
        color: var(--error);
      }
      p {
        margin: 0;
        flex: 1 1 20rem;
      }
      .detail {
        display: block;
        color: var(--ink-soft);
        font-size: 0.85rem;
      }
    `,
  ];

  /** The failure's message from the worker client. */
  @property() message = '';
  /** Whether an earlier run is still on screen (then the page says so). */
  @property({ type: Boolean }) hasEarlierRun = false;

  protected override render() {
    return html`<div class="banner" role="alert">
      <p>
        <strong>The simulation stopped before finishing.</strong>
        ${this.hasEarlierRun ? 'The page still shows the last run that finished.' : 'Nothing could be computed yet.'}
        <span class="detail">${this.message}</span>
      </p>
      <button class="primary" @click=${() => this.dispatchEvent(new CustomEvent('retry', { bubbles: true, composed: true }))}>Retry</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-failure-banner': RunawayFailureBanner;
  }
}
