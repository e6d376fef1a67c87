/**
 * One simulation worker and its guard. Calls go through a watchdog: a worker that crashes, or
 * gives no sign of life for the time bound, is terminated, every call in flight on it rejects
 * with a WorkerFailure that says what happened, and the next call starts a fresh worker.
 */
import { wrap, type Endpoint } from 'comlink';
import type { SimApi } from '../workers/sim.api.ts';
import { t } from './i18n/index.ts';

/**
 * SimApi as seen from the caller: every method returns a promise of its reply. (comlink's own
 * Remote type turns a union reply into a union of promises, which defeats inference.)
 */
export type WorkerApi = { [K in keyof SimApi]: (...args: Parameters<SimApi[K]>) => Promise<Awaited<ReturnType<SimApi[K]>>> };

/** A started worker, whatever the platform (browser Worker, Node worker thread, test double). */
export interface WorkerPort {
  endpoint: Endpoint;
  terminate(): void;
  /** Registers `listener` for a death the client did not ask for: an uncaught error, a failed load, an exit. */
  onCrash(listener: (reason: string) => void): void;
}

/** Starts one worker that exposes SimApi. */
export type WorkerFactory = () => WorkerPort;

export type FailureKind = 'crashed' | 'timeout' | 'stopped';

/** Why a call on a worker did not return. The message is written for the person using the app. */
export class WorkerFailure extends Error {
  override name = 'WorkerFailure';
  constructor(
    readonly kind: FailureKind,
    message: string,
  ) {
    super(message);
  }
}

/** A call in flight: its promise, and `alive()` to reset the watchdog when the worker shows progress. */
export interface GuardedCall<T> {
  promise: Promise<T>;
  alive(): void;
}

export class WorkerSlot {
  private port: WorkerPort | null = null;
  private api: WorkerApi | null = null;
  /**
   * Calls in flight: how to fail each, and how to restart its watchdog. Any sign of life from
   * the worker restarts every call's: a call queued behind another in the worker's message
   * queue (the pool pipelines batches) has not started yet, so its time bound counts from the
   * worker's last sign of life, not from when it was sent.
   */
  private readonly inFlight = new Map<(failure: WorkerFailure) => void, () => void>();
  private heardFrom = false;

  constructor(private readonly factory: WorkerFactory) {}

  /** Whether a worker is running in this slot. */
  get live(): boolean {
    return this.port !== null;
  }

  /** Whether the current worker has answered or shown progress at least once (it has finished loading). */
  get responsive(): boolean {
    return this.heardFrom;
  }

  /** Calls in flight on this slot. */
  get calls(): number {
    return this.inFlight.size;
  }

  /** Starts the worker now if none is running. */
  warm(): WorkerApi {
    if (this.api === null) {
      const port = this.factory();
      this.port = port;
      this.api = wrap<SimApi>(port.endpoint) as unknown as WorkerApi;
      port.onCrash((reason) => {
        if (this.port !== port) return; // an old worker we already replaced
        this.restart(new WorkerFailure('crashed', t('simClient.crashed', { reason })));
      });
    }
    return this.api;
  }

  /**
   * Calls the worker's API under a watchdog of `timeoutMs` without a sign of life (`alive()`
   * counts as one). On a crash or a timeout the worker is restarted and the call rejects.
   */
  call<T>(invoke: (api: WorkerApi) => Promise<T>, timeoutMs: number): GuardedCall<T> {
    const api = this.warm();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    let fail: (failure: WorkerFailure) => void = () => {};
    const promise = new Promise<T>((resolve, reject) => {
      const finish = (complete: () => void, fromWorker: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.inFlight.delete(fail);
        if (fromWorker) this.heardFromWorker();
        complete();
      };
      fail = (failure) => finish(() => reject(failure), false);
      this.inFlight.set(fail, () => arm());
      let reply: Promise<T>;
      try {
        reply = invoke(api);
      } catch (error) {
        reply = Promise.reject(error); // e.g. params that cannot be cloned: fail this call, not the worker
      }
      reply.then(
        (value) => finish(() => resolve(value), true),
        (error: unknown) => finish(() => reject(error), false),
      );
    });
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const seconds = timeoutMs >= 1000 ? t('simClient.seconds', { value: Number((timeoutMs / 1000).toFixed(1)) }) : t('simClient.milliseconds', { value: timeoutMs });
        this.restart(new WorkerFailure('timeout', t('simClient.timeout', { seconds })));
      }, timeoutMs);
    };
    arm();
    return {
      promise,
      alive: () => {
        if (!settled) this.heardFromWorker();
      },
    };
  }

  /** The worker answered or showed progress: it has loaded, and every call's watchdog starts again. */
  private heardFromWorker(): void {
    this.heardFrom = true;
    for (const arm of this.inFlight.values()) arm();
  }

  /** Terminates the worker; every call in flight rejects with `failure`; the next call starts a new worker. */
  restart(failure: WorkerFailure): void {
    const port = this.port;
    this.port = null;
    this.api = null;
    this.heardFrom = false;
    port?.terminate();
    const pending = [...this.inFlight.keys()];
    this.inFlight.clear();
    for (const fail of pending) fail(failure);
  }
}
