/**
 * Playback of a finished (or streaming) run: a day cursor that advances at a chosen number of
 * days per second on animation frames. The run itself is computed in a worker; playback only
 * moves the cursor, and never past the days that have arrived so far.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_SPEED } from '../settings/playback-speed.ts';

/** What the playback needs to know about the run it plays. */
export interface PlaybackRun {
  /** Days the run will have when finished. */
  totalDays(): number;
  /** Days simulated and received so far. */
  availableDays(): number;
  /**
   * True when the viewer prefers reduced motion: playback then shows still frames, a jump of
   * about a twelfth of the run every STILL_FRAME_MS, instead of a continuous animation.
   */
  stillFrames?(): boolean;
}

/** With reduced motion: how long each still frame stays, and how many frames a run has. */
export const STILL_FRAME_MS = 1500;
export const STILL_FRAMES_PER_RUN = 12;

/** Longest frame gap counted, so a hidden tab does not jump to the end when shown again. */
const MAX_FRAME_MS = 100;

export class PlaybackController implements ReactiveController {
  /** The day shown, 0-based. */
  day = 0;
  playing = false;
  /** Days per second. */
  speed: number = DEFAULT_SPEED;
  private position = 0;
  private frame = 0;
  private lastTime = 0;
  /** Time spent on the current still frame (reduced motion). */
  private stillElapsed = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly run: PlaybackRun,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stopFrames();
  }

  /** Starts playing; from the first day if the cursor is already on the last day. */
  play(): void {
    if (this.playing) return;
    const total = this.run.totalDays();
    if (total <= 0) return;
    if (this.day >= total - 1) this.seek(0);
    this.playing = true;
    this.stillElapsed = 0;
    this.lastTime = performance.now();
    this.frame = requestAnimationFrame(this.tick);
    this.host.requestUpdate();
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    this.stopFrames();
    this.host.requestUpdate();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** Moves the cursor by `delta` days and pauses (a step is a deliberate look at one day). */
  step(delta: number): void {
    this.pause();
    this.seek(this.day + delta);
  }

  /** Back to the first day, keeping the playing state. */
  restart(): void {
    this.seek(0);
  }

  /** Puts the cursor on `day`, clamped to the days available. */
  seek(day: number): void {
    const last = Math.max(0, Math.min(this.run.totalDays(), this.run.availableDays()) - 1);
    const clamped = Math.max(0, Math.min(last, Math.round(day)));
    this.position = clamped;
    if (clamped !== this.day) {
      this.day = clamped;
      this.host.requestUpdate();
    }
  }

  setSpeed(daysPerSecond: number): void {
    this.speed = daysPerSecond;
    this.host.requestUpdate();
  }

  /** Keeps the cursor inside a new run that may be shorter than the last. */
  clampToRun(): void {
    this.seek(this.day);
  }

  private readonly tick = (now: number): void => {
    const elapsed = Math.min(MAX_FRAME_MS, now - this.lastTime);
    this.lastTime = now;
    const total = this.run.totalDays();
    const available = Math.min(total, this.run.availableDays());
    // While a long run streams in, the cursor waits at the last day that has arrived.
    let advance = (this.speed * elapsed) / 1000;
    if (this.run.stillFrames?.()) {
      this.stillElapsed += elapsed;
      advance = 0;
      if (this.stillElapsed >= STILL_FRAME_MS) {
        this.stillElapsed = 0;
        advance = Math.max(1, Math.ceil(total / STILL_FRAMES_PER_RUN));
      }
    }
    this.position = Math.min(available - 1, this.position + advance);
    const day = Math.max(0, Math.floor(this.position));
    if (day !== this.day) {
      this.day = day;
      this.host.requestUpdate();
    }
    if (available >= total && day >= total - 1) {
      this.pause();
      return;
    }
    this.frame = requestAnimationFrame(this.tick);
  };

  private stopFrames(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
