/**
 * The language switch of a page header: a labelled select of every language with a catalogue,
 * shown only when there is more than one. The choice is remembered for the site's other pages
 * (src/i18n/locale-choice.ts).
 */
import { css, html, LitElement, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { availableLocales, getLocale, t } from '../i18n/index.ts';
import { chooseLocaleFromMenu } from '../i18n/locale-choice.ts';
import { LocaleController } from '../i18n/locale-controller.ts';

/**
 * Language menu.
 *
 * @csspart select - the select element
 */
@customElement('runaway-language-menu')
export class LanguageMenu extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
      font-size: 0.9rem;
    }
    :host([hidden]) {
      display: none;
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      white-space: nowrap;
    }
    select {
      font: inherit;
      min-height: 2rem;
      max-width: 9rem;
    }
  `;

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override render() {
    const locales = availableLocales();
    if (locales.length < 2) return nothing;
    const active = getLocale();
    return html`<label
      >${t('nav.language')}
      <select part="select" @change=${(event: Event) => void chooseLocaleFromMenu((event.target as HTMLSelectElement).value)}>
        ${locales.map((entry) => html`<option value=${entry.locale} lang=${entry.locale} ?selected=${entry.locale === active}>${entry.name}</option>`)}
      </select></label
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-language-menu': LanguageMenu;
  }
}
