/**
 * The explorable page: the preset picker, playback and the live sentence, "what the data says"
 * beside "what is really happening", the feedback-loop diagram, the charts, the settings and a
 * note on the model. UI = f(state): the settings state and three controllers (simulation,
 * playback, keyboard) hold everything; every run goes to the worker client.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PRESETS } from '../../presets/index.ts';
import { daySnapshot, type DaySnapshot } from '../app/day-snapshot.ts';
import { days as formatDays } from '../app/format.ts';
import { KeyboardShortcutsController } from '../app/keyboard-shortcuts.ts';
import { liveSentence, sentenceWindow } from '../app/live-sentence.ts';
import { PlaybackController } from '../app/playback-controller.ts';
import { ReducedMotionController } from '../app/reduced-motion-controller.ts';
import { SPEED_PATH } from '../app/run-specs.ts';
import { SettingsState, type SettingEdit } from '../app/settings-state.ts';
import { SimulationController, type SimRunner } from '../app/simulation-controller.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { EmbedDialog } from '../embed/embed-dialog.ts';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { PermalinkController } from '../share/hash-controller.ts';
import { encodePermalink, type DecodedPermalink } from '../share/permalink.ts';
import type { ScenarioOpenDetail } from '../share/share-menu.ts';
import { shareStateFor, type ShareState } from '../share/share-state.ts';
import '../stories/site-nav.ts';
import './chart-grid.ts';
import './data-vs-reality.ts';
import './failure-banner.ts';
import './loop-diagram.ts';
import './model-note.ts';
import './param-panel.ts';
import './playback-bar.ts';
import './preset-picker.ts';

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
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        grid-template-areas: 'header' 'now' 'compare' 'loop' 'settings' 'charts' 'note';
        gap: 1rem;
        padding: 0.75rem;
        max-width: 120rem;
        margin: 0 auto;
      }
      @media (min-width: 1000px) {
        .layout {
          grid-template-columns: minmax(0, 1fr) 22rem;
          grid-template-areas: 'header settings' 'now settings' 'compare settings' 'loop settings' 'charts settings' 'note settings';
          grid-template-rows: auto auto auto auto auto 1fr;
          padding: 0.75rem 0 0.75rem 1rem;
          gap: 0.8rem 1rem;
        }
        .settings {
          position: sticky;
          top: 0;
          align-self: start;
          height: 100vh;
          overflow-y: auto;
          border-left: 1px solid var(--rule);
          margin-top: -0.75rem;
        }
      }
      @media (min-width: 1600px) {
        .layout {
          grid-template-columns: minmax(0, 1fr) 26rem;
        }
      }
      header {
        grid-area: header;
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        justify-content: space-between;
        gap: 0.4rem 1.5rem;
      }
      .title {
        flex: 1 1 100%;
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0 0.8rem;
      }
      .title h1 {
        margin: 0;
        font-size: 1.6rem;
        line-height: 1.1;
      }
      .title p {
        margin: 0;
        color: var(--ink-soft);
        font-size: 0.9rem;
      }
      runaway-site-nav {
        flex: 1 1 100%;
      }
      runaway-preset-picker {
        flex: 1 1 100%;
        min-width: 0;
      }
      .toolbar {
        flex: 1 1 100%;
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      .tool {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        padding: 0.35em 0.9em;
        border: 1px solid #a9a59c;
        border-radius: 6px;
        background: #ffffff;
        color: inherit;
        font: inherit;
        text-decoration: none;
        cursor: pointer;
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
      .now {
        grid-area: now;
        padding: 0.7rem 0.8rem;
        background: var(--panel);
        border: 1px solid var(--rule);
        border-radius: var(--radius);
      }
      .instruction {
        margin: 0 0 0.4rem;
        font-size: 0.9rem;
      }
      .sentence {
        margin: 0.5rem 0 0;
        font-size: 1.3rem;
        font-weight: 600;
        line-height: 1.3;
      }
      .window {
        margin: 0.15rem 0 0;
        font-size: 0.8rem;
        color: var(--ink-soft);
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
        grid-area: compare;
      }
      .loop {
        grid-area: loop;
      }
      .settings {
        grid-area: settings;
        background: var(--paper);
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
          gap: 0.75rem;
        }
        .title h1 {
          font-size: 1.35rem;
        }
        .sentence {
          font-size: 1.1rem;
        }
      }
    `,
  ];

  /** The worker client (set by main.ts); setting it starts the first run. */
  @property({ attribute: false }) runner: SimRunner = NO_RUNNER;

  private readonly settings = new SettingsState();
  private readonly simulation = new SimulationController(this, NO_RUNNER, () => this.playback.clampToRun());
  private readonly playback = new PlaybackController(this, {
    totalDays: () => this.simulation.result?.history.days ?? 0,
    availableDays: () => this.simulation.result?.history.daysDone ?? 0,
  });
  private readonly motion = new ReducedMotionController(this);
  /** Keeps the URL hash and the page in step: a link reproduces the run exactly. */
  private readonly permalink = new PermalinkController(this, { apply: (decoded) => this.applyLink(decoded) });
  private snapshot: DaySnapshot | null = null;
  @state() private toolsLoaded = false;
  private toolsPromise: Promise<void> | undefined;
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
    if (changed.has('runner')) {
      this.simulation.runner = this.runner;
      this.runSimulation();
    }
    const result = this.simulation.result;
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
    this.permalink.write(this.shareState());
    this.dataset.status = this.simulation.status;
    this.dataset.runId = String(this.simulation.runId);
    this.dataset.day = String(this.snapshot?.day ?? -1);
    if (this.snapshot) {
      this.dispatchEvent(new CustomEvent('runaway-rendered', { detail: { runId: this.simulation.runId, day: this.snapshot.day, status: this.simulation.status } }));
    }
  }

  protected override render() {
    const { settings, simulation, playback } = this;
    const result = simulation.result;
    const totalDays = result?.history.days ?? settings.params.days;
    const failed = simulation.status === 'failed';
    const shareState = this.shareState();
    return html`<main class="layout ${failed ? 'failed' : ''}">
      <header>
        <runaway-site-nav current="explorable"></runaway-site-nav>
        <div class="title">
          <h1 class="sr-only">${t('app.heading')}</h1>
          <p>${t('app.tagline')}</p>
        </div>
        <runaway-preset-picker .presets=${PRESETS} .selected=${settings.preset.id} @preset-change=${this.onPresetChange}></runaway-preset-picker>
        <div class="toolbar" role="group" aria-label=${t('toolbar.label')} @pointerenter=${this.loadTools} @focusin=${this.loadTools}>
          ${this.toolsLoaded
            ? html`<runaway-share-menu .state=${shareState} .params=${settings.params} @scenario-open=${this.onScenarioOpen}></runaway-share-menu>
                <runaway-export-menu .result=${result} .label=${{ presetId: settings.preset.id, seed: settings.seed, modified: settings.changed.size > 0 }} .source=${this.renderRoot}></runaway-export-menu>`
            : html`<button type="button" class="tool" @click=${() => this.openTool('runaway-share-menu')}>${t('toolbar.share')}</button>
                <button type="button" class="tool" @click=${() => this.openTool('runaway-export-menu')}>${t('toolbar.download')}</button>`}
          <button type="button" class="tool" @click=${this.openEmbedDialog}>${t('toolbar.embed')}</button>
          <a class="tool" href=${`present.html#${encodePermalink({ ...shareState, view: {} })}`} title=${t('toolbar.presentHint')}>${t('toolbar.present')}</a>
        </div>
        ${this.permalink.notices.length
          ? html`<runaway-share-notice .notices=${this.permalink.notices} @notice-dismiss=${() => this.permalink.dismissNotices()}></runaway-share-notice>`
          : nothing}
        ${this.toolsLoaded ? html`<runaway-embed-dialog .state=${shareState} preset-title=${settings.preset.title}></runaway-embed-dialog>` : nothing}
      </header>
      ${failed ? html`<runaway-failure-banner .message=${simulation.failure ?? ''} ?hasEarlierRun=${result !== null} @retry=${() => this.simulation.retry()}></runaway-failure-banner>` : nothing}
      <section class="now" aria-label=${t('app.playbackLabel')}>
        <p class="instruction">
          ${t('app.instructionBefore')} <strong>${t('app.instructionPlay')}</strong> ${t('app.instructionAfter', { days: formatDays(totalDays) })}
        </p>
        <runaway-playback-bar
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
        <p class="sentence" id="sentence">${this.sentence || (failed ? t('app.noRun') : t('app.computing'))}</p>
        <p class="window">${this.snapshot ? sentenceWindow(this.snapshot) : nothing}</p>
        <p class="sr-only" aria-live="polite" aria-atomic="true">${this.announced}</p>
      </section>
      <runaway-data-vs-reality
        .result=${result}
        .day=${playback.day}
        .snapshot=${this.snapshot}
        .mapHeight=${Math.round(Math.min(480, Math.max(220, window.innerHeight * 0.4)))}
      ></runaway-data-vs-reality>
      <section class="loop" aria-labelledby="loop-heading">
        <h2 class="section" id="loop-heading">${t('app.loopHeading')}</h2>
        <runaway-loop-diagram .snapshot=${this.snapshot} .params=${result?.params ?? null} .playing=${playback.playing} .reducedMotion=${this.motion.reduce}></runaway-loop-diagram>
      </section>
      <aside class="settings" aria-labelledby="settings-heading">
        <h2 class="sr-only" id="settings-heading">${t('app.settingsHeading')}</h2>
        <runaway-param-panel
          .params=${settings.params}
          .presetParams=${settings.preset.params}
          .seed=${settings.seed}
          .presetSeed=${settings.preset.seed}
          .speed=${playback.speed}
          .changed=${settings.changed}
          .errors=${new Map(settings.errors)}
          @param-edit=${this.onParamEdit}
          @param-reset=${(event: CustomEvent<{ path: string }>) => this.afterSettings(settings.reset(event.detail.path))}
          @param-reset-all=${() => this.afterSettings(settings.resetAll())}
          @param-clear-error=${(event: CustomEvent<{ path: string }>) => {
            settings.clearError(event.detail.path);
            this.requestUpdate();
          }}
          @seed-next=${() => this.afterSettings(settings.nextSeed())}
        ></runaway-param-panel>
      </aside>
      <section class="charts" aria-labelledby="charts-heading">
        <h2 class="section" id="charts-heading">${t('app.chartsHeading')}</h2>
        <p class="section-note">${t('app.chartsNote')}</p>
        <runaway-chart-grid .result=${result} .day=${playback.day}></runaway-chart-grid>
      </section>
      <runaway-model-note .params=${result?.params ?? settings.params}></runaway-model-note>
    </main>`;
  }

  /** What a link, a file or an embed needs to reproduce the run on screen. */
  private shareState(): ShareState {
    return shareStateFor(this.settings.preset, this.settings.params, this.settings.seed);
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
    ]).then(() => {
      this.toolsLoaded = true;
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
    void this.simulation.request(this.settings.params, this.settings.seed).then(() => {
      const invalid = this.simulation.invalid;
      if (invalid) {
        this.settings.recordInvalid(invalid.field, invalid.message);
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
