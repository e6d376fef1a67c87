/**
 * One simulation client for every `<runaway-sim>` on a page. An article may hold several embeds;
 * giving each its own workers would multiply threads and memory, and the client's run() lets a
 * newer call supersede an older one, which would let one embed cancel another's run. So runs
 * go through a queue, one at a time, and a newer request from the same embed replaces its
 * request still waiting in the queue.
 */
import type { Params, ParamsOverride } from '../../models/index.ts';
import type { RunOutcome, SimClient } from '../sim-client-types.ts';

export type RunFunction = SimClient['run'];

interface QueuedRun {
  owner: object;
  params: Params | ParamsOverride;
  seed: number;
  resolve: (outcome: RunOutcome) => void;
}

/** Runs requests one after another on one client; the latest request per owner wins a queue slot. */
export class SharedRunner {
  private readonly queue: QueuedRun[] = [];
  private busy = false;

  constructor(private readonly client: () => Pick<SimClient, 'run'>) {}

  /** Queues a run for `owner`; an earlier queued (not yet started) run of the same owner resolves as superseded. */
  run(owner: object, params: Params | ParamsOverride, seed: number): Promise<RunOutcome> {
    return new Promise((resolve) => {
      const waiting = this.queue.findIndex((queued) => queued.owner === owner);
      if (waiting >= 0) this.queue.splice(waiting, 1)[0]!.resolve({ status: 'superseded' });
      this.queue.push({ owner, params, seed, resolve });
      void this.pump();
    });
  }

  /** Drops the owner's waiting request (an embed removed from the page). */
  forget(owner: object): void {
    const waiting = this.queue.findIndex((queued) => queued.owner === owner);
    if (waiting >= 0) this.queue.splice(waiting, 1)[0]!.resolve({ status: 'superseded' });
  }

  private async pump(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) {
        let outcome: RunOutcome;
        try {
          outcome = await this.client().run(next.params, next.seed);
        } catch (error) {
          outcome = { status: 'failed', message: error instanceof Error ? error.message : String(error) };
        }
        next.resolve(outcome);
      }
    } finally {
      this.busy = false;
    }
  }
}

let pageRunner: SharedRunner | null = null;

/**
 * The page's shared runner, starting the worker client on first use. The client module is
 * passed in (not imported here) so that Node tests can exercise the queue without a Worker.
 */
export function pageSharedRunner(start: () => Pick<SimClient, 'run'>): SharedRunner {
  let client: Pick<SimClient, 'run'> | null = null;
  pageRunner ??= new SharedRunner(() => (client ??= start()));
  return pageRunner;
}
