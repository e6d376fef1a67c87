/**
 * `<runaway-share-notice>`: the visible notice after a link or file was opened in part. It lists
 * what was ignored and why (one sentence per key), politely announced, until dismissed.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import type { ShareNotice } from './share-state.ts';

/**
 * Notice of ignored parts of a link or file.
 * @fires notice-dismiss - the user closed the notice (clear `notices` in response)
 * @csspart notice - the box
 */
@customElement('runaway-share-notice')
export class ShareNoticeElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .notice {
      padding: 0.5rem 0.8rem;
      background: #fff4d6;
      border: 1px solid #7a4d00;
      border-radius: 6px;
      color: #1c1d1f;
    }
    p,
    ul {
      margin: 0 0 0.35rem;
    }
    button {
      font: inherit;
      min-height: 44px;
      padding: 0.3em 0.9em;
      border: 1px solid #7a4d00;
      border-radius: 6px;
      background: #ffffff;
      color: inherit;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 3px solid #1a56db;
      outline-offset: 2px;
    }
  `;

  /** What was ignored; nothing is shown when empty. */
  @property({ attribute: false }) notices: readonly ShareNotice[] = [];
  /** The opening sentence (default: the catalogue's "Parts of this link were ignored:"). */
  @property() heading = '';

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override render() {
    if (this.notices.length === 0) return nothing;
    return html`<div class="notice" part="notice" role="status">
      <p><strong>${this.heading || t('share.notice.heading')}</strong></p>
      <ul>
        ${this.notices.map((notice) => html`<li data-key=${notice.key}>${notice.message}</li>`)}
      </ul>
      <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('notice-dismiss', { bubbles: true, composed: true }))}>${t('share.notice.dismiss')}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-share-notice': ShareNoticeElement;
  }
}
