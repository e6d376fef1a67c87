/**
 * The explorable page: the preset picker, playback and the live sentence, "what the data says"
 * beside "what is really happening", the feedback-loop diagram, the charts, the settings and a
 * note on the model. UI = f(state): the settings state and three controllers (simulation,
 * playback, keyboard) hold everything; every run goes to the worker client.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Params, RunResult } from '../../models/index.ts';
import { PRESETS, type Preset } from '../../presets/index.ts';
import { daySnapshot, type DaySnapshot } from '../app/day-snapshot.ts';
import { formatDays, formatSerial, formatTimes } from '../i18n/format.ts';
import { KeyboardShortcutsController } from '../app/keyboard-shortcuts.ts';
import { disparity, liveSentence, sentenceWindow } from '../app/live-sentence.ts';
import { PlaybackController } from '../app/playback-controller.ts';
import { ReducedMotionController } from '../app/reduced-motion-controller.ts';
import { SPEED_PATH } from '../settings/playback-speed.ts';
import { SettingsState, type SettingEdit } from '../app/settings-state.ts';
import { RunController } from '../app/run-controller.ts';
import { streamedRun, type SimRunner } from '../app/streamed-run.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { EmbedDialog } from '../embed/embed-dialog.ts';
import { getLocale, t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { PermalinkController } from '../share/hash-controller.ts';
import { encodePermalink, type DecodedPermalink } from '../share/permalink.ts';
import type { ScenarioOpenDetail } from '../share/share-menu.ts';
import { shareStateFor, type ShareState } from '../share/share-state.ts';
import '../stories/site-nav.ts';
import '../components/chart-grid.ts';
import type { ChartInput } from '../components/charts/chart-spec.ts';
import { runChartSpec } from '../components/charts/run-charts.ts';
import '../components/data-vs-reality.ts';
import '../components/failure-banner.ts';
import '../components/loop-diagram.ts';
import '../components/model-note.ts';
import '../components/param-panel.ts';
import '../components/people-panel.ts';
import '../components/playback-bar.ts';
import { presetCaption } from '../components/preset-picker.ts';

/** The link follows the page within this long even when the page never goes idle. */
const LINK_WRITE_WITHIN_MS = 500;

/** From this window width (CSS pixels) the page has its wide layout, as its @media (min-width: 900px) rules say. */
const WIDE_MIN_WIDTH = 900;
const isWide = () => window.innerWidth >= WIDE_MIN_WIDTH;

/** Pixels left free under the maps and the main chart at the bottom of the first screen. */
const FIRST_SCREEN_MARGIN = 8;
/** The maps and the main chart's SVG are never squeezed below these heights (pixels) to fit the first screen. */
const MIN_FIRST_SCREEN_MAP = 140;
const MIN_FIRST_SCREEN_CHART = 240;

/** While playing, the screen-reader announcement of the sentence is refreshed at most this often. */
const ANNOUNCE_EVERY_MS = 5000;

/** Stands in until main.ts hands over the worker client. */
const NO_RUNNER: SimRunner = {
  run: async () => ({ status: 'failed', message: t('app.workerNotStarted') }),
};

/**
 * The whole page.
 * @fires runaway-rendered - After a render that shows a run: detail `{runId, day, status}` (tests and benchmarks wait on it).
 */
@customElement('runaway-app')
export class RunawayApp extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      /* Projector first: the first screen holds the sentence, the playback bar, both maps and the
         chart of the gap over time; the loop diagram, the other charts and the note follow. The
         settings are a column that opens beside the page (below the maps on a narrow screen). */
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        grid-template-areas: 'top' 'stage' 'settings' 'loop' 'people' 'charts' 'note';
        gap: 0.75rem;
        padding: 0.5rem 0.75rem 0.75rem;
        max-width: 120rem;
        margin: 0 auto;
      }
      @media (min-width: 1000px) {
        .layout.with-settings {
          grid-template-columns: minmax(0, 1fr) 22rem;
          grid-template-areas: 'top settings' 'stage settings' 'loop settings' 'people settings' 'charts settings' 'note settings';
          grid-template-rows: auto auto auto auto auto 1fr;
          padding-right: 0;
        }
        .with-settings .settings {
          position: sticky;
          top: 0;
          align-self: start;
          height: 100vh;
          overflow-y: auto;
          border-left: 1px solid var(--rule);
          margin-top: -0.5rem;
        }
      }
      .top {
        grid-area: top;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.35rem 1rem;
      }
      runaway-site-nav {
        flex: 1 1 100%;
      }
      runaway-preset-picker {
        flex: 1 1 22rem;
        min-width: 0;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        align-items: center;
      }
      .tool {
        display: inline-flex;
        align-items: center;
        min-height: 40px;
        padding: 0.25em 0.8em;
        border: 1px solid #a9a59c;
        border-radius: 6px;
        background: #ffffff;
        color: inherit;
        font: inherit;
        text-decoration: none;
        cursor: pointer;
      }
      .tool[aria-expanded='true'] {
        background: var(--ink);
        border-color: var(--ink);
        color: #ffffff;
      }
      runaway-share-notice {
        flex: 1 1 100%;
      }
      /* The menus sit at the left of the page, so their panels open rightwards (the embed
         page's menus sit at the right and keep the default). */
      runaway-share-menu::part(list),
      runaway-export-menu::part(list) {
        left: 0;
        right: auto;
      }
      @media (max-width: 560px) {
        runaway-share-menu::part(list),
        runaway-export-menu::part(list) {
          position: fixed;
          left: 0.5rem;
          right: 0.5rem;
          width: auto;
          min-width: 0;
        }
      }
      .people {
        grid-area: people;
      }
      .stage {
        grid-area: stage;
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        grid-template-areas: 'now' 'maps' 'chart';
        gap: 0.75rem;
      }
      .now {
        grid-area: now;
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        grid-template-areas: 'caption' 'sentence' 'playback';
        gap: 0.3rem 1.2rem;
        padding: 0.5rem 0.75rem 0.4rem;
        background: var(--panel);
        border: 1px solid var(--rule);
        border-radius: var(--radius);
      }
      .caption {
        grid-area: caption;
      }
      .told {
        grid-area: sentence;
        min-width: 0;
      }
      .controls {
        grid-area: playback;
        min-width: 0;
      }
      @media (min-width: 900px) {
        .stage {
          grid-template-columns: minmax(0, 38fr) minmax(0, 62fr);
          grid-template-areas: 'now now' 'chart maps';
          align-items: start;
        }
        .now {
          grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
          grid-template-areas: 'caption caption' 'sentence playback';
          align-items: center;
        }
      }
      @media (min-width: 900px) and (max-width: 1400px) {
        /* With the settings open the page is narrower: the sentence sits above the controls. */
        .with-settings .now {
          grid-template-columns: minmax(0, 1fr);
          grid-template-areas: 'caption' 'sentence' 'playback';
        }
      }
      .caption {
        margin: 0;
        font-size: 0.85rem;
        line-height: 1.35;
        color: var(--ink-soft);
      }
      .sentence {
        margin: 0;
        font-size: 1.25rem;
        font-weight: 700;
        line-height: 1.28;
      }
      .window {
        margin: 0;
        font-size: 0.8rem;
        color: var(--ink-soft);
      }
      .instruction {
        margin: 0 0 0.2rem;
        font-size: 0.85rem;
      }
      @media (min-width: 900px) {
        /* The keys under Play say the same on a wide screen. */
        .instruction {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip: rect(0 0 0 0);
        }
      }
      runaway-failure-banner {
        grid-area: now;
        align-self: start;
        position: relative;
        z-index: 2;
      }
      .failed .now {
        margin-top: 4.5rem;
      }
      runaway-data-vs-reality {
        grid-area: maps;
      }
      .over-time {
        grid-area: chart;
        min-width: 0;
        padding: 0.45rem 0.7rem 0.5rem;
        background: var(--panel);
        border: 1px solid var(--rule);
        border-radius: var(--radius);
      }
      /* Fitted to the first screen (see fitFirstScreen); the SVG keeps its shape. */
      .over-time runaway-chart::part(svg) {
        max-height: var(--first-screen-chart-max, none);
        width: auto;
        margin: 0 auto;
      }
      /* The sentence above says what the summary says; it stays for screen readers. */
      .over-time runaway-chart::part(summary) {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
      /* Its data table is with the same chart in the grid below. */
      .over-time runaway-chart::part(table) {
        display: none;
      }
      .over-time runaway-chart::part(title) {
        font-size: 1.05rem;
      }
      .since {
        margin: 0.1rem 0 0;
        font-size: 0.95rem;
        font-weight: 700;
        line-height: 1.3;
      }
      .below-intro {
        grid-area: loop;
        margin: 0;
      }
      .loop {
        grid-area: loop;
      }
      .settings {
        grid-area: settings;
        background: var(--paper);
      }
      .settings[hidden] {
        display: none;
      }
      .charts {
        grid-area: charts;
      }
      runaway-model-note {
        grid-area: note;
        padding: 0.8rem 1rem;
        background: var(--panel);
        border: 1px solid var(--rule);
        border-radius: var(--radius);
      }
      h2.section {
        margin: 0 0 0.4rem;
        font-size: 1.2rem;
      }
      .section-note {
        margin: -0.2rem 0 0.5rem;
        font-size: 0.85rem;
        color: var(--ink-soft);
      }
      @media (max-width: 560px) {
        .layout {
          padding: 0.5rem;
          gap: 0.6rem;
        }
        .sentence {
          font-size: 1.1rem;
        }
        .instruction {
          display: none;
        }
        /* One row of tools on a phone, so the sentence and the playback come sooner. */
        .toolbar {
          flex: 1 1 100%;
          gap: 0.25rem;
        }
        .tool {
          min-height: 36px;
          padding: 0.15em 0.4em;
          font-size: 0.85rem;
        }
      }
    `,
  ];

  /** The worker client (set by main.ts); setting it starts the first run. */
  @property({ attribute: false }) runner: SimRunner = NO_RUNNER;

  private readonly settings = new SettingsState();
  private readonly simulation = new RunController<RunResult>(this, { onDone: () => this.playback.clampToRun() });
  private readonly playback = new PlaybackController(this, {
    totalDays: () => this.simulation.value?.history.days ?? 0,
    availableDays: () => this.simulation.value?.history.daysDone ?? 0,
    stillFrames: () => this.motion.reduce,
  });
  private readonly motion = new ReducedMotionController(this);
  /** Keeps the URL hash and the page in step: a link reproduces the run exactly. */
  private readonly permalink = new PermalinkController(this, { apply: (decoded) => this.applyLink(decoded) });
  private snapshot: DaySnapshot | null = null;
  /** The over-time chart's spec and what it was made of (see overTimeSpec). */
  private overTime: { result: RunResult | null; day: number; locale: string; spec: ChartInput } | null = null;
  private linkWritePending = false;
  /** The share state last made and what it was made of (see shareState), with the presenter's link. */
  private sharedState: { preset: Preset; params: Params; seed: number; day: number | undefined; state: ShareState; presentLink: string } | null = null;
  @state() private toolsLoaded = false;
  /** The settings column is closed at first, so the maps and the chart have the screen. */
  @state() private settingsOpen = false;
  /** Once opened, the panel stays in the page when closed, keeping its scroll and open groups. */
  private settingsRendered = false;
  private toolsPromise: Promise<void> | undefined;
  /** The first screen's fit on a wide screen (see fitFirstScreen): what it was measured for, and the maps' height. */
  private readonly firstScreen: { key: string; mapHeight: number | null } = { key: '', mapHeight: null };
  /** A day asked for by a link, applied once the run reaches it (0-based). */
  private pendingDay: number | null = null;
  /** Maps grow with the window's height, so the two of them and their figures fit on one screen. */
  private readonly onResize = () => this.requestUpdate();
  private sentence = '';
  private announced = '';
  private announcedAt = 0;

  constructor() {
    super();
    new LocaleController(this);
    new KeyboardShortcutsController(this, {
      toggle: () => this.playback.toggle(),
      step: (delta) => this.playback.step(delta),
      first: () => this.playback.restart(),
      last: () => this.playback.seek(Number.MAX_SAFE_INTEGER),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('resize', this.onResize);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('resize', this.onResize);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('runner')) this.runSimulation();
    const result = this.simulation.value;
    if (this.pendingDay !== null && result && result.history.daysDone > this.pendingDay) {
      this.playback.seek(this.pendingDay);
      this.pendingDay = null;
    }
    this.snapshot = result ? daySnapshot(result, this.playback.day) : null;
    this.sentence = this.snapshot ? liveSentence(this.snapshot) : '';
    // Announce the sentence politely: at once when paused, at a calm pace while playing.
    const now = performance.now();
    if (this.sentence !== this.announced && (!this.playback.playing || now - this.announcedAt >= ANNOUNCE_EVERY_MS)) {
      this.announced = this.sentence;
      this.announcedAt = now;
    }
  }

  protected override updated(): void {
    // The day joins the link while paused (a link shows what is on screen); while playing the
    // hash is not rewritten every frame.
    if (!this.playback.playing) this.writeLinkWhenIdle();
    this.fitFirstScreenWhenChanged();
    this.dataset.status = this.runStatus;
    this.dataset.runId = String(this.simulation.runId);
    this.dataset.day = String(this.snapshot?.day ?? -1);
    if (this.snapshot) {
      this.dispatchEvent(new CustomEvent('runaway-rendered', { detail: { runId: this.simulation.runId, day: this.snapshot.day, status: this.runStatus } }));
    }
  }

  /**
   * Writes the link when the page is next idle and no run is computing unseen: replacing the URL
   * costs a few milliseconds, which a slider change would otherwise take from the worker's run and
   * add before the new run is on screen. (The update that shows the run, or the first streamed
   * part of a long one, schedules the write again.)
   */
  private writeLinkWhenIdle(): void {
    if (this.linkWritePending) return;
    this.linkWritePending = true;
    const write = () => {
      this.linkWritePending = false;
      const computingUnseen = this.simulation.running && !this.simulation.previewing;
      if (this.isConnected && !this.playback.playing && !computingUnseen) this.permalink.write(this.shareState());
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(write, { timeout: LINK_WRITE_WITHIN_MS });
    else setTimeout(write, 0);
  }

  /** The chart over time beside the maps: the same spec until the run, the day or the language changes (the chart then keeps its drawing). */
  private overTimeSpec(result: RunResult | null, day: number): ChartInput {
    const locale = getLocale();
    const cached = this.overTime;
    if (cached && cached.result === result && cached.day === day && cached.locale === locale) return cached.spec;
    const spec = runChartSpec('share-chart', result, day);
    this.overTime = { result, day, locale, spec };
    return spec;
  }

  /** The run's state as tests and benchmarks read it: a refused value leaves the last run on screen. */
  private get runStatus(): 'idle' | 'running' | 'done' | 'failed' {
    const { status, value } = this.simulation;
    if (status === 'invalid' || status === 'cancelled') return value ? 'done' : 'idle';
    return status;
  }

  protected override render() {
    const { settings, simulation, playback } = this;
    const result = simulation.value;
    const totalDays = result?.history.days ?? settings.params.days;
    const failed = simulation.status === 'failed';
    const shareState = this.shareState();
    return html`<main class="layout ${failed ? 'failed' : ''} ${this.settingsOpen ? 'with-settings' : ''}">
      <h1 class="sr-only">${t('app.heading')}</h1>
      <div class="top">
        <runaway-site-nav current="explorable"></runaway-site-nav>
        <runaway-preset-picker no-caption .presets=${PRESETS} .selected=${settings.preset.id} @preset-change=${this.onPresetChange}></runaway-preset-picker>
        <div class="toolbar" role="group" aria-label=${t('toolbar.label')} @pointerenter=${this.loadTools} @focusin=${this.loadTools}>
          <button type="button" class="tool" aria-expanded=${this.settingsOpen ? 'true' : 'false'} aria-controls="settings" @click=${this.toggleSettings}>
            ${t('toolbar.settings')}
          </button>
          ${this.toolsLoaded
            ? html`<runaway-share-menu .state=${shareState} .params=${settings.params} @scenario-open=${this.onScenarioOpen}></runaway-share-menu>
                <runaway-export-menu .result=${result} .label=${{ presetId: settings.preset.id, seed: settings.seed, modified: settings.changed.size > 0 }} .source=${this.renderRoot}></runaway-export-menu>`
            : html`<button type="button" class="tool" data-tool="runaway-share-menu" @click=${() => this.openTool('runaway-share-menu')}>${t('toolbar.share')}</button>
                <button type="button" class="tool" data-tool="runaway-export-menu" @click=${() => this.openTool('runaway-export-menu')}>${t('toolbar.download')}</button>`}
          <button type="button" class="tool" @click=${this.openEmbedDialog}>${t('toolbar.embed')}</button>
          <a class="tool" href=${this.sharedState!.presentLink} title=${t('toolbar.presentHint')}>${t('toolbar.present')}</a>
        </div>
        ${this.permalink.notices.length
          ? html`<runaway-share-notice .notices=${this.permalink.notices} @notice-dismiss=${() => this.permalink.dismissNotices()}></runaway-share-notice>`
          : nothing}
        ${this.toolsLoaded ? html`<runaway-embed-dialog .state=${shareState} preset-title=${settings.preset.title}></runaway-embed-dialog>` : nothing}
      </div>
      <div class="stage">
        ${failed ? html`<runaway-failure-banner .message=${simulation.failure?.message ?? ''} ?hasEarlierRun=${result !== null} @retry=${() => this.simulation.retry()}></runaway-failure-banner>` : nothing}
        <section class="now" aria-label=${t('app.playbackLabel')}>
          <p class="caption" id="caption">${presetCaption(settings.preset)}</p>
          <div class="told">
            <p class="sentence" id="sentence" data-region="sentence">${this.sentence || (failed ? t('app.noRun') : t('app.computing'))}</p>
            <p class="window">${this.snapshot ? sentenceWindow(this.snapshot) : nothing}</p>
            <p class="sr-only" aria-live="polite" aria-atomic="true">${this.announced}</p>
          </div>
          <div class="controls">
          <p class="instruction">
            ${t('app.instructionBefore')} <strong>${t('app.instructionPlay')}</strong> ${t('app.instructionAfter', { days: formatDays(totalDays) })}
          </p>
          <runaway-playback-bar
            data-region="playback"
            .day=${playback.day}
            .days=${totalDays}
            .available=${result?.history.daysDone ?? 0}
            .playing=${playback.playing}
            .speed=${playback.speed}
            .computing=${simulation.status === 'running'}
            .progress=${simulation.progress}
            @playback-toggle=${() => playback.toggle()}
            @playback-step=${(event: CustomEvent<{ delta: number }>) => playback.step(event.detail.delta)}
            @playback-restart=${() => playback.restart()}
            @playback-seek=${(event: CustomEvent<{ day: number }>) => playback.seek(event.detail.day)}
            @playback-speed=${(event: CustomEvent<{ speed: number }>) => playback.setSpeed(event.detail.speed)}
          ></runaway-playback-bar>
          </div>
        </section>
        <runaway-data-vs-reality compact .result=${result} .day=${playback.day} .snapshot=${this.snapshot} .mapHeight=${this.mapHeight()}></runaway-data-vs-reality>
        <section class="over-time" data-region="chart-over-time" aria-label=${t('app.overTimeLabel')}>
          <runaway-chart data-chart="share-chart" hide-future .zoom=${this.chartZoom()} .spec=${this.overTimeSpec(result, playback.day)}></runaway-chart>
          <p class="since" aria-live="off">${this.sinceDayOne()}</p>
        </section>
      </div>
      <section class="loop" data-region="loop" aria-labelledby="loop-heading">
        <p class="section-note">${t('app.tagline')}</p>
        <h2 class="section" id="loop-heading">${t('app.loopHeading')}</h2>
        <runaway-loop-diagram .snapshot=${this.snapshot} .params=${result?.params ?? null} .playing=${playback.playing} .reducedMotion=${this.motion.reduce}></runaway-loop-diagram>
      </section>
      <runaway-people-panel class="people" data-region="people" role="region" aria-label=${t('people.heading')} .result=${result}></runaway-people-panel>
      <aside class="settings" id="settings" data-region="settings" aria-labelledby="settings-heading" ?hidden=${!this.settingsOpen}>
        <h2 class="sr-only" id="settings-heading">${t('app.settingsHeading')}</h2>
        ${this.settingsOpen || this.settingsRendered
          ? html`<runaway-param-panel
              closable
              .params=${settings.params}
              .presetParams=${settings.preset.params}
              .seed=${settings.seed}
              .presetSeed=${settings.preset.seed}
              .speed=${playback.speed}
              .changed=${settings.changed}
              .errors=${settings.errors}
              @param-edit=${this.onParamEdit}
              @param-reset=${(event: CustomEvent<{ path: string }>) => this.afterSettings(settings.reset(event.detail.path))}
              @param-reset-all=${() => this.afterSettings(settings.resetAll())}
              @param-clear-error=${(event: CustomEvent<{ path: string }>) => {
                settings.clearError(event.detail.path);
                this.requestUpdate();
              }}
              @seed-next=${() => this.afterSettings(settings.nextSeed())}
              @settings-close=${this.toggleSettings}
            ></runaway-param-panel>`
          : nothing}
      </aside>
      <section class="charts" aria-labelledby="charts-heading">
        <h2 class="section" id="charts-heading">${t('app.chartsHeading')}</h2>
        <p class="section-note">${t('app.chartsNote')}</p>
        <runaway-chart-grid .result=${result} .day=${playback.day}></runaway-chart-grid>
      </section>
      <runaway-model-note .params=${result?.params ?? settings.params}></runaway-model-note>
    </main>`;
  }

  /** Maps grow with the window, so both of them, their figures and the header fit one screen. */
  private mapHeight(): number {
    return isWide() && this.firstScreen.mapHeight !== null ? this.firstScreen.mapHeight : this.windowMapHeight();
  }

  /** The maps' height for the window's size alone, before the first screen is measured. */
  private windowMapHeight(): number {
    return Math.round(isWide() ? Math.min(520, Math.max(180, window.innerHeight - 525)) : Math.min(420, Math.max(200, window.innerWidth * 0.45)));
  }

  /**
   * On a wide screen the maps and the main chart end where the window ends, whatever the length of
   * the texts above them (Spanish runs a line or two longer than English): once the page is laid
   * out, the maps' height is corrected by what they overflow or leave free, and the chart's SVG may
   * shrink, keeping its shape. Measured again only when the window, language, scenario, settings
   * column or the presence of a run changes, never during playback frames.
   */
  private fitFirstScreenWhenChanged(): void {
    const key = [window.innerWidth, window.innerHeight, getLocale(), this.settings.preset.id, this.settingsOpen, this.simulation.value !== null].join('|');
    if (key === this.firstScreen.key) return;
    this.firstScreen.key = key;
    requestAnimationFrame(() => this.fitFirstScreen(key));
  }

  private fitFirstScreen(key: string): void {
    if (key !== this.firstScreen.key) return;
    const maps = this.renderRoot.querySelector('runaway-data-vs-reality');
    const section = this.renderRoot.querySelector('.over-time');
    const chartSvg = section?.querySelector('runaway-chart')?.shadowRoot?.querySelector('svg');
    if (!isWide() || !maps || !section || !chartSvg || this.simulation.value === null) {
      this.firstScreen.mapHeight = null;
      this.style.removeProperty('--first-screen-chart-max');
      return;
    }
    const bottom = window.innerHeight - FIRST_SCREEN_MARGIN;
    // The maps themselves, not the figures under them, which may follow below the first screen.
    const mapBottoms = [...(maps.shadowRoot?.querySelectorAll('[data-region^="map-"]') ?? [])].map((map) => map.getBoundingClientRect().bottom);
    if (mapBottoms.length === 0) return;
    const mapsOver = Math.max(...mapBottoms) + window.scrollY - bottom;
    // Only ever smaller than the height for the window alone: a map grown to the last pixel could
    // end a hexagon row past the window.
    const mapHeight = Math.round(Math.min(this.windowMapHeight(), Math.max(MIN_FIRST_SCREEN_MAP, this.mapHeight() - mapsOver)));
    const svgBox = chartSvg.getBoundingClientRect();
    const underSvg = section.getBoundingClientRect().bottom - svgBox.bottom;
    const chartRoom = Math.round(bottom - (svgBox.top + window.scrollY) - underSvg);
    this.style.setProperty('--first-screen-chart-max', `${Math.max(MIN_FIRST_SCREEN_CHART, chartRoom)}px`);
    if (mapHeight !== this.firstScreen.mapHeight) {
      this.firstScreen.mapHeight = mapHeight;
      this.requestUpdate();
    }
  }

  /** The main chart is drawn larger on a wide screen (text readable from the back of a room). */
  private chartZoom(): number {
    return isWide() ? 1.1 : 1;
  }

  /** "From 1.1 times to 2.9 times since day 1": how the sentence's ratio moved while playing. */
  private sinceDayOne(): string {
    const result = this.simulation.value;
    const now = this.snapshot;
    if (!result || !now) return '';
    const first = daySnapshot(result, 0);
    const from = first ? disparity(first) : null;
    const to = disparity(now);
    if (from === null) return '';
    if (now.day === 0 || to === null) return t('app.sinceStart', { from: formatTimes(from) });
    return t('app.since', { from: formatTimes(from), to: formatTimes(to), day: formatSerial(now.day + 1) });
  }

  private readonly toggleSettings = (): void => {
    this.settingsOpen = !this.settingsOpen;
    if (this.settingsOpen) this.settingsRendered = true;
  };

  /**
   * What a link, a file or an embed needs to reproduce the run on screen. The same object until
   * the preset, params, seed or shown day change, so the menus that take it do not re-render on
   * every frame and the link is not re-encoded.
   */
  private shareState(): ShareState {
    const day = this.snapshot && this.snapshot.day > 0 ? this.snapshot.day + 1 : undefined;
    const { preset, params, seed } = this.settings;
    const cached = this.sharedState;
    if (cached && cached.preset === preset && cached.params === params && cached.seed === seed && cached.day === day) return cached.state;
    const state = shareStateFor(preset, params, seed, day === undefined ? {} : { day });
    this.sharedState = { preset, params, seed, day, state, presentLink: `present.html#${encodePermalink({ ...state, view: {} })}` };
    return state;
  }

  /** A link was opened (on load or by a hash change): apply its valid part, keep its notices. */
  private applyLink(decoded: DecodedPermalink): void {
    if (decoded.notices.length) void this.loadTools();
    const needsRun = this.settings.applyState(decoded.preset.id, decoded.params, decoded.state.seed);
    const day = decoded.state.view.day;
    if (needsRun) {
      this.playback.pause();
      this.playback.seek(0);
      this.runSimulation();
    }
    if (day !== undefined) this.pendingDay = day - 1;
    this.requestUpdate();
  }

  private onScenarioOpen(event: CustomEvent<ScenarioOpenDetail>): void {
    const { state, params, notices } = event.detail;
    this.permalink.notices = notices;
    if (this.settings.applyState(state.presetId, params, state.seed)) {
      this.playback.pause();
      this.playback.seek(0);
      this.runSimulation();
    }
    this.requestUpdate();
  }

  /**
   * Loads the share, download and embed tools: they are not needed to watch the loop, so they
   * stay out of the first visit's JavaScript and arrive when the pointer or focus reaches them.
   */
  private readonly loadTools = (): Promise<void> => {
    this.toolsPromise ??= Promise.all([
      import('../share/share-menu.ts'),
      import('../share/share-notice.ts'),
      import('../export/export-menu.ts'),
      import('../embed/embed-dialog.ts'),
    ]).then(async () => {
      // A placeholder that has focus is about to be replaced: hand focus to the real tool, so a
      // Tab into the toolbar never drops it to the page.
      const focused = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
      const tag = focused?.dataset.tool;
      this.toolsLoaded = true;
      if (!tag) return;
      await this.updateComplete;
      const tool = this.renderRoot.querySelector(tag) as LitElement | null;
      await tool?.updateComplete;
      tool?.shadowRoot?.querySelector<HTMLElement>('summary, button')?.focus();
    });
    return this.toolsPromise;
  };

  /** Opens a tool's menu, loading it first if needed. */
  private async openTool(tag: 'runaway-share-menu' | 'runaway-export-menu'): Promise<void> {
    const wasLoaded = this.toolsLoaded;
    await this.loadTools();
    await this.updateComplete;
    const menu = this.renderRoot.querySelector(tag);
    await (menu as LitElement | null)?.updateComplete;
    if (!wasLoaded) menu?.shadowRoot?.querySelector('summary')?.click();
  }

  private async openEmbedDialog(): Promise<void> {
    await this.loadTools();
    await this.updateComplete;
    (this.renderRoot.querySelector('runaway-embed-dialog') as EmbedDialog | null)?.show();
  }

  private onPresetChange(event: CustomEvent<{ id: string }>): void {
    if (!this.settings.loadPreset(event.detail.id)) return;
    this.playback.pause();
    this.playback.seek(0);
    this.runSimulation();
  }

  private onParamEdit(event: CustomEvent<SettingEdit>): void {
    const edit = event.detail;
    if (edit.path === SPEED_PATH) {
      this.playback.setSpeed(Number('value' in edit ? edit.value : edit.text));
      return;
    }
    this.afterSettings(this.settings.edit(edit));
  }

  /** Re-renders after a settings change, and starts a new run when params or seed changed. */
  private afterSettings(needsRun: boolean): void {
    if (needsRun) this.runSimulation();
    this.requestUpdate();
  }

  private runSimulation(): void {
    if (this.runner === NO_RUNNER) return;
    const task = streamedRun(this.runner, this.settings.params, this.settings.seed, this.simulation.value === null);
    void this.simulation.run(task).then((outcome) => {
      if (outcome?.status === 'invalid') {
        this.settings.recordInvalid(outcome.field, outcome.message);
        this.requestUpdate();
      }
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-app': RunawayApp;
  }
}
