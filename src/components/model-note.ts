/**
 * The short note on what the page shows and what it leaves out: true crime is equal by default,
 * the city is synthetic, and the model simplifies policing in named ways.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Params } from '../../models/index.ts';
import { t, tList } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';

/** The model note. */
@customElement('runaway-model-note')
export class RunawayModelNote extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-size: 0.95rem;
      }
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1.15rem;
      }
      p {
        margin: 0 0 0.6rem;
      }
      ul {
        margin: 0 0 0.6rem;
        padding-left: 1.2rem;
      }
      li {
        margin-bottom: 0.25rem;
      }
      .unequal {
        padding: 0.4rem 0.6rem;
        border-left: 4px solid var(--changed);
        background: var(--changed-tint);
      }
      .sources {
        color: var(--ink-soft);
        font-size: 0.85rem;
      }
    `,
  ];

  @property({ attribute: false }) params: Params | null = null;

  /** Re-renders in the new language when the locale changes. */
  protected readonly locale = new LocaleController(this);

  protected override render() {
    const ratio = this.params?.reality.trueRateRatio ?? 1;
    const custom = this.params?.city.custom != null;
    return html`<h2 id="note-title">${t('model.title')}</h2>
      ${custom
        ? html`<p><strong>${t('note.custom.lead')}</strong> ${t('note.custom.text')}</p>`
        : ratio === 1
          ? html`<p><strong>${t('note.equal.lead')}</strong> ${t('note.equal.text')}</p>`
          : html`<p class="unequal"><strong>${t('note.unequal.lead')}</strong> ${t('note.unequal.text', { ratio })}</p>`}
      <p><strong>${t('note.synthetic.lead')}</strong> ${t('note.synthetic.text')}</p>
      <p><strong>${t('note.leavesOut.heading')}</strong></p>
      <ul>
        ${tList('note.leavesOut').map((item) => html`<li>${item}</li>`)}
      </ul>
      <p class="sources">${t('note.sources')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-model-note': RunawayModelNote;
  }
}
