/**
 * The guided-stories page: a gallery of stories, and for the chosen one the story player beside
 * the stage. It is the host the player asks for: it runs each chapter's params in the worker,
 * plays the run to the chapter's day (animated, or at once under reduced motion), pauses, and
 * highlights the region the chapter names. The URL (`#story=<id>&chapter=<n>`) follows along,
 * so every chapter of every story has its own link.
 */
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Params, RunResult } from '../../models/index.ts';
import { PRESETS, findPreset, type StoryMapLayer, type StoryRegion } from '../../presets/index.ts';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { hashLocale } from '../i18n/locale-choice.ts';
import { RunController, runTaskOutcome } from '../app/run-controller.ts';
import type { SimEngine } from '../sim-client-types.ts';
import { sharedStyles } from '../styles/shared.ts';
import './preset-gallery.ts';
import type { PresetSelectDetail } from './preset-gallery.ts';
import { readStoryHash, sameValue, storyHash, storyTitle, type ChapterRequest } from './story.ts';
import './site-nav.ts';
import './story-player.ts';
import './story-stage.ts';
import '../i18n/parts/learning.ts';

/** Time to play from day 1 to a chapter's day; shorter steps take proportionally less, but at least the minimum. */
const PLAY_MS = 1400;
const MIN_PLAY_MS = 350;

/**
 * The stories page.
 */
@customElement('runaway-story-page')
export class StoryPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        max-width: 110rem;
        margin: 0 auto;
        padding: 0 1rem 1rem;
      }
      .intro h1 {
        margin: 0.8rem 0 0.3rem;
        font-size: 1.7rem;
      }
      .intro p {
        margin: 0 0 0.8rem;
        max-width: 50rem;
      }
      .synthetic {
        font-size: 0.85rem;
        color: var(--ink-soft);
      }
      .story {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 1rem;
        margin-top: 0.7rem;
      }
      @media (min-width: 1000px) {
        .story {
          grid-template-columns: 24rem minmax(0, 1fr);
          align-items: start;
        }
        runaway-story-player {
          position: sticky;
          top: 0.5rem;
        }
      }
      .all {
        font-size: 0.9rem;
      }
      .banner {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        margin: 0.5rem 0;
        padding: 0.5rem 0.8rem;
        border: 1px solid var(--error);
        background: var(--error-tint);
        border-radius: var(--radius);
      }
      .banner p {
        margin: 0;
      }
    `,
  ];

  /** The worker client (set by stories-main.ts). */
  @property({ attribute: false }) engine: SimEngine | null = null;

  @state() private presetId: string | null = null;
  @state() private unknownId: string | null = null;
  @state() private index = 0;
  @state() private daysPlayed = 0;
  @state() private region: StoryRegion | null = null;
  @state() private mapLayer: StoryMapLayer | null = null;
  @state() private highlighted = false;
  @state() private chapterParams: Params | null = null;
  @state() private playing = false;

  private request: ChapterRequest | null = null;
  /** The chapter's run: a newer chapter's run supersedes an older one still computing. */
  private readonly runs = new RunController<RunResult>(this);
  /** The playing animation; a new chapter cancels it. */
  private frame = 0;

  constructor() {
    super();
    new LocaleController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.onHashChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    cancelAnimationFrame(this.frame);
  }

  protected override updated(): void {
    const preset = this.presetId ? findPreset(this.presetId) : undefined;
    document.title = preset ? `${storyTitle(preset)} · ${t('storyPage.pageTitle')}` : t('storyPage.pageTitle');
  }

  protected override render() {
    const preset = this.presetId ? findPreset(this.presetId) ?? null : null;
    return html`<runaway-site-nav current="stories"></runaway-site-nav>
      <main>${preset ? this.renderStory() : this.renderChooser()}</main>`;
  }

  private renderChooser() {
    return html`<section class="intro">
      <h1>${t('storyPage.title')}</h1>
      <p>${t('storyPage.lead')}</p>
      <p class="synthetic">${t('site.synthetic')}</p>
      ${this.unknownId ? html`<p role="alert">${t('storyPage.unknown', { id: this.unknownId })}</p>` : nothing}
      <h2 class="sr-only">${t('storyPage.choose')}</h2>
      <runaway-preset-gallery
        .presets=${PRESETS}
        .engine=${this.engine}
        href-template="stories.html#story={id}"
        title-source="story"
        show-stories
        @preset-select=${this.onSelect}
      ></runaway-preset-gallery>
    </section>`;
  }

  private renderStory() {
    const preset = findPreset(this.presetId!)!;
    const dayIndex = Math.max(0, this.daysPlayed - 1);
    const failure = this.runs.failure?.message ?? null;
    return html`${failure
        ? html`<div class="banner" role="alert">
            <p>${t('storyPage.workerFailed', { message: failure })}</p>
            <button @click=${this.retry}>${t('storyPage.retry')}</button>
          </div>`
        : nothing}
      <div class="story">
        <div>
          <p class="all"><a href="stories.html">← ${t('storyPage.allStories')}</a></p>
          <runaway-story-player
            .preset=${preset}
            .index=${this.index}
            .result=${this.runs.value}
            .daysPlayed=${this.daysPlayed}
            .failure=${failure}
            global-keys
            sandbox-href="index.html#preset={id}"
            @story-chapter=${this.onChapter}
            @story-highlight=${this.onHighlight}
            @story-end=${this.onEnd}
          ></runaway-story-player>
        </div>
        <runaway-story-stage
          aria-label=${t('stage.label')}
          .result=${this.runs.value}
          .day=${dayIndex}
          .region=${this.region}
          .mapLayer=${this.mapLayer}
          .highlighted=${this.highlighted}
          .params=${this.chapterParams}
          .baseParams=${preset.params}
          .playing=${this.playing}
        ></runaway-story-stage>
      </div>`;
  }

  private readonly onHashChange = (): void => {
    const { id, chapter } = readStoryHash(window.location.hash);
    const preset = id ? findPreset(id) : undefined;
    this.unknownId = id && !preset ? id : null;
    if (!preset) {
      this.presetId = null;
      return;
    }
    this.presetId = preset.id;
    this.index = Math.min(chapter, preset.story.length);
  };

  private onSelect(event: CustomEvent<PresetSelectDetail>): void {
    event.preventDefault();
    window.location.hash = storyHash(event.detail.id, 0, hashLocale(window.location.hash));
  }

  private onChapter(event: CustomEvent<ChapterRequest>): void {
    const request = event.detail;
    this.request = request;
    this.index = request.index;
    this.region = request.region;
    this.mapLayer = request.mapLayer;
    this.highlighted = false;
    this.chapterParams = request.params;
    window.history.replaceState(null, '', storyHash(request.presetId, request.index, hashLocale(window.location.hash)));
    void this.play(request);
  }

  private onHighlight(): void {
    this.highlighted = true;
  }

  private onEnd(event: CustomEvent<{ presetId: string }>): void {
    this.index = findPreset(event.detail.presetId)?.story.length ?? 0;
    this.highlighted = false;
    window.history.replaceState(null, '', storyHash(event.detail.presetId, this.index, hashLocale(window.location.hash)));
  }

  private retry(): void {
    if (this.request) void this.play(this.request);
  }

  /** Runs the chapter's params unless the current run already is them, then plays to its day. */
  private async play(request: ChapterRequest): Promise<void> {
    cancelAnimationFrame(this.frame);
    const current = this.runs.value;
    if (current && current.seed === request.seed && sameValue(current.params, request.params)) {
      // The run on screen is the chapter's: any other run still computing is dropped.
      this.runs.show(current);
      this.playTo(request.day, this.daysPlayed <= request.day ? this.daysPlayed : 0);
      return;
    }
    this.daysPlayed = 0;
    const engine = this.engine;
    const outcome = await this.runs.run(async () =>
      engine ? runTaskOutcome(await engine.run(request.params, request.seed)) : { status: 'failed', message: t('app.workerNotStarted') },
    );
    if (outcome?.status === 'done') this.playTo(request.day, 0);
  }

  /** Animates daysPlayed from `from` to `day`, then pauses there (a newer chapter cancels the frame). */
  private playTo(day: number, from: number): void {
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // A step of a day or two is shown at once; longer stretches play, shorter ones faster.
    const duration = reduced || day - from < 2 ? 0 : Math.max(MIN_PLAY_MS, (PLAY_MS * (day - from)) / day);
    if (duration === 0) {
      this.daysPlayed = day;
      this.playing = false;
      return;
    }
    const start = performance.now();
    this.playing = true;
    const step = (now: number) => {
      const progress = Math.min(1, (now - start) / duration);
      this.daysPlayed = Math.max(1, Math.round(from + (day - from) * progress));
      if (progress < 1) this.frame = requestAnimationFrame(step);
      else this.playing = false;
    };
    this.frame = requestAnimationFrame(step);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-story-page': StoryPage;
  }
}
