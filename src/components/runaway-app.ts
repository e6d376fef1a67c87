/**
 * The explorable page: the preset picker, playback and the live sentence, "what the data says"
 * beside "what is really happening", the feedback-loop diagram, the charts, the settings and a
 * note on the model. UI = f(state): the settings state and three controllers (simulation,
 * playback, keyboard) hold everything; every run goes to the worker client.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
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
  run: async () => ({ status: 'failed', message: 'The simulation worker has not started.' }),
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
      runaway-preset-picker {
        flex: 1 1 100%;
        min-width: 0;
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
  private snapshot: DaySnapshot | null = null;
  /** Maps grow with the window's height, so the two of them and their figures fit on one screen. */
  private readonly onResize = () => this.requestUpdate();
  private sentence = '';
  private announced = '';
  private announcedAt = 0;

  constructor() {
    super();
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
    return html`<main class="layout ${failed ? 'failed' : ''}">
      <header>
        <div class="title">
          <h1>Runaway</h1>
          <p>How a predictive-policing loop over-polices neighborhoods where true crime is no higher.</p>
        </div>
        <runaway-preset-picker .presets=${PRESETS} .selected=${settings.preset.id} @preset-change=${this.onPresetChange}></runaway-preset-picker>
      </header>
      ${failed ? html`<runaway-failure-banner .message=${simulation.failure ?? ''} ?hasEarlierRun=${result !== null} @retry=${() => this.simulation.retry()}></runaway-failure-banner>` : nothing}
      <section class="now" aria-label="Playback">
        <p class="instruction">
          Press <strong>Play</strong> (or Space) to watch ${formatDays(totalDays)} of the loop; then change any setting to see what it does.
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
        <p class="sentence" id="sentence">${this.sentence || (failed ? 'No run to describe yet.' : 'Computing the first run…')}</p>
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
        <h2 class="section" id="loop-heading">The feedback loop, day by day</h2>
        <runaway-loop-diagram .snapshot=${this.snapshot} .params=${result?.params ?? null} .playing=${playback.playing} .reducedMotion=${this.motion.reduce}></runaway-loop-diagram>
      </section>
      <aside class="settings" aria-labelledby="settings-heading">
        <h2 class="sr-only" id="settings-heading">Settings</h2>
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
        <h2 class="section" id="charts-heading">Over time</h2>
        <p class="section-note">Solid lines up to the current day; the run continues faint after it.</p>
        <runaway-chart-grid .result=${result} .day=${playback.day}></runaway-chart-grid>
      </section>
      <runaway-model-note .params=${result?.params ?? settings.params}></runaway-model-note>
    </main>`;
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
