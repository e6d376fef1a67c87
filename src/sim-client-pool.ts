/**
 * A pool of simulation workers for ensembles and sweeps: a FIFO queue of tasks shared by all
 * jobs, handed to whichever worker is idle. A task's result is delivered with its index, so
 * what a job computes never depends on the pool's size or on the order tasks finish.
 */
import { t } from './i18n/index.ts';
import { WorkerFailure, WorkerSlot, type WorkerApi, type WorkerFactory } from './sim-client-slot.ts';

/** `navigator.hardwareConcurrency` (or Node's availableParallelism) clamped to 1 to 8 workers. */
export function clampPoolSize(cores: number | undefined): number {
  return Math.min(8, Math.max(1, Math.floor(cores ?? 1) || 1));
}

type Invoke<T> = (api: WorkerApi) => Promise<T>;

interface Job {
  count: number;
  next: number;
  finished: number;
  stopped: boolean;
  invoke: (index: number) => Invoke<unknown>;
  onResult: (index: number, value: unknown) => void;
  /** Slots running this job's tasks. */
  running: Set<WorkerSlot>;
  settle: (outcome: 'done' | 'cancelled' | { error: unknown }) => void;
}

export class WorkerPool {
  private readonly slots: WorkerSlot[] = [];
  private readonly idle: WorkerSlot[] = [];
  private readonly jobs: Job[] = [];

  constructor(
    private readonly factory: WorkerFactory,
    readonly size: number,
    private readonly timeoutMs: number,
  ) {}

  /** Tasks queued or running, over all jobs. */
  get pendingTasks(): number {
    return this.jobs.reduce((total, job) => total + job.count - job.finished, 0);
  }

  /** Live workers of the pool. */
  get workers(): readonly WorkerSlot[] {
    return this.slots.filter((slot) => slot.live);
  }

  /** Starts every worker of the pool now. */
  warm(): void {
    while (this.slots.length < this.size) this.addSlot();
    for (const slot of this.slots) slot.warm();
  }

  /**
   * Runs tasks 0 to count − 1, calling `onResult(index, value)` as each finishes. Resolves
   * 'done' when all have, 'cancelled' if `signal` aborts (the job's running workers are
   * terminated, so a long replicate stops at once); rejects with the first task's failure or
   * the first error thrown by `onResult`, and drops the job's remaining tasks.
   */
  map<T>(count: number, invoke: (index: number) => Invoke<T>, onResult: (index: number, value: T) => void, signal?: AbortSignal): Promise<'done' | 'cancelled'> {
    if (signal?.aborted) return Promise.resolve('cancelled');
    if (count === 0) return Promise.resolve('done');
    return new Promise((resolve, reject) => {
      const onAbort = () => this.stop(job, 'cancelled', true);
      const job: Job = {
        count,
        next: 0,
        finished: 0,
        stopped: false,
        invoke,
        onResult: onResult as (index: number, value: unknown) => void,
        running: new Set(),
        settle: (outcome) => {
          signal?.removeEventListener('abort', onAbort);
          if (outcome === 'done' || outcome === 'cancelled') resolve(outcome);
          else reject(outcome.error);
        },
      };
      signal?.addEventListener('abort', onAbort);
      this.jobs.push(job);
      this.pump();
    });
  }

  /** One task on the pool. */
  async call<T>(invoke: Invoke<T>, signal?: AbortSignal): Promise<T | 'cancelled'> {
    let result: T | undefined;
    const outcome = await this.map(1, () => invoke, (_, value: T) => (result = value), signal);
    return outcome === 'cancelled' ? 'cancelled' : result!;
  }

  /** Stops every job ('cancelled') and terminates every worker. */
  dispose(): void {
    for (const job of [...this.jobs]) this.stop(job, 'cancelled', false);
    for (const slot of this.slots) slot.restart(new WorkerFailure('stopped', t('simClient.disposed')));
  }

  private addSlot(): WorkerSlot {
    const slot = new WorkerSlot(this.factory);
    this.slots.push(slot);
    this.idle.push(slot);
    return slot;
  }

  private pump(): void {
    for (;;) {
      const job = this.jobs.find((candidate) => candidate.next < candidate.count);
      if (!job) return;
      if (this.idle.length === 0 && this.slots.length < this.size) this.addSlot();
      const slot = this.idle.shift();
      if (!slot) return;
      this.start(job, job.next++, slot);
    }
  }

  private start(job: Job, index: number, slot: WorkerSlot): void {
    job.running.add(slot);
    slot.call(job.invoke(index), this.timeoutMs).promise.then(
      (value) => {
        this.release(job, slot);
        if (job.stopped) return;
        try {
          job.onResult(index, value);
        } catch (error) {
          return this.stop(job, { error }, false);
        }
        if (++job.finished === job.count) this.stop(job, 'done', false);
      },
      (error: unknown) => {
        this.release(job, slot);
        if (!job.stopped) this.stop(job, { error }, false);
      },
    );
  }

  private release(job: Job, slot: WorkerSlot): void {
    job.running.delete(slot);
    this.idle.push(slot);
    this.pump();
  }

  /** Ends a job: its queued tasks are dropped, and with `terminate` its running workers are stopped. */
  private stop(job: Job, outcome: 'done' | 'cancelled' | { error: unknown }, terminate: boolean): void {
    if (job.stopped) return;
    job.stopped = true;
    job.next = job.count;
    job.finished = job.count;
    this.jobs.splice(this.jobs.indexOf(job), 1);
    if (terminate) for (const slot of [...job.running]) slot.restart(new WorkerFailure('stopped', t('simClient.cancelled')));
    job.settle(outcome);
  }
}
