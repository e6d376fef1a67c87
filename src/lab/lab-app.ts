/**
 * `<runaway-lab-app>`: the "Compare, replicate and sweep" page. Five views as tabs, sharing one
 * simulation engine; a view is created the first time its tab opens (so only what is looked at
 * runs) and kept afterwards, hidden, so its results survive a change of tab. The tab is in the URL
 * hash (#compare, #replicates, #sweep, #heatmap, #cost-benefit) so a link can open any of them.
 */
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import type { SimEngine } from '../sim-client-types.ts';
import './compare-view.ts';
import './cost-benefit-view.ts';
import { sharedLabEngine } from './engine.ts';
import { labStyles } from './lab-styles.ts';
import './replicates-view.ts';
import './sweep-view.ts';
import './heatmap-view.ts';
import '../i18n/parts/lab.ts';

/** The tabs, in order; each one's name is the message `lab.tab.<id>`. */
export const LAB_TABS = [{ id: 'compare' }, { id: 'replicates' }, { id: 'sweep' }, { id: 'heatmap' }, { id: 'cost-benefit' }] as const;
export type LabTab = (typeof LAB_TABS)[number]['id'];

/** A tab's name in the message locale, e.g. "Compare A and B". */
export function tabLabel(tab: LabTab): string {
  return t(`lab.tab.${tab}`);
}

function tabFromHash(hash: string): LabTab {
  const id = hash.replace(/^#/, '');
  return LAB_TABS.find((tab) => tab.id === id)?.id ?? 'compare';
}

/**
 * The lab page's tabs.
 * @csspart tabs - the tab list
 */
@customElement('runaway-lab-app')
export class LabApp extends LitElement {
  static override styles = [
    labStyles,
    css`
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
        border-bottom: 2px solid var(--rule, #d9d6cf);
        margin-bottom: 1rem;
      }
      [role='tab'] {
        border-bottom-left-radius: 0;
        border-bottom-right-radius: 0;
        border-bottom: none;
        margin-bottom: -2px;
      }
      [role='tab'][aria-selected='true'] {
        background: var(--paper, #fbfaf7);
        border-color: var(--ink, #1c1d1f);
        border-bottom: 2px solid var(--paper, #fbfaf7);
        font-weight: 700;
      }
    `,
  ];

  /** The engine every view uses; the page's shared engine when not set. */
  @property({ attribute: false }) engine?: SimEngine;
  @state() private tab: LabTab = tabFromHash(globalThis.location?.hash ?? '');
  /** Tabs opened at least once (their views exist). */
  @state() private opened = new Set<LabTab>([this.tab]);

  private readonly onHashChange = () => this.select(tabFromHash(location.hash), false);

  constructor() {
    super();
    new LocaleController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  override render() {
    const engine = this.engine ?? sharedLabEngine();
    return html`
      <div role="tablist" part="tabs" aria-label=${t('lab.tabs.label')} @keydown=${this.onKeyDown}>
        ${LAB_TABS.map(
          (tab) => html`<button
            type="button"
            role="tab"
            id="tab-${tab.id}"
            aria-controls="panel-${tab.id}"
            aria-selected=${tab.id === this.tab ? 'true' : 'false'}
            tabindex=${tab.id === this.tab ? 0 : -1}
            @click=${() => this.select(tab.id, true)}
          >
            ${tabLabel(tab.id)}
          </button>`,
        )}
      </div>
      ${LAB_TABS.map(
        (tab) => html`<section role="tabpanel" id="panel-${tab.id}" aria-labelledby="tab-${tab.id}" ?hidden=${tab.id !== this.tab}>
          ${this.opened.has(tab.id) ? this.renderView(tab.id, engine) : ''}
        </section>`,
      )}
    `;
  }

  private renderView(tab: LabTab, engine: SimEngine) {
    switch (tab) {
      case 'compare':
        return html`<runaway-compare-view .engine=${engine}></runaway-compare-view>`;
      case 'replicates':
        return html`<runaway-replicates-view .engine=${engine} autorun></runaway-replicates-view>`;
      case 'sweep':
        return html`<runaway-sweep-view .engine=${engine}></runaway-sweep-view>`;
      case 'heatmap':
        return html`<runaway-heatmap-view .engine=${engine}></runaway-heatmap-view>`;
      case 'cost-benefit':
        return html`<runaway-cost-benefit-view .engine=${engine} autorun></runaway-cost-benefit-view>`;
    }
  }

  private select(tab: LabTab, updateHash: boolean): void {
    this.tab = tab;
    if (!this.opened.has(tab)) this.opened = new Set([...this.opened, tab]);
    if (updateHash) history.replaceState(null, '', `#${tab}`);
  }

  /** Arrow keys, Home and End move between tabs (the ARIA tabs pattern). */
  private onKeyDown(event: KeyboardEvent): void {
    const index = LAB_TABS.findIndex((tab) => tab.id === this.tab);
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % LAB_TABS.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + LAB_TABS.length) % LAB_TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = LAB_TABS.length - 1;
    else return;
    event.preventDefault();
    const tab = LAB_TABS[next]!.id;
    this.select(tab, true);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-lab-app': LabApp;
  }
}
