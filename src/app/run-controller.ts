/**
 * The one way a view runs something in the workers and follows its result: a single run, a
 * streamed run, a pair of twins, replicates, a sweep or a grid. Each `run(task)` is a job; a newer
 * job supersedes an older one (a job counter), cancelling aborts it, and nothing from a stale job
 * (its progress, preview or outcome) ever reaches the host. The controller keeps the newest
 * finished value on screen through later failures, and turns a thrown error into a failure.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RunResult } from '../../models/index.ts';
import type { RunOutcome } from '../sim-client-types.ts';

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'invalid' | 'failed';

/** How a job ended, as its task reports it. */
export type TaskOutcome<T> =
  | { status: 'done'; value: T }
  /** Someone else's newer request took the worker: nothing to show (the job keeps no result). */
  | { status: 'superseded' }
  /** The job's signal fired. */
  | { status: 'cancelled' }
  /** A value the worker refused: `field` is the dotted path of the control to flag. */
  | { status: 'invalid'; field: string; message: string }
  /** A crash, a time-out or a thrown error. */
  | { status: 'failed'; message: string };

/** Why the last job did not finish: the message to show and, for a refused value, its field. */
export interface RunFailure {
  message: string;
  field: string | null;
}

/** What a task gets to report with; every call is ignored once the job is stale. */
export interface RunJob<T> {
  /** Fires when the job is cancelled or superseded; pass it to the engine so the work stops. */
  readonly signal: AbortSignal;
  /** True while this job is the controller's current, running job. */
  readonly live: boolean;
  /** Reports `done` of `total` units of work (total defaults to the job's declared total). */
  progress(done: number, total?: number): void;
  /** Shows an interim value (a streamed partial run) until the job ends. */
  preview(value: T): void;
}

export type RunTask<T> = (job: RunJob<T>) => Promise<TaskOutcome<T>>;

export interface RunControllerOptions<T> {
  /** Called after a job's value is on screen (not for values shown with `show`). */
  onDone?: (value: T) => void;
}

export class RunController<T> implements ReactiveController {
  status: RunStatus = 'idle';
  /** The value on screen: the newest finished job's value, or the running job's preview. */
  value: T | null = null;
  /** True while `value` is the running job's preview, not a finished value. */
  previewing = false;
  /** Units of work done and in all, for the running (or last) job. */
  done = 0;
  total = 0;
  /** Why the last job failed or was refused; null after a job finishes. */
  failure: RunFailure | null = null;
  /** Increments with every finished value shown, so views can tell a new run from a new frame. */
  runId = 0;

  private jobId = 0;
  private abort: AbortController | undefined;
  private last: { task: RunTask<T>; total: number } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RunControllerOptions<T> = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A removed host stops its job: nothing can arrive for it, and `status` says 'cancelled'. */
  hostDisconnected(): void {
    this.cancel();
  }

  get running(): boolean {
    return this.status === 'running';
  }

  /** Share of the running job done, in [0, 1] (0 when its total is unknown). */
  get progress(): number {
    return this.total > 0 ? Math.min(1, this.done / this.total) : 0;
  }

  /**
   * Starts `task` as the current job, superseding (and aborting) any job still running. Resolves
   * with the task's outcome while the job is still current, or null once it is stale: a caller
   * that awaits it acts only on a non-null answer.
   */
  async run(task: RunTask<T>, options: { total?: number } = {}): Promise<TaskOutcome<T> | null> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const id = ++this.jobId;
    const total = options.total ?? 0;
    this.last = { task, total };
    this.status = 'running';
    this.done = 0;
    this.total = total;
    this.failure = null;
    this.host.requestUpdate();
    const controller = this;
    const job: RunJob<T> = {
      signal: abort.signal,
      get live() {
        return id === controller.jobId && controller.status === 'running';
      },
      progress(done, all) {
        if (!this.live) return;
        controller.done = done;
        if (all !== undefined) controller.total = all;
        controller.host.requestUpdate();
      },
      preview(value) {
        if (!this.live) return;
        controller.value = value;
        controller.previewing = true;
        controller.host.requestUpdate();
      },
    };
    let outcome: TaskOutcome<T>;
    try {
      outcome = await task(job);
    } catch (error) {
      outcome = { status: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    if (!job.live) return null;
    this.settle(outcome);
    return outcome;
  }

  /** Shows a value already at hand (a cached run) as finished, superseding any running job. */
  show(value: T): void {
    this.abort?.abort();
    this.jobId++;
    this.value = value;
    this.previewing = false;
    this.status = 'done';
    this.failure = null;
    this.done = this.total;
    this.host.requestUpdate();
  }

  /** Runs the last task again (the retry of a failure banner). */
  retry(): Promise<TaskOutcome<T> | null> {
    return this.last ? this.run(this.last.task, { total: this.last.total }) : Promise.resolve(null);
  }

  /** Stops the running job: its work is aborted and nothing more from it is shown. */
  cancel(): void {
    if (this.status !== 'running') return;
    this.jobId++;
    this.abort?.abort();
    this.status = 'cancelled';
    this.previewing = false;
    this.host.requestUpdate();
  }

  private settle(outcome: TaskOutcome<T>): void {
    switch (outcome.status) {
      case 'done':
        this.value = outcome.value;
        this.previewing = false;
        this.status = 'done';
        this.done = Math.max(this.done, this.total);
        this.runId++;
        this.host.requestUpdate();
        this.options.onDone?.(outcome.value);
        return;
      case 'superseded':
        // The worker went to someone else's request: the screen keeps what it had.
        this.status = this.value !== null ? 'done' : 'idle';
        break;
      case 'cancelled':
        this.status = 'cancelled';
        break;
      case 'invalid':
        this.status = 'invalid';
        this.failure = { message: outcome.message, field: outcome.field };
        break;
      case 'failed':
        this.status = 'failed';
        this.failure = { message: outcome.message, field: null };
        break;
    }
    // A streamed part stays on screen (its days are real), but it is no longer growing.
    this.previewing = false;
    this.host.requestUpdate();
  }
}

/** A worker's answer to one run, as a task outcome. */
export function runTaskOutcome(outcome: RunOutcome): TaskOutcome<RunResult> {
  return outcome.status === 'done' ? { status: 'done', value: outcome.result } : outcome;
}
