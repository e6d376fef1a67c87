/** The banner shown when the simulation worker fails: what happened, and a retry. Never a blank page. */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
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

  /** Re-renders in the new language when the locale changes. */
  protected readonly locale = new LocaleController(this);

  protected override render() {
    return html`<div class="banner" role="alert">
      <p>
        <strong>${t('failure.title')}</strong>
        ${this.hasEarlierRun ? t('failure.earlier') : t('failure.nothing')}
        <span class="detail">${this.message}</span>
      </p>
      <button class="primary" @click=${() => this.dispatchEvent(new CustomEvent('retry', { bubbles: true, composed: true }))}>${t('failure.retry')}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-failure-banner': RunawayFailureBanner;
  }
}
