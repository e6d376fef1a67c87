/**
 * The scenario gallery: one card per preset with its title, one-line caption and a thumbnail
 * drawn from the preset's own run (computed on the worker pool). Each card is a link to the
 * preset's own URL, so it works with no host at all; a host that handles `preset-select` and
 * cancels it keeps the click in the page instead.
 */
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PRESETS, type Preset } from '../../presets/index.ts';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { createSimClient } from '../sim-client.ts';
import { sharedStyles } from '../styles/shared.ts';
import { presetCaption, presetHref, presetTitle, storyTitle } from './story.ts';
import { loadThumbnail, type ThumbnailEngine, type ThumbnailOutcome } from './thumbnail-loader.ts';
import './preset-thumbnail.ts';
import '../i18n/parts/learning.ts';

export interface PresetSelectDetail {
  id: string;
  /** The card's link, which the browser follows unless a listener cancels the event. */
  href: string;
}

/**
 * Cards for choosing a preset.
 * @fires preset-select - CustomEvent<{id, href}>, cancelable: a card was chosen; cancel it to stay on the page.
 * @csspart card - each card's link (its title; the link covers the whole card)
 */
@customElement('runaway-preset-gallery')
export class PresetGallery extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
        gap: 0.75rem;
      }
      li {
        display: flex;
      }
      .card {
        position: relative;
        flex: 1;
        display: flex;
        flex-direction: column;
        gap: 0.35rem;
        padding: 0.7rem 0.8rem 0.6rem;
        background: var(--panel);
        border: 1px solid var(--rule);
        border-radius: var(--radius);
      }
      .card:hover {
        border-color: var(--rule-strong);
        background: #fdfcf9;
      }
      .card.current {
        border: 2px solid var(--ink);
        padding: calc(0.7rem - 1px) calc(0.8rem - 1px) calc(0.6rem - 1px);
      }
      h3 a {
        color: inherit;
        text-decoration: none;
      }
      h3 a::after {
        content: '';
        position: absolute;
        inset: 0;
        border-radius: var(--radius);
      }
      h3 a:focus-visible {
        outline: none;
      }
      h3 a:focus-visible::after {
        outline: 3px solid var(--focus);
        outline-offset: 2px;
      }
      .card:hover h3 a {
        text-decoration: underline;
      }
      h3 {
        margin: 0;
        font-size: 1.05rem;
      }
      .caption {
        margin: 0;
        flex: 1;
        font-size: 0.88rem;
        line-height: 1.35;
        color: var(--ink-soft);
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 0 0.6rem;
        margin: 0;
        font-size: 0.78rem;
        color: var(--ink-soft);
      }
      .key-patrols {
        color: var(--data);
        font-weight: 600;
      }
      .key-truth {
        color: var(--real);
        font-weight: 600;
      }
    `,
  ];

  /** The presets to show, in order. */
  @property({ attribute: false }) presets: readonly Preset[] = PRESETS;
  /** Id of the current preset (marked on its card). */
  @property() selected = '';
  /** Link of each card; `{id}` becomes the preset id. */
  @property({ attribute: 'href-template' }) hrefTemplate = 'index.html#preset={id}';
  /** Card titles: the preset's own title, or its story's title (on the stories page). */
  @property({ attribute: 'title-source' }) titleSource: 'preset' | 'story' = 'preset';
  /** Shows each preset's number of story chapters. */
  @property({ type: Boolean, attribute: 'show-stories' }) showStories = false;
  /** The worker client that runs thumbnails; without one the gallery starts its own one-worker pool. */
  @property({ attribute: false }) engine: ThumbnailEngine | null = null;

  @state() private thumbnails = new Map<string, ThumbnailOutcome>();
  private ownEngine: (ThumbnailEngine & { dispose(): void }) | null = null;
  private requested = new Set<string>();

  constructor() {
    super();
    new LocaleController(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownEngine?.dispose();
    this.ownEngine = null;
    this.requested.clear();
  }

  protected override updated(): void {
    this.requestThumbnails();
  }

  protected override render() {
    return html`<ul aria-label=${t('gallery.label')}>
      ${this.presets.map((preset) => this.renderCard(preset))}
    </ul>`;
  }

  private renderCard(preset: Preset) {
    const href = presetHref(this.hrefTemplate, preset.id);
    const outcome = this.thumbnails.get(preset.id);
    // The accessible card pattern: the title is the link, and its ::after covers the whole card.
    return html`<li>
      <article class=${preset.id === this.selected ? 'card current' : 'card'}>
        <h3>
          <a
            part="card"
            href=${href}
            aria-current=${preset.id === this.selected ? 'true' : 'false'}
            @click=${(event: MouseEvent) => this.onSelect(event, preset.id, href)}
            >${this.titleSource === 'story' ? storyTitle(preset) : presetTitle(preset)}</a
          >
        </h3>
        <p class="caption">${presetCaption(preset)}</p>
        <runaway-preset-thumbnail
          .data=${outcome?.status === 'done' ? outcome.data : null}
          .failure=${outcome?.status === 'failed' ? outcome.message : null}
        ></runaway-preset-thumbnail>
        <p class="meta">
          <span aria-hidden="true"
            ><span class="key-patrols">— ${t('gallery.legendPatrols')}</span> · <span class="key-truth">- - ${t('gallery.legendTruth')}</span></span
          >
          ${this.showStories ? html`<span>${t('gallery.chapters', { count: preset.story.length })}</span>` : nothing}
        </p>
      </article>
    </li>`;
  }

  private onSelect(event: MouseEvent, id: string, href: string): void {
    // Modified clicks (new tab, new window) are the browser's, not a selection.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const detail: PresetSelectDetail = { id, href };
    const proceed = this.dispatchEvent(new CustomEvent('preset-select', { detail, bubbles: true, composed: true, cancelable: true }));
    if (!proceed) event.preventDefault();
  }

  /** Starts each visible preset's thumbnail run once; results arrive one by one. */
  private requestThumbnails(): void {
    const engine = this.engine ?? this.ensureOwnEngine();
    for (const preset of this.presets) {
      if (this.requested.has(preset.id)) continue;
      this.requested.add(preset.id);
      void loadThumbnail(engine, preset).then((outcome) => {
        if (!this.isConnected) return;
        this.thumbnails = new Map(this.thumbnails).set(preset.id, outcome);
      });
    }
  }

  private ensureOwnEngine(): ThumbnailEngine {
    if (!this.ownEngine) this.ownEngine = createSimClient({ poolSize: 1 });
    return this.ownEngine;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-preset-gallery': PresetGallery;
  }
  interface HTMLElementEventMap {
    'preset-select': CustomEvent<PresetSelectDetail>;
  }
}
