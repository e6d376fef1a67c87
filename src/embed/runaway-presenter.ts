/**
 * `<runaway-presenter>`: presenter mode for a preset's story. Full screen, large type, black on
 * white, one slide per chapter with the chapter's own run, and a discussion slide at the end.
 * Driven from the keyboard (or a clicker, which sends Page Down / Page Up); speaker notes sit
 * in a hidden panel (N) or a second window (S). Nothing moves unless the presenter asks: no
 * autoplay, no animation, no transition.
 */
import { LitElement, css, html, nothing, render, type TemplateResult } from 'lit';
import { srOnlyStyles } from '../styles/shared.ts';
import { customElement, property, query, state } from 'lit/decorators.js';
import { DEFAULT_PRESET_ID, PRESETS, findPreset, type Preset } from '../../presets/index.ts';
import '../components/language-menu.ts';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { presetCaption } from '../stories/story.ts';
import { presenterSlides, slideNotes, type Slide, type SlideNotes } from './presenter-notes.ts';
import type { RunawaySim } from './runaway-sim.ts';
import './runaway-sim.ts';
import { regionView } from './sim-settings.ts';
import '../i18n/parts/learning.ts';

/** Keys that move between slides (a presentation clicker sends Page Down and Page Up). */
const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const BACK_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/**
 * Presenter mode for a story.
 * @fires slide-change - CustomEvent<{slide, count, chapter}> after the slide changed (chapter counts from 1, 0 when not a chapter)
 * @csspart slide - the slide area
 * @csspart notes - the speaker-notes panel
 * @csspart footer - the line with the slide number and the keys
 */
@customElement('runaway-presenter')
export class RunawayPresenter extends LitElement {
  static override styles = [
    srOnlyStyles,
    css`
    :host {
      display: grid;
      grid-template-rows: minmax(0, 1fr) auto;
      height: 100vh;
      color: #000000;
      background: #ffffff;
      font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
      font-size: 22px;
      line-height: 1.4;
      --runaway-sim-ink: #000000;
      --runaway-sim-rule: #000000;
      --runaway-sim-accent: #0033cc;
      /* The footer's height; the notes panel sits right above it. */
      --footer-height: 3.2rem;
    }
    :host(:focus) {
      /* The presenter is the whole page: a ring around the screen would only distract. */
      outline: none;
    }
    *:focus-visible {
      outline: 4px solid #0033cc;
      outline-offset: 3px;
    }
    main {
      display: grid;
      grid-template-rows: minmax(0, 1fr);
      min-height: 0;
    }
    .slide {
      box-sizing: border-box;
      min-height: 0;
      overflow: auto;
      padding: 1.2rem 2rem 0.5rem;
    }
    .title-slide,
    .discussion-slide {
      display: flex;
      flex-direction: column;
      justify-content: center;
    }
    h1 {
      margin: 0 0 0.6rem;
      font-size: 2.6rem;
      line-height: 1.1;
    }
    .caption {
      max-width: 46rem;
      margin: 0 0 1.2rem;
      font-size: 1.4rem;
    }
    .keys {
      margin: 0;
      font-size: 1rem;
    }
    kbd {
      display: inline-block;
      min-width: 1.4em;
      padding: 0 0.3em;
      border: 2px solid #000000;
      border-radius: 4px;
      font: inherit;
      font-weight: 700;
      text-align: center;
    }
    h2 {
      margin: 0 0 0.8rem;
      font-size: 2.2rem;
    }
    ol.questions {
      margin: 0;
      padding-left: 1.4em;
      font-size: 1.55rem;
    }
    ol.questions li + li {
      margin-top: 0.7rem;
    }
    button {
      font: inherit;
      min-height: 48px;
      padding: 0.3em 1em;
      border: 2px solid #000000;
      border-radius: 6px;
      background: #ffffff;
      color: #000000;
      cursor: pointer;
    }
    .start {
      align-self: flex-start;
      margin-bottom: 1rem;
      font-weight: 700;
    }
    /* A chapter: its text on the left, its view on the right, laid out on the embed's own parts. */
    runaway-sim {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      grid-template-areas: 'chapter views' 'status views' 'footer views';
      grid-template-rows: auto auto 1fr;
      gap: 0 1.5rem;
      align-items: start;
      background: #ffffff;
    }
    runaway-sim::part(header) {
      display: none;
    }
    runaway-sim::part(chapter) {
      grid-area: chapter;
      margin: 0;
      padding: 0.2rem 0 0 1rem;
      border-left-width: 6px;
      font-size: 1.35rem;
      line-height: 1.45;
    }
    runaway-sim::part(status) {
      grid-area: status;
    }
    runaway-sim::part(views) {
      grid-area: views;
      grid-template-columns: minmax(0, 1fr);
    }
    runaway-sim::part(view) {
      border: 0;
      padding: 0;
      outline: none;
      /* Chart text is drawn at 14 px; enlarged here so it reads from the back of a room. */
      zoom: 1.2;
    }
    runaway-sim::part(footer) {
      grid-area: footer;
      align-self: end;
    }
    .notes {
      position: fixed;
      left: 0;
      right: 0;
      bottom: var(--footer-height);
      max-height: 45vh;
      overflow-y: auto;
      padding: 0.8rem 2rem;
      background: #ffffe0;
      border-top: 3px solid #000000;
      font-size: 1.05rem;
    }
    .notes h2 {
      font-size: 1.2rem;
      margin: 0 0 0.3rem;
    }
    .notes ul {
      margin: 0.2rem 0 0.6rem;
    }
    footer {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 1rem;
      box-sizing: border-box;
      height: var(--footer-height);
      padding: 0 2rem;
      border-top: 2px solid #000000;
      font-size: 1rem;
    }
    footer .nav {
      display: flex;
      gap: 0.5rem;
    }
    footer button {
      min-height: 40px;
      padding: 0.1em 0.8em;
      white-space: nowrap;
    }
    /* A phone or a narrow window: one column, smaller type, the slide number on a line of its own. */
    @media (max-width: 40rem) {
      :host {
        font-size: 17px;
        --footer-height: 5.4rem;
      }
      .slide {
        padding: 0.8rem 1rem 0.5rem;
      }
      h1 {
        font-size: 2rem;
      }
      h2 {
        font-size: 1.7rem;
      }
      .caption {
        font-size: 1.2rem;
      }
      ol.questions {
        font-size: 1.25rem;
      }
      runaway-sim {
        grid-template-columns: minmax(0, 1fr);
        grid-template-areas: 'chapter' 'status' 'views' 'footer';
        grid-template-rows: none;
        gap: 0.8rem;
      }
      runaway-sim::part(chapter) {
        font-size: 1.15rem;
      }
      runaway-sim::part(view) {
        zoom: 1;
      }
      .notes {
        padding: 0.6rem 1rem;
      }
      footer {
        flex-wrap: wrap;
        align-content: center;
        gap: 0.25rem 0.4rem;
        padding: 0.3rem 1rem;
      }
      /* The slide number shares its line with the language menu; the buttons take the next line. */
      footer > span:first-child {
        flex: 1 1 0;
        min-width: 0;
        overflow: hidden;
        white-space: nowrap;
        text-overflow: ellipsis;
      }
      footer .nav {
        flex-basis: 100%;
        gap: 0.4rem;
      }
      footer button {
        padding: 0.1em 0.5em;
      }
    }
  `,
  ];

  /** Id of the preset whose story is presented. */
  @property({ reflect: true }) preset = DEFAULT_PRESET_ID;
  /** Seed of every chapter's run (default: the preset's, which the story's sentences were checked against). */
  @property({ type: Number }) seed: number | null = null;
  /** The slide shown, from 0 (the title slide). */
  @property({ type: Number, reflect: true }) slide = 0;
  /** Whether the speaker-notes panel is shown. */
  @property({ type: Boolean, reflect: true, attribute: 'notes-open' }) notesOpen = false;

  @state() private renderTick = 0;
  @query('runaway-sim') private sim?: RunawaySim;
  private notesWindow: Window | null = null;

  constructor() {
    super();
    new LocaleController(this);
  }

  /** The presented preset (the default one if the id is unknown). */
  get presetData(): Preset {
    return findPreset(this.preset) ?? findPreset(DEFAULT_PRESET_ID) ?? PRESETS[0]!;
  }

  get slides(): Slide[] {
    return presenterSlides(this.presetData);
  }

  private get runSeed(): number {
    return this.seed ?? this.presetData.seed;
  }

  /** Goes to the next slide; false on the last. */
  next(): boolean {
    return this.goTo(this.slide + 1);
  }

  /** Goes to the previous slide; false on the first. */
  back(): boolean {
    return this.goTo(this.slide - 1);
  }

  /** Shows slide `index` (0 is the title slide); false when out of range. */
  goTo(index: number): boolean {
    if (!Number.isInteger(index) || index < 0 || index >= this.slides.length || index === this.slide) return false;
    this.slide = index;
    return true;
  }

  /** Enters full screen (must follow a click or a key press) and takes the keyboard focus. */
  async start(): Promise<void> {
    this.focus();
    if (!document.fullscreenElement && this.requestFullscreen) {
      await this.requestFullscreen().catch(() => {
        // Full screen refused (an iframe without allowfullscreen): present in the window as it is.
      });
    }
  }

  toggleNotes(): void {
    this.notesOpen = !this.notesOpen;
  }

  /** Opens (or focuses) the speaker notes in a second window, which follows the slides; false if the browser blocked it. */
  openNotesWindow(): boolean {
    if (this.notesWindow && !this.notesWindow.closed) {
      this.notesWindow.focus();
      return true;
    }
    const opened = window.open('', 'runaway-speaker-notes', 'popup,width=760,height=680');
    if (!opened) return false;
    this.notesWindow = opened;
    const doc = opened.document;
    const style = doc.createElement('style');
    style.textContent = NOTES_WINDOW_CSS;
    doc.head.append(style);
    this.writeNotesWindow();
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    window.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKeyDown);
    this.notesWindow?.close();
    this.notesWindow = null;
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('slide') || changed.has('preset')) {
      const slide = this.currentSlide();
      this.dispatchEvent(
        new CustomEvent('slide-change', {
          detail: { slide: this.slide, count: this.slides.length, chapter: slide.kind === 'chapter' ? slide.chapterIndex + 1 : 0 },
          bubbles: true,
          composed: true,
        }),
      );
    }
    this.writeNotesWindow();
  }

  private currentSlide(): Slide {
    const slides = this.slides;
    return slides[Math.min(Math.max(0, this.slide), slides.length - 1)]!;
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
    // Buttons keep Enter and Space for themselves.
    if (target instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' ')) return;
    let handled = true;
    if (NEXT_KEYS.has(event.key)) this.next();
    else if (BACK_KEYS.has(event.key)) this.back();
    else if (event.key === 'Home') this.goTo(0);
    else if (event.key === 'End') this.goTo(this.slides.length - 1);
    else if (event.key === 'n' || event.key === 'N') this.toggleNotes();
    else if (event.key === 's' || event.key === 'S') this.openNotesWindow();
    else if (event.key === 'f' || event.key === 'F') void this.start();
    else handled = false;
    if (handled) event.preventDefault();
  };

  private notes(): SlideNotes {
    return slideNotes(this.presetData, this.currentSlide(), this.sim?.result ?? null, this.runSeed);
  }

  protected override render(): TemplateResult {
    const preset = this.presetData;
    const slide = this.currentSlide();
    return html`
      <main>
        <div class="slide ${slide.kind}-slide" part="slide" aria-roledescription=${t('presenter.slide.role')} aria-label=${this.slideLabel(slide)}>
          ${slide.kind === 'title' ? this.renderTitle(preset, slide) : html`<h1 class="sr-only">${this.slides[0]!.title}</h1>`}
          ${slide.kind === 'chapter' ? this.renderChapter(preset, slide) : nothing}
          ${slide.kind === 'discussion' ? this.renderDiscussion() : nothing}
        </div>
      </main>
      ${this.notesOpen ? html`<aside class="notes" part="notes" aria-label=${t('presenter.notes.label')}>${notesTemplate(this.notes())}</aside>` : nothing}
      <footer part="footer">
        <span>${t('presenter.footer', { index: this.slide + 1, count: this.slides.length, title: this.slides[0]!.title })}</span>
        <runaway-language-menu></runaway-language-menu>
        <span class="nav">
          <button type="button" @click=${() => this.back()} ?disabled=${this.slide === 0} aria-label=${t('presenter.previous')}>←</button>
          <button type="button" @click=${() => this.next()} ?disabled=${this.slide >= this.slides.length - 1} aria-label=${t('presenter.next')}>→</button>
          <button type="button" @click=${() => this.toggleNotes()} aria-pressed=${this.notesOpen ? 'true' : 'false'}>${t('presenter.notesButton', { key: 'N' })}</button>
          <button type="button" @click=${() => this.openNotesWindow()}>${t('presenter.notesWindowButton', { key: 'S' })}</button>
        </span>
      </footer>
    `;
  }

  private renderTitle(preset: Preset, slide: Slide) {
    return html`<h1>${slide.title}</h1>
      <p class="caption">${presetCaption(preset)}</p>
      <button type="button" class="start" @click=${() => this.start()}>${t('presenter.start')}</button>
      <p class="keys">${keyHelp()}</p>`;
  }

  /** "Slide 2 of 8: How a loop runs away". */
  private slideLabel(slide: Slide): string {
    return t('presenter.slide.label', { index: this.slide + 1, count: this.slides.length, title: slide.title });
  }

  private renderChapter(preset: Preset, slide: Slide) {
    const chapter = preset.story[slide.chapterIndex]!;
    // The view the chapter talks about; chapters about the settings or the loop show the patrol share.
    const view = regionView(chapter.region) ?? 'share-chart';
    // Heading level 1: the run's own title is hidden (the slide's h1 is the story's), so the
    // chapter's title comes right under it as an h2.
    return html`<runaway-sim
      preset=${preset.id}
      seed=${String(this.runSeed)}
      chapter=${String(slide.chapterIndex + 1)}
      show=${view}
      heading-level="1"
      map-height="320"
      @sim-rendered=${() => {
        this.renderTick++;
      }}
    ></runaway-sim>`;
  }

  private renderDiscussion() {
    const questions = this.notes().questions;
    return html`<h2>${t('presenter.discussion')}</h2>
      <ol class="questions">
        ${questions.map((item) => html`<li>${item.question}</li>`)}
      </ol>`;
  }

  private writeNotesWindow(): void {
    const target = this.notesWindow;
    if (!target || target.closed) return;
    const slide = this.currentSlide();
    target.document.title = t('presenter.notesWindow.title');
    render(
      html`<h1>${this.slideLabel(slide)}</h1>
        ${notesTemplate(this.notes())}`,
      target.document.body,
    );
  }
}

/** The keys of presenter mode, as the title slide lists them: "→ or Space next · ← back · …". */
function keyHelp() {
  const keys: [readonly string[], string][] = [
    [['→', t('key.space')], t('presenter.keys.next')],
    [['←'], t('presenter.keys.back')],
    [['N'], t('presenter.keys.notes')],
    [['S'], t('presenter.keys.window')],
    [['F'], t('presenter.keys.fullScreen')],
    [[t('presenter.key.escape')], t('presenter.keys.leave')],
  ];
  return keys.map(
    ([names, action], index) =>
      html`${index > 0 ? ' · ' : ''}${names.map((name, k) => html`${k > 0 ? ` ${t('presenter.keys.or')} ` : ''}<kbd>${name}</kbd>`)} ${action}`,
  );
}

function notesTemplate(notes: SlideNotes) {
  return html`<h2>${t('presenter.notes.say')}</h2>
    ${notes.say.map((line) => html`<p>${line}</p>`)}
    ${notes.numbers.length > 0
      ? html`<h2>${t('presenter.notes.numbers')}</h2>
          <ul>
            ${notes.numbers.map((line) => html`<li>${line}</li>`)}
          </ul>`
      : nothing}
    ${notes.questions.map(
      (item) => html`<h2>${item.question}</h2>
        <ul>
          ${item.notes.map((line) => html`<li>${line}</li>`)}
        </ul>`,
    )}`;
}

const NOTES_WINDOW_CSS = `
  body { margin: 1.5rem 2rem; font: 20px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #000; background: #fff; }
  h1 { font-size: 1.4rem; margin: 0 0 1rem; }
  h2 { font-size: 1.15rem; margin: 1rem 0 0.3rem; }
  p, li { max-width: 48rem; }
`;

declare global {
  interface HTMLElementTagNameMap {
    'runaway-presenter': RunawayPresenter;
  }
}
