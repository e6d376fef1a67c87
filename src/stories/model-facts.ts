/**
 * "What this model is, and is not": synthetic data, not a real city; each simplification and
 * why it matters; the optional person layer and what it simplifies; where to read more. A fuller
 * companion to the explorable's own short model note (src/components/model-note.ts), for the
 * about page and for any page that embeds it.
 */
import { css, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
// Lit's html that also takes static parts: the heading tags follow `level`.
import { html, unsafeStatic } from 'lit/static-html.js';
import { BIBLIOGRAPHY, type Citation } from '../../presets/index.ts';
import { t, tList } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';
import '../i18n/parts/learning.ts';

/** The simplifications, in the order they are listed (texts: `model.simplification.<id>.*`). */
export const SIMPLIFICATIONS = ['groups', 'crime', 'people', 'records', 'risk', 'harms', 'behaviour'] as const;

/** The works listed under "Where to read more", in order. */
export const READING = ['ensign2018', 'lum2016', 'akpinar2021', 'mohler2015', 'damour2020', 'floyd2013', 'ncvs2017', 'richardson2019', 'brayne2017', 'laser2019', 'saunders2016'] as const;

/**
 * The model panel.
 * @csspart heading - the panel's title
 */
@customElement('runaway-model-facts')
export class ModelFacts extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        max-width: 48rem;
      }
      .title {
        margin: 0 0 0.5rem;
        font-size: 1.6rem;
      }
      h2:not(.title),
      h3:not(.title) {
        margin: 1.2rem 0 0.4rem;
        font-size: 1.2rem;
      }
      p,
      li,
      dd {
        line-height: 1.5;
      }
      .lead {
        font-size: 1.1rem;
      }
      ul {
        padding-left: 1.2rem;
      }
      li {
        margin-bottom: 0.35rem;
      }
      dl {
        margin: 0;
      }
      dt {
        font-weight: 700;
        margin-top: 0.6rem;
      }
      dd {
        margin: 0.1rem 0 0;
      }
      .reading li {
        font-size: 0.95rem;
      }
      a {
        color: var(--focus);
      }
    `,
  ];

  /** Heading level of the panel's title: 1 as the page itself (about.html), 2 under a page's title, 3 under another heading. */
  @property({ type: Number }) level = 2;

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override render() {
    const title = t('model.title');
    const level = this.level === 1 || this.level === 3 ? this.level : 2;
    const heading = unsafeStatic(`h${level}`);
    // Sections one level below the title, and h3 under an h3 title (as before).
    const section = unsafeStatic(`h${level === 1 ? 2 : 3}`);
    return html`<${heading} class="title" part="heading">${title}</${heading}>
      <p class="lead">${t('model.lead')}</p>
      <p><strong>${t('site.synthetic')}</strong></p>
      <${section}>${t('model.is.heading')}</${section}>
      <ul>
        ${tList('model.is').map((item) => html`<li>${item}</li>`)}
      </ul>
      <${section}>${t('model.isNot.heading')}</${section}>
      <ul>
        ${tList('model.isNot').map((item) => html`<li>${item}</li>`)}
      </ul>
      <${section}>${t('model.published.heading')}</${section}>
      <ul>
        ${tList('model.published').map((item) => html`<li>${item}</li>`)}
      </ul>
      <${section}>${t('model.simplifications.heading')}</${section}>
      <dl>
        ${SIMPLIFICATIONS.map(
          (id) => html`<dt>${t(`model.simplification.${id}.title`)}</dt>
            <dd>${t(`model.simplification.${id}.text`)}</dd>`,
        )}
      </dl>
      <${section}>${t('model.personLayer.heading')}</${section}>
      <p>${t('model.personLayer.lead')}</p>
      <p><strong>${t('model.personLayer.simplifies.heading')}</strong></p>
      <ul>
        ${tList('model.personLayer.simplifies').map((item) => html`<li>${item}</li>`)}
      </ul>
      <${section}>${t('model.readMore.heading')}</${section}>
      <p>${t('model.readMore.readme')}</p>
      <p>${t('model.readMore.works')}</p>
      <ul class="reading">
        ${READING.map((key) => html`<li>${renderCitation(BIBLIOGRAPHY[key])}</li>`)}
      </ul>`;
  }
}

/** A citation, with its address as a link when it has one. */
export function renderCitation(citation: Citation) {
  // A work is cited as published, in English whatever the page's language: marked so, for screen readers.
  const text = html`<span lang="en">${citation.text}</span>`;
  return citation.url ? html`${text} <a href=${citation.url} rel="noopener">${citation.url.replace(/^https:\/\//, '')}</a>` : text;
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-model-facts': ModelFacts;
  }
}
