/**
 * The story player: steps through a preset's chapters. For each chapter it asks its host to apply
 * the chapter's parameters and play to the chapter's day (`story-chapter`); once the host's run
 * and playback have reached that day it names the part of the page to highlight
 * (`story-highlight`) and shows the chapter's sentences with numbers read from that run. After
 * the last chapter it offers things to notice and try, and the sandbox. The host drives it with
 * next(), back() and goTo(i), or the user with buttons and the arrow keys.
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { RunResult } from '../../models/index.ts';
import type { Preset } from '../../presets/index.ts';
import { getLocale, t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';
import { chapterRequest, chapterText, chapterTitle, presetHref, runServesChapter, storyTitle, type ChapterRequest } from './story.ts';
import '../i18n/parts/learning.ts';

/** What the player is showing: no story, a chapter waiting for its run, a chapter with its text, a failure, the end. */
export type PlayerStatus = 'empty' | 'waiting' | 'ready' | 'failed' | 'end';

export interface StoryHighlightDetail {
  presetId: string;
  index: number;
  region: ChapterRequest['region'];
  mapLayer: ChapterRequest['mapLayer'];
}

export interface StorySandboxDetail {
  presetId: string;
  /** The last chapter's params and the seed, for a host that opens the sandbox in place. */
  params: ChapterRequest['params'];
  seed: number;
  href: string;
}

/**
 * Guided story for one preset.
 * @fires story-chapter - CustomEvent<ChapterRequest>: apply `params` (or `overrides` on the preset), run with `seed`, play to `day` and pause.
 * @fires story-highlight - CustomEvent<StoryHighlightDetail>: the chapter's day is reached; highlight `region` (and show `mapLayer` on the map).
 * @fires story-end - CustomEvent<{presetId}>: the user went past the last chapter.
 * @fires story-sandbox - CustomEvent<StorySandboxDetail>, cancelable: "Open the sandbox"; cancel to stay in the page, else the link is followed.
 * @csspart text - the chapter's sentences
 */
@customElement('runaway-story-player')
export class StoryPlayer extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      section {
        display: flex;
        flex-direction: column;
        gap: 0.6rem;
      }
      .eyebrow {
        margin: 0;
        font-size: 0.95rem;
        font-weight: 700;
        letter-spacing: 0.02em;
        color: var(--ink-soft);
      }
      ol.steps {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      ol.steps button {
        min-width: 36px;
        min-height: 36px;
        padding: 0 0.4rem;
        border-radius: 18px;
        font-size: 0.9rem;
      }
      ol.steps button[aria-current='step'] {
        background: var(--ink);
        border-color: var(--ink);
        color: #fff;
      }
      h2 {
        margin: 0.2rem 0 0;
        font-size: 1.45rem;
        line-height: 1.2;
      }
      h3 {
        margin: 0.4rem 0 0.2rem;
        font-size: 1.05rem;
      }
      .progress {
        margin: 0;
        font-size: 0.9rem;
        color: var(--ink-soft);
      }
      .text {
        margin: 0;
        font-size: 1.15rem;
        line-height: 1.5;
        min-height: 7.5em;
      }
      .text.end {
        min-height: 0;
      }
      .text.waiting {
        color: var(--ink-soft);
        font-style: italic;
      }
      .text.failed {
        color: var(--error);
      }
      ul {
        margin: 0;
        padding-left: 1.2rem;
        font-size: 1rem;
      }
      li {
        margin-bottom: 0.3rem;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-top: 0.2rem;
      }
      .controls .primary {
        font-weight: 700;
      }
      a.button {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        padding: 0.35em 0.9em;
        border-radius: var(--radius);
        background: var(--ink);
        color: #fff;
        font-weight: 700;
        text-decoration: none;
      }
      a.button:hover {
        background: #3a3c40;
      }
      .hint {
        margin: 0;
        font-size: 0.85rem;
        color: var(--ink-soft);
      }
    `,
  ];

  /** The preset whose story is told. Setting it starts at chapter 1 (unless `index` is set at the same time). */
  @property({ attribute: false }) preset: Preset | null = null;
  /** The host's current run; the chapter's text appears once it is the chapter's run and reaches its day. */
  @property({ attribute: false }) result: RunResult | null = null;
  /**
   * Days the host has played (1-based count); the text appears when it equals the chapter's day,
   * that is, when playback has paused there. Null when the host does not animate playback.
   */
  @property({ attribute: false }) daysPlayed: number | null = null;
  /** The current chapter (0-based); the number of chapters means the end screen. */
  @property({ type: Number }) index = 0;
  /** Set by the host when the current chapter's run failed: the reason, shown in place of the text. */
  @property({ attribute: false }) failure: string | null = null;
  /** Link of "Open the sandbox"; `{id}` becomes the preset id. */
  @property({ attribute: 'sandbox-href' }) sandboxHref = 'index.html#preset={id}';
  /** Also take ← and → from anywhere on the page (not only when focus is in the player). */
  @property({ type: Boolean, attribute: 'global-keys' }) globalKeys = false;
  /** What the player shows (reflected, for styling and tests). */
  @property({ reflect: true }) status: PlayerStatus = 'empty';

  private text = '';
  /** The chapter whose story-highlight was last sent while it stays ready (preset|index). */
  private highlightedChapter: string | null = null;
  private textKey: { result: RunResult; chapterId: string; presetId: string; locale: string } | null = null;

  constructor() {
    super();
    new LocaleController(this);
    this.addEventListener('keydown', this.onKeyDown);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.globalKeys) document.addEventListener('keydown', this.onDocumentKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onDocumentKeyDown);
  }

  /** The number of chapters (0 without a preset). */
  get count(): number {
    return this.preset?.story.length ?? 0;
  }

  /** Goes to the next chapter, or to the end screen after the last. */
  next(): void {
    this.goTo(this.index + 1);
  }

  /** Goes to the previous chapter. */
  back(): void {
    this.goTo(this.index - 1);
  }

  /** Goes to chapter `index` (0-based; the number of chapters shows the end screen). */
  goTo(index: number): void {
    this.index = Math.max(0, Math.min(this.count, Math.floor(index)));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('preset') && !changed.has('index') && changed.get('preset') !== undefined) this.index = 0;
    this.index = Math.max(0, Math.min(this.count, Number.isFinite(this.index) ? Math.floor(this.index) : 0));
    if ((changed.has('index') || changed.has('preset')) && !changed.has('failure')) this.failure = null;
    this.status = this.currentStatus();
    if (this.status === 'ready') this.text = this.currentText();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('globalKeys')) {
      document.removeEventListener('keydown', this.onDocumentKeyDown);
      if (this.globalKeys && this.isConnected) document.addEventListener('keydown', this.onDocumentKeyDown);
    }
    const preset = this.preset;
    if (!preset) return;
    if (changed.has('index') || changed.has('preset')) {
      if (this.index < this.count) this.emit('story-chapter', chapterRequest(preset, this.index));
      else this.emit('story-end', { presetId: preset.id });
    }
    // Once per chapter shown: when it becomes ready, even if the previous chapter was ready too.
    const shown = this.status === 'ready' ? `${preset.id}|${this.index}` : null;
    if (shown !== null && shown !== this.highlightedChapter) {
      const chapter = preset.story[this.index]!;
      const detail: StoryHighlightDetail = { presetId: preset.id, index: this.index, region: chapter.region, mapLayer: chapter.mapLayer };
      this.emit('story-highlight', detail);
    }
    this.highlightedChapter = shown;
  }

  private currentStatus(): PlayerStatus {
    const preset = this.preset;
    if (!preset || this.count === 0) return 'empty';
    if (this.index >= this.count) return 'end';
    if (this.failure) return 'failed';
    const chapter = preset.story[this.index]!;
    // The host has paused on the chapter's day (or does not animate at all).
    const played = this.daysPlayed === null || this.daysPlayed === chapter.day;
    return runServesChapter(this.result, chapter, preset.seed) && played ? 'ready' : 'waiting';
  }

  /** The chapter's sentences, recomputed only when the run or the chapter changes. */
  private currentText(): string {
    const preset = this.preset!;
    const chapter = preset.story[this.index]!;
    const key = this.textKey;
    const locale = getLocale();
    if (key && key.result === this.result && key.chapterId === chapter.id && key.presetId === preset.id && key.locale === locale) return this.text;
    this.textKey = { result: this.result!, chapterId: chapter.id, presetId: preset.id, locale };
    return chapterText(preset, chapter, this.result!);
  }

  protected override render() {
    const preset = this.preset;
    if (!preset || this.count === 0) return html`<p class="progress">${t('player.empty')}</p>`;
    const title = storyTitle(preset);
    return html`<section aria-label=${t('player.label', { title })}>
      <p class="eyebrow">${title}</p>
      ${this.renderSteps(preset)} ${this.index < this.count ? this.renderChapter(preset) : this.renderEnd(preset)}
    </section>`;
  }

  private renderSteps(preset: Preset) {
    return html`<nav aria-label=${t('player.chapterList')}>
      <ol class="steps">
        ${preset.story.map(
          (chapter, index) =>
            html`<li>
              <button
                class="small"
                aria-current=${index === this.index ? 'step' : 'false'}
                aria-label=${t('player.goTo', { index: index + 1, title: chapterTitle(preset, chapter) })}
                @click=${() => this.goTo(index)}
              >
                ${index + 1}
              </button>
            </li>`,
        )}
        <li>
          <button class="small" aria-current=${this.index === this.count ? 'step' : 'false'} aria-label=${t('player.end.title')} @click=${() => this.goTo(this.count)}>
            ✓
          </button>
        </li>
      </ol>
    </nav>`;
  }

  private renderChapter(preset: Preset) {
    const chapter = preset.story[this.index]!;
    const last = this.index === this.count - 1;
    const body =
      this.status === 'ready'
        ? html`<p class="text" part="text">${this.text}</p>`
        : this.status === 'failed'
          ? html`<p class="text failed" part="text">${t('player.failed', { message: this.failure ?? '' })}</p>`
          : html`<p class="text waiting" part="text">${t('player.waiting', { day: chapter.day })}</p>`;
    return html`<h2 id="chapter-title">${chapterTitle(preset, chapter)}</h2>
      <p class="progress">${t('player.progress', { index: this.index + 1, count: this.count })} · ${t('player.day', { day: chapter.day })}</p>
      <div aria-live="polite" aria-busy=${this.status === 'waiting' ? 'true' : 'false'}>${body}</div>
      <div class="controls">
        <button ?disabled=${this.index === 0} @click=${() => this.back()}>← ${t('player.back')}</button>
        <button class="primary" @click=${() => this.next()}>${last ? t('player.finish') : t('player.next')} →</button>
      </div>
      <p class="hint">${t('player.keys')}</p>`;
  }

  private renderEnd(preset: Preset) {
    const href = presetHref(this.sandboxHref, preset.id);
    const list = (heading: string, items: string[]) =>
      items.length ? html`<h3>${heading}</h3><ul>${items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing;
    return html`<h2 id="chapter-title">${t('player.end.title')}</h2>
      <p class="text end">${t('player.end.text')}</p>
      <div class="controls">
        <button @click=${() => this.back()}>← ${t('player.back')}</button>
        <a class="button" href=${href} @click=${(event: MouseEvent) => this.onSandbox(event, href)}>${t('player.sandbox')}</a>
        <button @click=${() => this.goTo(0)}>${t('player.restart')}</button>
      </div>
      ${list(t('player.notice'), preset.thingsToNotice.map((id) => t(`preset.${preset.id}.notice.${id}`)))}
      ${list(t('player.try'), preset.thingsToTry.map((id) => t(`preset.${preset.id}.try.${id}`)))}
      ${list(t('player.discuss'), preset.discussionQuestions.map((id) => t(`discussion.${id}.question`)))}`;
  }

  private onSandbox(event: MouseEvent, href: string): void {
    const preset = this.preset!;
    const lastChapter = preset.story[preset.story.length - 1]!;
    const detail: StorySandboxDetail = { presetId: preset.id, params: lastChapter.params, seed: preset.seed, href };
    if (!this.emit('story-sandbox', detail, true)) event.preventDefault();
  }

  private emit(type: string, detail: unknown, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (this.handleArrow(event)) event.stopPropagation();
  };

  private readonly onDocumentKeyDown = (event: KeyboardEvent): void => {
    // Keys typed inside the player were handled by onKeyDown already.
    if (event.composedPath().includes(this)) return;
    this.handleArrow(event);
  };

  /** ← and → move between chapters unless a text field, a slider or another widget uses them. */
  private handleArrow(event: KeyboardEvent): boolean {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return false;
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))) return false;
    event.preventDefault();
    if (event.key === 'ArrowRight') this.next();
    else this.back();
    return true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-story-player': StoryPlayer;
  }
  interface HTMLElementEventMap {
    'story-chapter': CustomEvent<ChapterRequest>;
    'story-highlight': CustomEvent<StoryHighlightDetail>;
    'story-end': CustomEvent<{ presetId: string }>;
    'story-sandbox': CustomEvent<StorySandboxDetail>;
  }
}
