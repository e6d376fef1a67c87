/**
 * A pool of simulation workers for ensembles and sweeps: a FIFO queue of jobs, whose tasks go
 * to the workers in batches. A task's result is delivered with its index, so what a job
 * computes never depends on the pool's size, the batches, or the order tasks finish.
 *
 * Two things keep every worker busy. Batches: one message carries several tasks, so the
 * per-message costs (a round trip, cloning and validating the params) are paid per batch, and
 * batches shrink toward the end of a job (guided self-scheduling) so the workers finish
 * together. Pipelining: a worker may hold a second batch of the same job in its message queue,
 * so it starts on it the moment it replies instead of idling while the reply travels to this
 * thread and the next request travels back (a millisecond or more each way in a browser, beside
 * about 10 ms a replicate).
 */
import { t } from './i18n/index.ts';
import { WorkerFailure, WorkerSlot, type WorkerApi, type WorkerFactory } from './sim-client-slot.ts';

/** `navigator.hardwareConcurrency` (or Node's availableParallelism) clamped to 1 to 8 workers. */
export function clampPoolSize(cores: number | undefined): number {
  return Math.min(8, Math.max(1, Math.floor(cores ?? 1) || 1));
}

/** Batches one worker may hold at once: the one it runs and one waiting in its message queue. */
const PIPELINE_DEPTH = 2;
/** A batch takes at most 1 / (GUIDED_SHARES × workers) of the tasks left, so the last batches are single tasks. */
const GUIDED_SHARES = 4;
/**
 * A batch is sized to take about this long, by the job's measured time per task (its first
 * batches are single tasks), so progress still arrives several times a second and the watchdog
 * hears from the worker long before its time bound, however slow one task is.
 */
const BATCH_TARGET_MS = 100;

type Invoke<T> = (api: WorkerApi) => Promise<T>;

interface Job {
  count: number;
  next: number;
  finished: number;
  stopped: boolean;
  /** The call that runs tasks [from, to) and resolves to their results, in order. */
  invoke: (from: number, to: number) => Invoke<unknown[]>;
  onResult: (index: number, value: unknown) => void;
  /** Milliseconds a task took in the job's last finished batch; undefined before the first. */
  msPerTask: number | undefined;
  /** Slots running this job's batches, and how many each holds. */
  running: Map<WorkerSlot, number>;
  settle: (outcome: 'done' | 'cancelled' | { error: unknown }) => void;
}

export class WorkerPool {
  private readonly slots: WorkerSlot[] = [];
  private readonly jobs: Job[] = [];
  /** When each slot last replied: a batch queued behind another starts then, not when it was sent. */
  private readonly repliedAt = new Map<WorkerSlot, number>();

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
   * Runs tasks 0 to count − 1 in batches, `invoke(from, to)` giving the call that runs tasks
   * [from, to) and resolves to their results in order, and calls `onResult(index, value)` for
   * each task as its batch returns. Resolves 'done' when all have, 'cancelled' if `signal`
   * aborts (the job's running workers are terminated, so a long replicate stops at once);
   * rejects with the first batch's failure or the first error thrown by `onResult`, and drops
   * the job's remaining tasks.
   */
  map<T>(count: number, invoke: (from: number, to: number) => Invoke<T[]>, onResult: (index: number, value: T) => void, signal?: AbortSignal): Promise<'done' | 'cancelled'> {
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
        msPerTask: undefined,
        running: new Map(),
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
    const outcome = await this.map(
      1,
      () => async (api) => [await invoke(api)],
      (_, value: T) => (result = value),
      signal,
    );
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
    return slot;
  }

  private pump(): void {
    for (;;) {
      const job = this.jobs.find((candidate) => candidate.next < candidate.count);
      if (!job) return;
      const slot = this.slotFor(job);
      if (!slot) return;
      this.start(job, slot);
    }
  }

  /**
   * Where `job`'s next batch goes: an idle worker (a new one while the pool is not full), else
   * one already running this job with room in its pipeline. Never behind another job's batch,
   * so cancelling one job never terminates a worker another job is waiting on.
   */
  private slotFor(job: Job): WorkerSlot | undefined {
    const idle = this.slots.find((slot) => slot.calls === 0);
    if (idle) return idle;
    if (this.slots.length < this.size) return this.addSlot();
    return this.slots.find((slot) => job.running.has(slot) && slot.calls < PIPELINE_DEPTH);
  }

  /** Tasks in `job`'s next batch: guided by the tasks left, bounded by the batch's expected time. */
  private batchSize(job: Job): number {
    const left = job.count - job.next;
    const guided = Math.ceil(left / (this.size * GUIDED_SHARES));
    const timed = job.msPerTask === undefined ? 1 : Math.floor(BATCH_TARGET_MS / Math.max(job.msPerTask, 1e-3));
    return Math.max(1, Math.min(left, guided, timed));
  }

  private start(job: Job, slot: WorkerSlot): void {
    const from = job.next;
    const to = from + this.batchSize(job);
    job.next = to;
    job.running.set(slot, (job.running.get(slot) ?? 0) + 1);
    const sentAt = performance.now();
    slot.call(job.invoke(from, to), this.timeoutMs).promise.then(
      (values) => {
        const now = performance.now();
        const startedAt = Math.max(sentAt, this.repliedAt.get(slot) ?? 0);
        this.repliedAt.set(slot, now);
        if (!job.stopped) job.msPerTask = (now - startedAt) / (to - from);
        this.release(job, slot); // the next batch goes out before this one's results are handled
        if (job.stopped) return;
        try {
          for (let k = 0; k < values.length && !job.stopped; k++) job.onResult(from + k, values[k]);
          // A batch ends early only after a result that onResult refuses (an invalid reply).
          if (values.length !== to - from) throw new RangeError(`A batch of ${to - from} tasks returned ${values.length} results.`);
        } catch (error) {
          return this.stop(job, { error }, false);
        }
        if (job.stopped) return; // onResult cancelled the job
        job.finished += to - from;
        if (job.finished === job.count) this.stop(job, 'done', false);
      },
      (error: unknown) => {
        this.release(job, slot);
        if (!job.stopped) this.stop(job, { error }, false);
      },
    );
  }

  private release(job: Job, slot: WorkerSlot): void {
    const held = (job.running.get(slot) ?? 1) - 1;
    if (held > 0) job.running.set(slot, held);
    else job.running.delete(slot);
    this.pump();
  }

  /** Ends a job: its queued tasks are dropped, and with `terminate` its running workers are stopped. */
  private stop(job: Job, outcome: 'done' | 'cancelled' | { error: unknown }, terminate: boolean): void {
    if (job.stopped) return;
    job.stopped = true;
    job.next = job.count;
    job.finished = job.count;
    this.jobs.splice(this.jobs.indexOf(job), 1);
    if (terminate) for (const slot of [...job.running.keys()]) slot.restart(new WorkerFailure('stopped', t('simClient.cancelled')));
    job.settle(outcome);
  }
}
