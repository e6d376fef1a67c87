/**
 * The iframe mode (embed.html): the simulation named by the URL hash, without the app's chrome
 * (no settings panel, playback bar or gallery), and an "Open the full version" link that carries
 * the same state to the full app. A malformed or tampered hash still opens, with a notice that
 * names what was ignored and why. A reader can also download the charts and data, or take the
 * embed code to put the same run in another page.
 */
import { LitElement, css, html, nothing } from 'lit';
import { srOnlyStyles } from '../styles/shared.ts';
import { customElement, query, state } from 'lit/decorators.js';
import type { RunResult } from '../../models/index.ts';
import '../components/language-menu.ts';
import '../export/export-menu.ts';
import { getLocale, t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { decodePermalink, encodePermalink, encodeValue, type DecodedPermalink } from '../share/permalink.ts';
import '../share/share-menu.ts';
import type { ScenarioOpenDetail } from '../share/share-menu.ts';
import { diffParams } from '../share/share-state.ts';
import { presetTitle } from '../stories/story.ts';
import type { EmbedDialog } from './embed-dialog.ts';
import './embed-dialog.ts';
import type { RunawaySim } from './runaway-sim.ts';
import './runaway-sim.ts';
import '../i18n/parts/learning.ts';

/** Where the full app lives, relative to embed.html. */
const FULL_APP = './index.html';

/**
 * The whole embed page.
 * @csspart bar - the line with the "open the full version" link
 */
@customElement('runaway-embed-frame')
export class RunawayEmbedFrame extends LitElement {
  static override styles = [
    srOnlyStyles,
    css`
    :host {
      display: block;
      padding: 0.5rem 0.75rem 0.75rem;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: flex-end;
      gap: 0.5rem 1rem;
      margin-bottom: 0.25rem;
      font-size: 0.95rem;
    }
    a {
      color: #1a56db;
      padding: 0.5rem 0;
    }
    button {
      font: inherit;
      min-height: 44px;
      padding: 0.35em 0.9em;
      border: 1px solid #a9a59c;
      border-radius: 6px;
      background: #ffffff;
      color: inherit;
      cursor: pointer;
    }
    a:focus-visible,
    button:focus-visible {
      outline: 3px solid #1a56db;
      outline-offset: 2px;
    }
    .notice {
      margin: 0 0 0.6rem;
      padding: 0.5rem 0.8rem;
      background: #fff4d6;
      border: 1px solid #7a4d00;
      border-radius: 6px;
    }
    .notice p,
    .notice ul {
      margin: 0 0 0.3rem;
    }
  `,
  ];

  @state() private decoded: DecodedPermalink = decodePermalink(location.hash);
  /** The locale the link's notices were worded in; they are worded again after a change of locale. */
  private decodedLocale = getLocale();
  /** The run the embed shows, once drawn (for the download menu). */
  @state() private result: RunResult | null = null;
  @query('runaway-sim') private sim?: RunawaySim;
  @query('runaway-embed-dialog') private dialog?: EmbedDialog;

  constructor() {
    super();
    new LocaleController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
  }

  /** A scenario file opened from the share menu: show its run, keeping the views on screen. */
  private onScenarioOpen(event: CustomEvent<ScenarioOpenDetail>): void {
    const view = this.decoded.state.view;
    location.hash = encodePermalink({ ...event.detail.state, view: { show: view.show, layer: view.layer } });
  }

  private readonly onHashChange = (): void => {
    this.decoded = decodePermalink(location.hash);
    this.decodedLocale = getLocale();
  };

  protected override willUpdate(): void {
    if (this.decodedLocale !== getLocale()) this.onHashChange();
  }

  protected override render() {
    const { state, notices } = this.decoded;
    const { view } = state;
    const params = Object.entries(state.overrides).map(([path, value]) => `${path}=${encodeValue(value)}`).join('; ');
    const fullLink = `${FULL_APP}#${encodePermalink(state)}`;
    const sim = this.sim;
    const shown = sim?.current;
    const label = shown ? { presetId: shown.preset.id, seed: shown.seed, modified: Object.keys(diffParams(shown.preset.params, shown.params)).length > 0 } : { presetId: state.presetId, seed: state.seed };
    // One main landmark and one h1 for the page (the iframe's document is this element): the
    // run's own title stays an h2 under it, so the charts' h3 titles follow in order.
    return html`
      <main>
        <h1 class="sr-only">${t('embed.page.title')}</h1>
        <div class="bar" part="bar">
          <runaway-share-menu .state=${shown?.state ?? state} .params=${shown?.params ?? null} link-base=${FULL_APP} @scenario-open=${this.onScenarioOpen}></runaway-share-menu>
          <runaway-export-menu .result=${this.result} .label=${label} .source=${sim ?? null}></runaway-export-menu>
          <button type="button" @click=${() => this.dialog?.show()}>${t('embed.frame.embed')}</button>
          <a href=${fullLink} target="_blank" rel="noopener">${t('embed.frame.fullVersion')}</a>
          <runaway-language-menu></runaway-language-menu>
        </div>
        <runaway-embed-dialog .state=${shown?.state ?? state} preset-title=${shown ? presetTitle(shown.preset) : ''}></runaway-embed-dialog>
        ${notices.length > 0
          ? html`<div class="notice" role="status">
              <p><strong>${t('share.notice.heading')}</strong></p>
              <ul>
                ${notices.map((notice) => html`<li>${notice.message}</li>`)}
              </ul>
            </div>`
          : nothing}
        <runaway-sim
          preset=${state.presetId}
          seed=${String(state.seed)}
          params=${params}
          show=${view.show ? view.show.join(',') : nothing}
          day=${view.day !== undefined ? String(view.day) : nothing}
          layer=${view.layer ?? nothing}
          chapter=${view.chapter !== undefined ? String(view.chapter) : nothing}
          ?story=${view.chapter !== undefined}
          app-url=${FULL_APP}
          @sim-rendered=${() => {
            this.result = this.sim?.result ?? null;
          }}
          @chapter-change=${() => this.requestUpdate()}
        ></runaway-sim>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-embed-frame': RunawayEmbedFrame;
  }
}
