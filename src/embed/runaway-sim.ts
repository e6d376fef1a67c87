/**
 * `<runaway-sim>`: the simulation as one element a host page (an article, a slide, a course
 * page) can place and drive. Attributes choose the preset, seed, parameter changes, views, day
 * and map layer; methods step through the preset's story so an article can reveal the loop in
 * stages. Runs are computed in a Web Worker shared by every embed on the page; the same
 * attributes always draw the same run.
 */
import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
// Lit's html that also takes static parts: the heading tags follow `heading-level`.
import { html, unsafeStatic } from 'lit/static-html.js';
import type { RunResult } from '../../models/index.ts';
import { daySnapshot } from '../app/day-snapshot.ts';
import { RunController, runTaskOutcome } from '../app/run-controller.ts';
import { liveSentence } from '../app/live-sentence.ts';
import '../components/city-map.ts';
import '../components/charts/runaway-chart.ts';
import { runChartSpec } from '../components/charts/run-charts.ts';
import { formatSerial } from '../i18n/format.ts';
import { MAP_LAYERS } from '../components/charts/map-layers.ts';
import { getLocale, t } from '../i18n/index.ts';
import { chooseLocale } from '../i18n/locale-choice.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { encodePermalink } from '../share/permalink.ts';
import type { ParamValue, ShareNotice } from '../share/share-state.ts';
import { VIEWS, type ViewId } from '../share/views.ts';
import { createSimClient } from '../sim-client.ts';
import type { SimClient } from '../sim-client-types.ts';
import '../stories/story-player.ts';
import { presetTitle, type ChapterRequest } from '../stories/story.ts';
import { chapterTexts } from './chapter-text.ts';
import { pageSharedRunner } from './shared-runner.ts';
import { regionView, resolveSimSettings, type SimSettings } from './sim-settings.ts';
import { simStyles } from './sim-styles.ts';
import '../i18n/parts/learning.ts';

export type SimStatus = 'idle' | 'running' | 'done' | 'invalid' | 'failed';

/** Detail of `sim-rendered`. */
export interface SimRenderedDetail {
  preset: string;
  seed: number;
  /** Day shown, counted from 1. */
  day: number;
  /** Chapter shown, counted from 1 (0 when none). */
  chapter: number;
}

/** Detail of `chapter-change`. */
export interface ChapterChangeDetail {
  /** Chapter now shown, counted from 1. */
  chapter: number;
  /** Chapters in the story. */
  count: number;
  /** The chapter's id in the preset file. */
  id: string;
  title: string;
}

/** Finished runs kept per element, so back() and repeated chapters redraw at once. */
const CACHED_RUNS = 4;

/**
 * An embeddable Runaway simulation.
 *
 * The global `lang` attribute (`lang="es"`) sets the language of the texts and numbers, when a catalogue exists for it.
 *
 * @fires sim-rendered - CustomEvent<SimRenderedDetail>: a run is drawn for the current settings (after every change that redraws).
 * @fires chapter-change - CustomEvent<ChapterChangeDetail>: the story chapter changed (attribute, property or next/back/goTo).
 * @fires sim-notice - CustomEvent<{notices}>: some attributes could not be used; each notice says which and why.
 * @fires run-failed - CustomEvent<{message, field}>: the run could not be computed (field is set when a parameter was refused).
 * @slot title - Replaces the heading (by default the preset's title; none when the story player shows the story's title).
 * @slot - Text under the heading, e.g. what the reader should look at.
 * @slot footer - Replaces the footer (by default a note that the city is synthetic, with the preset and seed).
 * @csspart header - the heading area
 * @csspart title - the default heading
 * @csspart chapter - the chapter box (title, text, and navigation when chapter-controls is set)
 * @csspart chapter-nav - the Back and Next buttons of the chapter box
 * @csspart views - the grid of views
 * @csspart view - each view's box (also `view-<name>`, e.g. `view-map`; the chapter's view also has `highlighted`)
 * @csspart sentence - the live sentence view
 * @csspart status - the "computing" or failure line
 * @csspart notice - the list of attributes that were ignored
 * @csspart footer - the footer
 * @cssprop --runaway-sim-font - font family (default: the system UI font)
 * @cssprop --runaway-sim-ink - text colour (default #1c1d1f)
 * @cssprop --runaway-sim-background - background (default #ffffff)
 * @cssprop --runaway-sim-panel - background of each view box (default #ffffff)
 * @cssprop --runaway-sim-rule - border colour of the view boxes (default #d9d6cf)
 * @cssprop --runaway-sim-accent - outline of the highlighted view and the focus ring (default #1a56db)
 * @cssprop --runaway-sim-min-column - narrowest column of the view grid (default 22rem)
 */
@customElement('runaway-sim')
export class RunawaySim extends LitElement {
  static override styles = simStyles;

  /** Id of the preset to run (see the preset gallery); unknown ids fall back to the default preset with a notice. */
  @property({ reflect: true }) preset = '';
  /** Seed of the run, a whole number from 0 to 4294967295 (default: the preset's seed). */
  @property() seed: string | null = null;
  /** Parameter changes from the preset as `path=value` pairs separated by `;`, e.g. `deployment.units=20; days=200`. */
  @property() params: string | null = null;
  /** Parameter changes as a property: values by dotted path, e.g. `{ 'deployment.units': 20 }`. Applied after `params`. */
  @property({ attribute: false }) overrides: Readonly<Record<string, ParamValue>> = {};
  /** Views to show, in order, separated by commas: map, share-chart, recorded-chart, disparity-chart, empty-stops-chart, lorenz-chart, sentence. */
  @property() show: string | null = null;
  /** Day shown, counted from 1 (default: the chapter's day, or the last day). */
  @property() day: string | null = null;
  /** Map layer: minority, trueCrime, recorded, risk, patrols or overPolicing (default: the chapter's, or overPolicing). */
  @property() layer: string | null = null;
  /** Story chapter of the preset, counted from 1; absent or 0 shows the preset without a story. */
  @property({ reflect: true }) chapter: string | null = null;
  /** Tallest the map may be, in CSS pixels (its legend and hint come below). */
  @property({ type: Number, attribute: 'map-height' }) mapHeight = 480;
  /**
   * Level of the element's heading, 1 to 5 (default 2, under the host page's own title); the
   * chapter's and the map's titles are one level below (the charts title themselves with h3).
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Shows Back and Next buttons under the chapter box (the story player has its own). */
  @property({ type: Boolean, attribute: 'chapter-controls' }) chapterControls = false;
  /**
   * Tells the preset's story with the guided story player (chapter list, sentences, Back and Next,
   * and an end screen with things to notice and try) in place of the chapter box; starts at
   * chapter 1, and uses the preset's seed, which the story's sentences were checked against.
   */
  @property({ type: Boolean }) story = false;
  /** The full app, for the story's "Open the sandbox" link (the preset id is added as `#preset=<id>`). */
  @property({ attribute: 'app-url' }) appUrl = 'index.html';
  /** A worker client to use instead of the page's shared one (the full app passes its own). */
  @property({ attribute: false }) runner: Pick<SimClient, 'run'> | null = null;

  /** Where the run stands. */
  get status(): SimStatus {
    const status = this.runs.status;
    return status === 'cancelled' ? 'idle' : status;
  }

  /** The run drawn now (null before the first run finishes). */
  get result(): RunResult | null {
    return this.runs.value;
  }

  /** Why the last run failed, if it did. */
  get failure(): { message: string; field: string | null } | null {
    return this.runs.failure;
  }

  /** The element's runs: a newer request supersedes one still computing, and removal cancels it. */
  private readonly runs = new RunController<RunResult>(this);

  private settings: SimSettings = resolveSimSettings({});
  /** The locale the settings' notices were worded in; they are worded again after a change of locale. */
  private settingsLocale = '';
  private runKey = '';
  private readonly cache = new Map<string, RunResult>();
  private noticesShown: ShareNotice[] = [];
  private noticesDismissed = false;
  private lastChapter = -1;
  private renderedWaiters: (() => void)[] = [];

  constructor() {
    super();
    new LocaleController(this);
  }

  /** What the element is set to: the resolved preset, params, seed, views, day and chapter, with notices. */
  get current(): Readonly<SimSettings> {
    return this.settings;
  }

  /** Attributes or properties that could not be used, each with a sentence saying why. */
  get notices(): readonly ShareNotice[] {
    return this.settings.notices;
  }

  /** Chapters in the preset's story. */
  get chapterCount(): number {
    return this.settings.preset.story.length;
  }

  /** Index of the chapter shown, from 0 (the story player's convention), or -1 when none. */
  get chapterIndex(): number {
    return this.settings.chapterIndex;
  }

  /** Shows the next chapter (from no chapter: the first). Returns false at the last chapter. */
  next(): boolean {
    return this.goTo(this.settings.chapterIndex + 1);
  }

  /** Shows the previous chapter. Returns false at the first chapter. */
  back(): boolean {
    return this.goTo(Math.max(0, this.settings.chapterIndex - 1));
  }

  /**
   * Shows chapter `index`, counted from 0 (goTo(0) is chapter 1; the story player's convention).
   * Returns false when out of range or already there.
   */
  goTo(index: number): boolean {
    if (!Number.isInteger(index) || index < 0 || index >= this.chapterCount || index === this.settings.chapterIndex) return false;
    this.chapter = String(index + 1);
    return true;
  }

  /** The permalink hash (without `#`) of what the element shows, for the full app or embed.html. */
  permalink(): string {
    return encodePermalink(this.settings.state);
  }

  /** Resolves once the current settings are drawn (or have failed). */
  whenRendered(): Promise<void> {
    if (this.status === 'done' || this.status === 'failed' || this.status === 'invalid') {
      return this.updateComplete.then(() => undefined);
    }
    return new Promise((resolve) => this.renderedWaiters.push(resolve));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (!this.runner) sharedRunner().forget(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // `lang="es"` sets the language of the element's texts and numbers (the page's, as texts are shared).
    const lang = this.getAttribute('lang');
    if (lang) void chooseLocale(lang);
    // Reconnected after a move in the DOM: run again if the last request was dropped.
    if (this.hasUpdated && this.runs.status === 'cancelled') this.requestRun();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['preset', 'seed', 'params', 'overrides', 'show', 'day', 'layer', 'chapter', 'story'] as const;
    const inputChanged = !this.hasUpdated || inputs.some((name) => changed.has(name));
    if (inputChanged || this.settingsLocale !== getLocale()) {
      this.settings = resolveSimSettings(this);
      this.settingsLocale = getLocale();
      // The same notices reworded in another language are not news.
      if (inputChanged) this.announceNotices();
      else this.noticesShown = this.settings.notices;
      const key = JSON.stringify([this.settings.params, this.settings.seed]);
      if (key !== this.runKey || changed.has('runner')) {
        this.runKey = key;
        this.requestRun();
      }
    } else if (changed.has('runner')) {
      this.requestRun();
    }
  }

  protected override updated(): void {
    if (this.settings.chapterIndex !== this.lastChapter) {
      this.lastChapter = this.settings.chapterIndex;
      const chapter = this.settings.chapter;
      if (chapter) {
        this.dispatchEvent(
          new CustomEvent<ChapterChangeDetail>('chapter-change', {
            detail: { chapter: this.settings.chapterIndex + 1, count: this.chapterCount, id: chapter.id, title: chapterTexts(this.settings.preset, chapter, null, this.settings.seed).title },
            bubbles: true,
            composed: true,
          }),
        );
      }
    }
    if (this.status === 'done' && this.result) {
      const day = this.shownDay(this.result);
      this.dataset.day = String(day + 1);
      this.dispatchEvent(
        new CustomEvent<SimRenderedDetail>('sim-rendered', {
          detail: { preset: this.settings.preset.id, seed: this.settings.seed, day: day + 1, chapter: this.settings.chapterIndex + 1 },
          bubbles: true,
          composed: true,
        }),
      );
    }
    this.dataset.status = this.status;
    if (this.status !== 'running') for (const resolve of this.renderedWaiters.splice(0)) resolve();
  }

  private requestRun(): void {
    const key = this.runKey;
    const cached = this.cache.get(key);
    if (cached) {
      this.runs.show(cached);
      return;
    }
    const { params, seed } = this.settings;
    const runner = this.runner;
    void this.runs.run(async () => runTaskOutcome(await (runner ? runner.run(params, seed) : sharedRunner().run(this, params, seed)))).then((outcome) => {
      if (outcome?.status === 'done') {
        this.cache.delete(key);
        this.cache.set(key, outcome.value);
        while (this.cache.size > CACHED_RUNS) this.cache.delete(this.cache.keys().next().value!);
      } else if (outcome?.status === 'invalid' || outcome?.status === 'failed') {
        this.dispatchEvent(new CustomEvent('run-failed', { detail: this.failure, bubbles: true, composed: true }));
      }
    });
  }

  private announceNotices(): void {
    const notices = this.settings.notices;
    if (JSON.stringify(notices) === JSON.stringify(this.noticesShown)) return;
    this.noticesShown = notices;
    this.noticesDismissed = false;
    if (notices.length > 0) {
      this.dispatchEvent(new CustomEvent('sim-notice', { detail: { notices }, bubbles: true, composed: true }));
    }
  }

  private shownDay(result: RunResult): number {
    const last = result.history.daysDone - 1;
    return this.settings.day === null ? last : Math.max(0, Math.min(last, this.settings.day));
  }

  protected override render(): TemplateResult {
    const { preset, seed, views, chapter } = this.settings;
    const result = this.result;
    const highlighted = chapter ? regionView(chapter.region) : null;
    return html`
      <header part="header">
        <slot name="title">${this.story && chapter ? nothing : html`<${this.heading(0)} class="title" part="title">${presetTitle(preset)}</${this.heading(0)}>`}</slot>
        <slot></slot>
      </header>
      ${this.renderNotices()} ${chapter ? (this.story ? this.renderStoryPlayer(result) : this.renderChapter(result)) : nothing}
      <p class="status" part="status" role="status" aria-live="polite">${this.statusText() || nothing}</p>
      <div class="views" part="views">${views.map((view) => this.renderView(view, result, view === highlighted))}</div>
      <footer part="footer">
        <slot name="footer">
          <p>${t(Object.keys(this.settings.state.overrides).length > 0 ? 'embed.sim.footer.changed' : 'embed.sim.footer', { preset: preset.id, seed: formatSerial(seed) })}</p>
        </slot>
      </footer>
    `;
  }

  /** The tag of a heading `depth` levels below the element's own (`heading-level`, kept within h1 to h6). */
  private heading(depth: number) {
    const level = Number.isInteger(this.headingLevel) ? Math.min(5, Math.max(1, this.headingLevel)) : 2;
    return unsafeStatic(`h${level + depth}`);
  }

  private statusText(): string {
    if (this.status === 'running') return t(this.result ? 'embed.sim.computingNew' : 'embed.sim.computing');
    if (this.failure) return t('embed.sim.failed', { message: this.failure.message });
    return '';
  }

  private renderNotices() {
    const notices = this.settings.notices;
    if (notices.length === 0 || this.noticesDismissed) return nothing;
    return html`<div class="notice" part="notice" role="status">
      <p><strong>${t('embed.sim.noticeHeading')}</strong></p>
      <ul>
        ${notices.map((notice) => html`<li>${notice.message}</li>`)}
      </ul>
      <button
        type="button"
        @click=${() => {
          this.noticesDismissed = true;
          this.requestUpdate();
        }}
      >
        ${t('share.notice.dismiss')}
      </button>
    </div>`;
  }

  /** The guided story player, driven by this element's chapter and fed its run. */
  private renderStoryPlayer(result: RunResult | null) {
    const { preset, chapterIndex } = this.settings;
    return html`<runaway-story-player
      part="chapter"
      .preset=${preset}
      .result=${result}
      .daysPlayed=${null}
      .index=${chapterIndex}
      .failure=${this.failure?.message ?? null}
      sandbox-href=${`${this.appUrl}#preset={id}`}
      @story-chapter=${(event: CustomEvent<ChapterRequest>) => {
        event.stopPropagation();
        this.goTo(event.detail.index);
      }}
      @story-highlight=${(event: Event) => event.stopPropagation()}
    ></runaway-story-player>`;
  }

  private renderChapter(result: RunResult | null) {
    const { preset, chapter, chapterIndex } = this.settings;
    const texts = chapterTexts(preset, chapter!, result, this.settings.seed);
    const count = t('embed.sim.chapterCount', { index: chapterIndex + 1, count: this.chapterCount });
    return html`<section class="chapter" part="chapter" aria-label=${count}>
      <p class="chapter-count">${count}</p>
      <${this.heading(1)} class="chapter-title">${texts.title}</${this.heading(1)}>
      ${texts.text ? html`<p class="chapter-text">${texts.text}</p>` : nothing}
      ${this.chapterControls
        ? html`<div class="chapter-nav" part="chapter-nav">
            <button type="button" ?disabled=${chapterIndex <= 0} @click=${() => this.back()}>${t('embed.sim.back')}</button>
            <button type="button" ?disabled=${chapterIndex >= this.chapterCount - 1} @click=${() => this.next()}>${t('embed.sim.next')}</button>
          </div>`
        : nothing}
    </section>`;
  }

  private renderView(view: ViewId, result: RunResult | null, highlighted: boolean) {
    const parts = `view view-${view}${highlighted ? ' highlighted' : ''}`;
    const day = result ? this.shownDay(result) : 0;
    const data = result ?? undefined;
    let content: TemplateResult;
    switch (view) {
      case 'map':
        content = html`<${this.heading(1)} class="view-title">${t('embed.sim.mapTitle', { layer: MAP_LAYERS[this.settings.layer].label })}</${this.heading(1)}>
          <runaway-city-map .result=${data} .day=${day} .layer=${this.settings.layer} show-quarter max-height=${this.mapHeight}></runaway-city-map>`;
        break;
      case 'share-chart':
      case 'recorded-chart':
      case 'disparity-chart':
      case 'empty-stops-chart':
      case 'lorenz-chart':
        content = html`<runaway-chart data-chart=${view} .spec=${runChartSpec(view, result, day)}></runaway-chart>`;
        break;
      case 'sentence': {
        const snapshot = result ? daySnapshot(result, day) : null;
        content = html`<p class="sentence" part="sentence">${snapshot ? liveSentence(snapshot) : t('chart.waiting')}</p>`;
        break;
      }
    }
    return html`<div class=${highlighted ? 'view highlighted' : 'view'} part=${parts} data-view=${view} role="group" aria-label=${VIEWS[view].label}>${content}</div>`;
  }
}

/** The shared runner, started with the page's worker client on first use. */
function sharedRunner() {
  return pageSharedRunner(() => createSimClient({ poolSize: 1 }));
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-sim': RunawaySim;
  }
}
