/**
 * State of a long batch (replicates, a sweep, a policy grid) for a view: progress, cancel, and
 * how it ended. Cancelling aborts the engine's work and retires the job at once, so no progress
 * or result of a cancelled or superseded job can reach the screen afterwards.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type BatchState = 'idle' | 'running' | 'done' | 'cancelled' | 'invalid' | 'failed';

/** One run of a batch; stale once cancelled or replaced by a newer one. */
export interface BatchJob {
  readonly signal: AbortSignal;
  /** True while this job is the controller's current, running job. */
  readonly live: boolean;
  /** Reports `done` of the job's `total` units of work (ignored once stale). */
  progress(done: number): void;
}

export class BatchController implements ReactiveController {
  state: BatchState = 'idle';
  done = 0;
  total = 0;
  /** Why the batch stopped, for 'invalid' and 'failed'. */
  message = '';
  private abort: AbortController | undefined;
  private jobId = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    if (this.state === 'running') this.cancel();
  }

  get running(): boolean {
    return this.state === 'running';
  }

  /** Starts a job of `total` units, cancelling any job still running. */
  begin(total: number): BatchJob {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const id = ++this.jobId;
    this.state = 'running';
    this.done = 0;
    this.total = total;
    this.message = '';
    this.host.requestUpdate();
    const controller = this;
    return {
      signal: abort.signal,
      get live() {
        return id === controller.jobId && controller.state === 'running';
      },
      progress(done: number) {
        if (!this.live) return;
        controller.done = done;
        controller.host.requestUpdate();
      },
    };
  }

  /** Stops the running job: its work is aborted and nothing more from it is shown. */
  cancel(): void {
    if (this.state !== 'running') return;
    this.jobId++;
    this.abort?.abort();
    this.state = 'cancelled';
    this.host.requestUpdate();
  }

  /** Ends `job` as done, invalid or failed (ignored when the job is stale). */
  end(job: BatchJob, state: 'done' | 'invalid' | 'failed', message = ''): void {
    if (!job.live) return;
    this.state = state;
    this.message = message;
    if (state === 'done') this.done = this.total;
    this.host.requestUpdate();
  }
}
