/**
 * The simulation client over any kind of worker: one interactive worker for run() (streamed,
 * superseded by newer calls) and a pool for ensembles, sweeps and replicate batches. The browser
 * (sim-client.ts) and Node (sim-client-node.ts) differ only in how they start a worker.
 */
import { proxy } from 'comlink';
import type { Params, ParamsOverride } from '../models/index.ts';
import { BAND_HIGH, BAND_LOW } from '../models/index.ts';
import { EnsembleCollector } from '../workers/ensemble-stats.ts';
import type { InvalidReply, Replicate, ReplicateReply, RunEvent } from '../workers/protocol.ts';
import { t } from './i18n/index.ts';
import { localizeRefusal } from './i18n/param-errors.ts';
import { WorkerPool } from './sim-client-pool.ts';
import { WorkerFailure, WorkerSlot, type WorkerFactory } from './sim-client-slot.ts';
import type {
  BatchOptions,
  BatchProblem,
  EngineDiagnostics,
  EnsembleOutcome,
  ReplicatesOutcome,
  RunOutcome,
  SimClient,
  SimEngine,
  SweepOutcome,
} from './sim-client-types.ts';

export interface EngineOptions {
  /** Workers in the pool, 1 to 8. */
  poolSize: number;
  /** A worker that shows no progress for this long is stopped and replaced (default 30 s). */
  timeoutMs?: number;
  /**
   * When run() supersedes a run whose worker has been silent this long (a long step that cannot
   * yield), the worker is terminated and replaced instead of waiting for it (default 150 ms).
   */
  terminateAfterMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_TERMINATE_AFTER_MS = 150;

const SUPERSEDED: RunOutcome = { status: 'superseded' };
const CANCELLED: BatchProblem = { status: 'cancelled' };

/** A run() not yet settled. */
interface ActiveRun {
  settled: boolean;
  resolve: (outcome: RunOutcome) => void;
}

/** An `invalid` reply raised through the pool, to end a job early. */
class InvalidInput extends Error {
  constructor(readonly reply: InvalidReply) {
    super(reply.message);
  }
}

/** Creates a client whose workers come from `factory`. */
export function createSimEngine(factory: WorkerFactory, options: EngineOptions): SimEngine {
  return new Engine(factory, options);
}

class Engine implements SimEngine {
  private readonly interactive: WorkerSlot;
  private readonly pool: WorkerPool;
  private readonly timeoutMs: number;
  private readonly terminateAfterMs: number;
  private runCounter = 0;
  private current: ActiveRun | null = null;
  /** performance.now() when the interactive worker last went from idle to busy, and when it last sent anything. */
  private busySince = 0;
  private heardAt = 0;
  private disposed = false;

  constructor(factory: WorkerFactory, options: EngineOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.terminateAfterMs = options.terminateAfterMs ?? DEFAULT_TERMINATE_AFTER_MS;
    this.interactive = new WorkerSlot(factory);
    this.pool = new WorkerPool(factory, options.poolSize, this.timeoutMs);
  }

  warm(which: 'interactive' | 'all' = 'all'): void {
    if (this.disposed) return;
    this.interactive.warm();
    if (which === 'all') this.pool.warm();
  }

  run(params: Params | ParamsOverride, seed: number, options: Parameters<SimClient['run']>[2] = {}): Promise<RunOutcome> {
    if (this.disposed) return Promise.resolve({ status: 'failed', message: t('simClient.disposed') });
    const runId = ++this.runCounter;
    const { onChunk, onProgress } = options;
    return new Promise<RunOutcome>((resolve) => {
      const active: ActiveRun = { settled: false, resolve };
      if (this.current) this.settle(this.current, SUPERSEDED);
      this.current = active;
      const now = performance.now();
      const { interactive } = this;
      // A busy worker that still streams will notice the newer run within one chunk; one that has
      // gone quiet is in a step that cannot yield, so replace it rather than wait. (A worker
      // still loading its script is quiet too, but a new one would only start loading again.)
      if (interactive.calls > 0 && interactive.responsive && now - Math.max(this.heardAt, this.busySince) > this.terminateAfterMs) {
        interactive.restart(new WorkerFailure('stopped', t('simClient.superseded')));
      }
      if (interactive.calls === 0) this.busySince = now;
      const onEvent = proxy((event: RunEvent) => {
        call.alive();
        this.heardAt = performance.now();
        if (active.settled) return; // superseded or failed: nothing more reaches the caller
        if (event.kind === 'chunk') {
          onChunk?.(event.chunk);
          onProgress?.(event.chunk.toDay, event.chunk.days);
        } else {
          onProgress?.(event.daysDone, event.days);
        }
      });
      // Progress events are requested even without callbacks: they feed the watchdog.
      const stream = onChunk ? 'history' : 'progress';
      const call = interactive.call((api) => api.run({ runId, params, seed, stream }, onEvent), this.timeoutMs);
      call.promise.then(
        (reply) => {
          this.heardAt = performance.now();
          this.settle(active, reply.status === 'superseded' ? SUPERSEDED : reply);
        },
        (error: unknown) => this.settle(active, { status: 'failed', message: failureMessage(error) }),
      );
    });
  }

  async ensemble(params: Params | ParamsOverride, seeds: number[], options: BatchOptions = {}): Promise<EnsembleOutcome> {
    const { signal, onProgress } = options;
    return this.batch(async () => {
      const checked = await this.pool.call((api) => api.validate(params, seeds), signal);
      if (checked === 'cancelled') return CANCELLED;
      if (checked.status === 'invalid') return checked;
      const resolved = checked.params;
      const collector = new EnsembleCollector(seeds.length, resolved.days);
      const outcome = await this.pool.map(
        seeds.length,
        (from, to) => (api) => api.replicates({ runs: seeds.slice(from, to).map((seed) => ({ params: resolved, seed })), series: true }),
        (index, reply: ReplicateReply) => {
          collector.add(index, accepted(reply));
          onProgress?.(collector.count, seeds.length);
        },
        signal,
      );
      if (outcome === 'cancelled') return CANCELLED;
      return {
        status: 'done',
        ensemble: {
          params: resolved,
          seeds: [...seeds],
          replicates: seeds.length,
          days: resolved.days,
          bandLevels: { low: BAND_LOW, high: BAND_HIGH },
          series: collector.seriesBands()!,
          summary: collector.summary(),
        },
      };
    });
  }

  async sweep(
    params: Params | ParamsOverride,
    path: string,
    values: number[],
    seeds: number[],
    options: BatchOptions & { metric?: string } = {},
  ): Promise<SweepOutcome> {
    const { signal, onProgress, metric } = options;
    return this.batch(async () => {
      const checked = await this.pool.call((api) => api.validate(params, seeds), signal);
      if (checked === 'cancelled') return CANCELLED;
      if (checked.status === 'invalid') return checked;
      const plan = await this.pool.call((api) => api.planSweep(checked.params, path, values, metric), signal);
      if (plan === 'cancelled') return CANCELLED;
      if (plan.status === 'invalid') return plan;
      const replicates = seeds.length;
      const total = plan.points.length * replicates;
      const collectors = plan.points.map(() => new EnsembleCollector(replicates, 0));
      let done = 0;
      // Task t is seed t % R at value ⌊t / R⌋: every value sees the same seeds (common random numbers).
      const outcome = await this.pool.map(
        total,
        (from, to) => (api) => {
          const runs = [];
          for (let task = from; task < to; task++) runs.push({ params: plan.points[Math.floor(task / replicates)]!, seed: seeds[task % replicates]! });
          return api.replicates({ runs, series: false });
        },
        (task, reply: ReplicateReply) => {
          collectors[Math.floor(task / replicates)]!.add(task % replicates, accepted(reply));
          onProgress?.(++done, total);
        },
        signal,
      );
      if (outcome === 'cancelled') return CANCELLED;
      const points = plan.points.map((pointParams, k) => ({ value: values[k]!, params: pointParams, summary: collectors[k]!.summary() }));
      const chosen = points.map((point) => point.summary[plan.metric]!);
      return {
        status: 'done',
        sweep: {
          path,
          values: [...values],
          metric: plan.metric,
          seeds: [...seeds],
          bandLevels: { low: BAND_LOW, high: BAND_HIGH },
          median: Float64Array.from(chosen, (q) => q.median),
          low: Float64Array.from(chosen, (q) => q.low),
          high: Float64Array.from(chosen, (q) => q.high),
          points,
        },
      };
    });
  }

  async replicates(params: Params | ParamsOverride, seeds: number[], options: BatchOptions & { series?: boolean } = {}): Promise<ReplicatesOutcome> {
    const { signal, onProgress, series = false } = options;
    return this.batch(async () => {
      const checked = await this.pool.call((api) => api.validate(params, seeds), signal);
      if (checked === 'cancelled') return CANCELLED;
      if (checked.status === 'invalid') return checked;
      const resolved = checked.params;
      const runs: Replicate[] = new Array(seeds.length);
      let done = 0;
      const outcome = await this.pool.map(
        seeds.length,
        (from, to) => (api) => api.replicates({ runs: seeds.slice(from, to).map((seed) => ({ params: resolved, seed })), series }),
        (index, reply: ReplicateReply) => {
          // The replicate as the worker sent it, person metrics included when the layer is on.
          runs[index] = { ...accepted(reply), seed: seeds[index]! };
          onProgress?.(++done, seeds.length);
        },
        signal,
      );
      if (outcome === 'cancelled') return CANCELLED;
      return { status: 'done', params: resolved, runs };
    });
  }

  async diagnostics(collectGarbage = false): Promise<EngineDiagnostics> {
    const slots: { role: 'interactive' | 'pool'; slot: WorkerSlot }[] = [
      ...(this.interactive.live ? [{ role: 'interactive' as const, slot: this.interactive }] : []),
      ...this.pool.workers.map((slot) => ({ role: 'pool' as const, slot })),
    ];
    const workers = await Promise.all(
      slots.map(async ({ role, slot }) => ({ role, ...(await slot.call((api) => api.diagnostics(collectGarbage), this.timeoutMs).promise) })),
    );
    return { pendingRuns: this.current ? 1 : 0, pendingTasks: this.pool.pendingTasks, workers };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.current) this.settle(this.current, SUPERSEDED);
    this.pool.dispose();
    this.interactive.restart(new WorkerFailure('stopped', t('simClient.disposed')));
  }

  private settle(active: ActiveRun, outcome: RunOutcome): void {
    if (active.settled) return;
    active.settled = true;
    if (this.current === active) this.current = null;
    active.resolve(localizeRefusal(outcome));
  }

  /** Runs a pool job, turning an invalid reply or a worker failure into an outcome. */
  private async batch<T>(job: () => Promise<T | BatchProblem>): Promise<T | BatchProblem> {
    if (this.disposed) return { status: 'failed', message: t('simClient.disposed') };
    try {
      return localizeRefusal(await job());
    } catch (error) {
      if (error instanceof InvalidInput) return localizeRefusal(error.reply);
      if (this.disposed) return CANCELLED;
      return { status: 'failed', message: failureMessage(error) };
    }
  }
}

/** The replicate, or an InvalidInput thrown to end the job. */
function accepted(reply: ReplicateReply): Replicate {
  if (reply.status === 'invalid') throw new InvalidInput(reply);
  return { seed: reply.seed, metrics: reply.metrics, series: reply.series, people: reply.people ?? null };
}

/** A sentence for the UI: the worker's own words for a crash or timeout, else the error's message. */
function failureMessage(error: unknown): string {
  if (error instanceof WorkerFailure) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return t('simClient.bug', { message });
}
