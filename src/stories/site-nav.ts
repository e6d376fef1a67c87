/**
 * The header of the stories, teacher and about pages: the site name, links to every view
 * (including "What this model is", so it is one click from anywhere) and, when more than one
 * catalogue is registered, the language switch.
 */
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/index.ts';
import '../components/language-menu.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';

const PAGES = [
  { id: 'explorable', href: 'index.html', key: 'nav.explorable' },
  { id: 'stories', href: 'stories.html', key: 'nav.stories' },
  { id: 'lab', href: 'lab.html', key: 'nav.lab' },
  { id: 'teacher', href: 'teacher.html', key: 'nav.teacher' },
  { id: 'about', href: 'about.html', key: 'nav.about' },
] as const;

/**
 * Site header and navigation.
 */
@customElement('runaway-site-nav')
export class SiteNav extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.3rem 1.2rem;
        padding: 0.45rem 0;
        border-bottom: 1px solid var(--rule);
      }
      .name {
        margin: 0;
        font-size: 1.25rem;
        font-weight: 800;
      }
      .name a {
        color: inherit;
        text-decoration: none;
      }
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.8rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      nav a {
        display: inline-block;
        padding: 0.35rem 0.1rem;
        color: var(--ink);
        font-size: 0.95rem;
        font-weight: 600;
        text-underline-offset: 3px;
      }
      nav a[aria-current='page'] {
        text-decoration-thickness: 3px;
      }
      runaway-language-menu {
        margin-left: auto;
      }
    `,
  ];

  /** The page this header is on: explorable, stories, lab, teacher or about. */
  @property() current = '';

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override render() {
    return html`<header>
      <p class="name"><a href="index.html">${t('site.name')}</a></p>
      <nav aria-label=${t('nav.label')}>
        <ul>
          ${PAGES.map((page) => html`<li><a href=${page.href} aria-current=${page.id === this.current ? 'page' : 'false'}>${t(page.key)}</a></li>`)}
        </ul>
      </nav>
      <runaway-language-menu></runaway-language-menu>
    </header>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-site-nav': SiteNav;
  }
}
