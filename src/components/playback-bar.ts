/**
 * Playback controls: play or pause, one day back or forward, back to the first day, the speed,
 * and a scrubber over the days. Keyboard shortcuts (space, arrows, Home, End) are handled by the
 * page so they work wherever focus is not in a form field; this bar lists them.
 */
import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PLAYBACK_SPEEDS } from '../settings/playback-speed.ts';
import { t } from '../i18n/index.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';
import { formatSerial } from '../i18n/format.ts';

/** Button icons drawn in SVG (symbol fonts differ between machines). */
function icon(path: string) {
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${svg`<path d=${path}></path>`}</svg>`;
}
const PLAY = 'M4 2 L14 8 L4 14 Z';
const PAUSE = 'M3 2 H7 V14 H3 Z M9 2 H13 V14 H9 Z';
const BACK = 'M12 2 L4 8 L12 14 Z';
const FORWARD = 'M4 2 L12 8 L4 14 Z';
const FIRST = 'M2 2 H4 V14 H2 Z M14 2 L5 8 L14 14 Z';

/**
 * The playback bar.
 * @fires playback-toggle - Play or pause.
 * @fires playback-step - Detail `{delta}`: days to move (and pause).
 * @fires playback-restart - Back to the first day.
 * @fires playback-seek - Detail `{day}`: the scrubber moved (0-based day).
 * @fires playback-speed - Detail `{speed}`: days per second.
 */
@customElement('runaway-playback-bar')
export class RunawayPlaybackBar extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      .bar {
        display: grid;
        grid-template-columns: auto 1fr auto;
        grid-template-areas: 'buttons scrub speed';
        align-items: center;
        gap: 0.5rem 0.9rem;
      }
      .buttons {
        grid-area: buttons;
        display: flex;
        gap: 0.35rem;
      }
      .play {
        min-width: 6.4em;
        font-weight: 700;
      }
      button {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        gap: 0.4em;
      }
      .icon {
        width: 0.9em;
        height: 0.9em;
        fill: currentColor;
      }
      .scrub {
        grid-area: scrub;
        display: flex;
        flex-direction: column;
        min-width: 0;
      }
      .scrub input {
        width: 100%;
        margin: 0;
        min-height: 36px;
      }
      .day {
        display: flex;
        justify-content: space-between;
        gap: 0.5rem;
        font-size: 0.9rem;
        font-variant-numeric: tabular-nums;
      }
      .day strong {
        font-size: 1rem;
      }
      .day label {
        white-space: nowrap;
      }
      .status {
        color: var(--ink-soft);
      }
      .speed {
        grid-area: speed;
        display: flex;
        flex-direction: column;
        font-size: 0.8rem;
      }
      .speed select {
        font-size: 0.9rem;
      }
      .keys {
        margin: 0.25rem 0 0;
        font-size: 0.75rem;
        color: var(--ink-soft);
      }
      kbd {
        font: inherit;
        font-weight: 600;
        padding: 0 0.3em;
        border: 1px solid var(--rule-strong);
        border-radius: 3px;
        background: var(--panel);
      }
      /* In a narrow column of a wide page the scrubber takes a row of its own. */
      @container (max-width: 560px) {
        .bar {
          grid-template-columns: auto minmax(0, 1fr);
          grid-template-areas:
            'buttons speed'
            'scrub scrub';
        }
        .speed {
          justify-self: end;
        }
      }
      @media (max-width: 700px) {
        /* On a phone the speed lives in the settings (Run), so the bar keeps to two rows. */
        .bar {
          grid-template-columns: minmax(0, 1fr);
          grid-template-areas:
            'buttons'
            'scrub';
        }
        .speed,
        .keys {
          display: none;
        }
        .buttons button:not(.play) {
          flex: 1 1 0;
        }
      }
    `,
  ];

  /** The day shown, 0-based. */
  @property({ type: Number }) day = 0;
  /** Days of the run when finished. */
  @property({ type: Number }) days = 0;
  /** Days received so far (less than `days` while a long run streams in). */
  @property({ type: Number }) available = 0;
  @property({ type: Boolean }) playing = false;
  @property({ type: Number }) speed = 30;
  /** True while a run is computing; `progress` is its share done, in [0, 1]. */
  @property({ type: Boolean }) computing = false;
  @property({ type: Number }) progress = 0;

  /** Re-renders in the new language when the locale changes. */
  protected readonly locale = new LocaleController(this);

  protected override render() {
    const last = Math.max(0, this.days - 1);
    const disabled = this.available <= 0;
    return html`<div class="bar">
        <div class="buttons" @click=${this.releaseFocusAfterPointer}>
          <button class="play primary" ?disabled=${disabled} @click=${() => this.fire('playback-toggle')} aria-keyshortcuts="Space">
            ${icon(this.playing ? PAUSE : PLAY)} ${this.playing ? t('playback.pause') : t('playback.play')}
          </button>
          <button ?disabled=${disabled} @click=${() => this.fire('playback-step', { delta: -1 })} aria-label=${t('playback.back')} aria-keyshortcuts="ArrowLeft">
            ${icon(BACK)}
          </button>
          <button ?disabled=${disabled} @click=${() => this.fire('playback-step', { delta: 1 })} aria-label=${t('playback.forward')} aria-keyshortcuts="ArrowRight">
            ${icon(FORWARD)}
          </button>
          <button ?disabled=${disabled} @click=${() => this.fire('playback-restart')} aria-label=${t('playback.first')} aria-keyshortcuts="Home">
            ${icon(FIRST)}
          </button>
        </div>
        <div class="scrub">
          <div class="day">
            <label for="scrubber"
              ><strong>${t('playback.day', { day: Math.min(this.day + 1, Math.max(1, this.days)) })}</strong> ${t('playback.ofDays', { days: this.days })}</label
            >
            <span class="status" role="status">${this.computing ? t('playback.computing', { progress: this.progress }) : nothing}</span>
          </div>
          <input
            id="scrubber"
            type="range"
            min="0"
            max=${last}
            step="1"
            .value=${String(this.day)}
            ?disabled=${disabled}
            aria-valuetext=${t('playback.valueText', { day: formatSerial(this.day + 1), days: formatSerial(this.days) })}
            @input=${this.onScrub}
          />
        </div>
        <label class="speed">
          ${t('playback.speed')}
          <select @change=${this.onSpeed}>
            ${PLAYBACK_SPEEDS.map((speed) => html`<option value=${speed} ?selected=${speed === this.speed}>${t('playback.speedOption', { speed })}</option>`)}
          </select>
        </label>
      </div>
      <p class="keys">
        ${t('playback.keys.label')} <kbd>${t('key.space')}</kbd> ${t('playback.keys.toggle')} · <kbd>←</kbd> <kbd>→</kbd> ${t('playback.keys.day')}
        (<kbd>${t('key.shift')}</kbd> ${t('playback.keys.ten')}) · <kbd>${t('key.home')}</kbd> ${t('playback.keys.first')} · <kbd>${t('key.end')}</kbd>
        ${t('playback.keys.last')}
      </p>`;
  }

  /**
   * A mouse or touch click leaves no focus on the button, so the page's shortcuts (Space, the
   * arrows, Home, End) keep working; a keyboard press (detail 0) keeps focus where it is.
   */
  private releaseFocusAfterPointer(event: MouseEvent): void {
    if (event.detail === 0) return;
    const button = (event.target as Element | null)?.closest('button');
    button?.blur();
  }

  private onScrub(event: Event): void {
    this.fire('playback-seek', { day: Number((event.target as HTMLInputElement).value) });
  }

  private onSpeed(event: Event): void {
    this.fire('playback-speed', { speed: Number((event.target as HTMLSelectElement).value) });
  }

  private fire(type: string, detail?: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'runaway-playback-bar': RunawayPlaybackBar;
  }
}
