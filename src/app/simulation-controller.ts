/**
 * The simulation task of the page: sends params and seed to the worker client, keeps the latest
 * result (or the part of it streamed so far), and turns invalid input and worker failures into
 * state the page can show. The client drops superseded runs; this controller also ignores any
 * answer that is not for the newest request (a call counter), so a late answer never wins.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { neighborhoodCount, type Params, type RunResult } from '../../models/index.ts';
import type { RunOutcome, SimClient } from '../sim-client.ts';
import { PartialRun } from './partial-run.ts';

/** The one method of the worker client this page uses. */
export type SimRunner = Pick<SimClient, 'run'>;

export type SimulationStatus = 'idle' | 'running' | 'done' | 'failed';

/**
 * Streamed partial results replace the result on screen only after this long: short runs (a
 * slider drag) then swap in one piece instead of flashing a half-drawn history.
 */
const STREAM_AFTER_MS = 250;
/** While streaming, the partial run on screen is refreshed at most this often (metrics are recomputed each time). */
const STREAM_REFRESH_MS = 400;
/**
 * ...and the page spends at most about a quarter of its time on those refreshes: a refresh that
 * took c ms (assembling, metrics, redrawing every view) waits 3c before the next, so a very large
 * run keeps the page responsive instead of redrawing back to back.
 */
const STREAM_IDLE_FACTOR = 3;
/**
 * Runs smaller than this (neighborhood-days; the default scenario has 146,000) finish in well
 * under a tenth of a second, so they are not streamed: copying chunks would only slow them.
 */
const STREAM_MIN_CELL_DAYS = 1_000_000;

export class SimulationController implements ReactiveController {
  status: SimulationStatus = 'idle';
  /** The run on screen: the newest finished run, or the newest run's streamed part. */
  result: RunResult | null = null;
  /** True while `result` is a partial history still growing. */
  streaming = false;
  /** Share of the newest run computed so far, in [0, 1]. */
  progress = 0;
  /** Why the last run failed (worker crash, time-out), shown in a banner with a retry. */
  failure: string | null = null;
  /** A value the worker rejected: the field and the message to show next to its control. */
  invalid: { field: string; message: string } | null = null;
  /** Increments with every finished run shown, so views can tell a new run from a new frame. */
  runId = 0;

  private requestId = 0;
  private last: { params: Params; seed: number } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The worker client; replaceable (main.ts hands it over after the page is built). */
    public runner: SimRunner,
    /** Called after a new finished run is on screen. */
    private readonly onDone: (result: RunResult) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Runs `params` with `seed`; any earlier run still in flight is superseded. */
  async request(params: Params, seed: number): Promise<void> {
    const id = ++this.requestId;
    this.last = { params, seed };
    this.status = 'running';
    this.progress = 0;
    this.invalid = null;
    this.host.requestUpdate();
    const started = performance.now();
    const partial = new PartialRun(seed);
    let nextRefresh = 0;
    const callbacks: Parameters<SimRunner['run']>[2] = {
      onChunk: (chunk) => {
        if (id !== this.requestId) return;
        partial.add(chunk);
        const now = performance.now();
        // Nothing on screen yet: show the first days at once. Otherwise wait, then refresh at a calm pace.
        const due = this.result === null || (now - started >= STREAM_AFTER_MS && now >= nextRefresh);
        if (!due) return;
        const assembled = partial.assemble();
        if (!assembled) return;
        this.result = assembled;
        this.streaming = true;
        this.host.requestUpdate();
        // The views redraw in microtasks; a timer fires once they are done, which measures the refresh.
        nextRefresh = Infinity;
        setTimeout(() => {
          const finished = performance.now();
          nextRefresh = finished + Math.max(STREAM_REFRESH_MS, STREAM_IDLE_FACTOR * (finished - now));
        }, 0);
      },
      onProgress: (done, total) => {
        if (id !== this.requestId) return;
        this.progress = total > 0 ? done / total : 0;
        this.host.requestUpdate();
      },
    };
    if (params.days * neighborhoodCount(params) < STREAM_MIN_CELL_DAYS) delete callbacks!.onChunk;
    let outcome: RunOutcome;
    try {
      outcome = await this.runner.run(params, seed, callbacks);
    } catch (error) {
      outcome = { status: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    if (id !== this.requestId) return;
    this.apply(outcome);
  }

  /** Runs the last request again (the retry of the failure banner). */
  retry(): Promise<void> {
    return this.last ? this.request(this.last.params, this.last.seed) : Promise.resolve();
  }

  private apply(outcome: RunOutcome): void {
    switch (outcome.status) {
      case 'done':
        this.result = outcome.result;
        this.streaming = false;
        this.status = 'done';
        this.progress = 1;
        this.failure = null;
        this.runId++;
        this.host.requestUpdate();
        this.onDone(outcome.result);
        return;
      case 'superseded':
        return;
      case 'invalid':
        this.status = this.result ? 'done' : 'idle';
        this.invalid = { field: outcome.field, message: outcome.message };
        break;
      case 'failed':
        this.status = 'failed';
        this.failure = outcome.message;
        break;
    }
    this.streaming = false;
    this.host.requestUpdate();
  }
}
