/**
 * The worker pool's scheduling (src/sim-client-pool.ts, issue 16's ensemble speed): tasks go out
 * in batches that shrink toward the end of a job, a worker holds at most two batches of one job
 * (the second waiting in its queue), results arrive by index whatever the batches, and a batch
 * queued behind a long one is not taken for a hung worker. The workers are in-process stand-ins
 * behind real comlink message ports, each running its batches one at a time as a worker does.
 */
import { expose } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/sim-client-pool.ts';
import type { WorkerFactory } from '../../src/sim-client-slot.ts';

/** What the stand-in workers saw: each batch's tasks, and how many batches each worker held when it arrived. */
interface Log {
  batches: number[][];
  heldOnArrival: number[];
}

const pools: WorkerPool[] = [];
afterEach(() => {
  for (const pool of pools.splice(0)) pool.dispose();
});

/** Stand-in workers whose `batch(tasks)` takes `msPerTask` per task and answers 10 × task. */
function standIns(msPerTask: number, log: Log): WorkerFactory {
  return () => {
    const { port1, port2 } = new MessageChannel();
    let queue = Promise.resolve();
    let held = 0;
    expose(
      {
        batch(tasks: number[]): Promise<number[]> {
          log.batches.push(tasks);
          log.heldOnArrival.push(held++);
          const reply = queue.then(async () => {
            await new Promise((resolve) => setTimeout(resolve, msPerTask * tasks.length));
            held--;
            return tasks.map((task) => task * 10);
          });
          queue = reply.then(() => undefined);
          return reply;
        },
      },
      port2,
    );
    return { endpoint: port1, terminate: () => port1.close(), onCrash: () => {} };
  };
}

function pool(factory: WorkerFactory, size: number, timeoutMs = 10_000): WorkerPool {
  const created = new WorkerPool(factory, size, timeoutMs);
  pools.push(created);
  return created;
}

/** Runs tasks 0 to count − 1 on `target`, collecting results by index. */
async function runTasks(target: WorkerPool, count: number, signal?: AbortSignal): Promise<{ outcome: string; results: number[] }> {
  const results: number[] = [];
  const outcome = await target.map(
    count,
    (from, to) => (api) => (api as unknown as { batch(tasks: number[]): Promise<number[]> }).batch(Array.from({ length: to - from }, (_, k) => from + k)),
    (index, value: number) => {
      expect(results[index]).toBeUndefined();
      results[index] = value;
    },
    signal,
  );
  return { outcome, results };
}

describe('the worker pool', () => {
  it('sends a job in batches that shrink toward its end, pipelined two deep, and delivers every result by index', async () => {
    const log: Log = { batches: [], heldOnArrival: [] };
    const { outcome, results } = await runTasks(pool(standIns(2, log), 2), 100);
    expect(outcome).toBe('done');
    expect(results).toEqual(Array.from({ length: 100 }, (_, i) => i * 10));
    // Every task exactly once.
    expect(log.batches.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    const sizes = log.batches.map((batch) => batch.length);
    // Single tasks until a batch has been timed, far fewer messages than tasks, and single tasks at the end.
    expect(sizes[0]).toBe(1);
    expect(sizes.length).toBeLessThan(60);
    expect(Math.max(...sizes)).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(Math.ceil(100 / (2 * 4)));
    expect(sizes.at(-1)).toBe(1);
    // A worker had its next batch waiting while it ran one, and never more than that.
    expect(Math.max(...log.heldOnArrival)).toBe(1);
  });

  it('never queues a batch behind another job, so cancelling one job leaves the other running', async () => {
    const log: Log = { batches: [], heldOnArrival: [] };
    const shared = pool(standIns(50, log), 2);
    const controller = new AbortController();
    // One task on each worker, so each has room for a second batch: not the other job's.
    const cancelled = runTasks(shared, 2, controller.signal);
    const other = runTasks(shared, 6);
    setTimeout(() => controller.abort(), 20);
    expect((await cancelled).outcome).toBe('cancelled');
    const finished = await other;
    expect(finished.outcome).toBe('done');
    expect(finished.results).toEqual([0, 10, 20, 30, 40, 50]);
    expect(shared.pendingTasks).toBe(0);
  });

  it('does not take a worker for hung while it answers the batch ahead of a queued one', async () => {
    const log: Log = { batches: [], heldOnArrival: [] };
    // Each task takes 200 ms, so the second batch waits 200 ms in the queue and runs 200 ms:
    // 400 ms after it was sent, beyond the 300 ms bound, but never 300 ms without a reply.
    const { outcome, results } = await runTasks(pool(standIns(200, log), 1, 300), 4);
    expect(outcome).toBe('done');
    expect(results).toEqual([0, 10, 20, 30]);
    expect(Math.max(...log.heldOnArrival)).toBe(1);
  });
});
