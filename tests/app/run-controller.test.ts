/**
 * The one run controller: a newer job supersedes an older one, a stale job's progress, preview and
 * answer never reach the host, cancelling aborts the work, and failures keep the last value.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import { RunController, type RunJob, type TaskOutcome } from '../../src/app/run-controller.ts';

class FakeHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

/** A task whose answer the test gives by hand; it also hands out the job it ran with. */
function deferredTask<T>() {
  let answer!: (outcome: TaskOutcome<T>) => void;
  let job!: RunJob<T>;
  const task = (given: RunJob<T>) => {
    job = given;
    return new Promise<TaskOutcome<T>>((resolve) => (answer = resolve));
  };
  return { task, answer: (outcome: TaskOutcome<T>) => answer(outcome), job: () => job };
}

describe('RunController', () => {
  it('shows a finished value, counts it as a new run and tells onDone', async () => {
    const host = new FakeHost();
    const seen: string[] = [];
    const runs = new RunController<string>(host, { onDone: (value) => seen.push(value) });
    const outcome = await runs.run(async () => ({ status: 'done', value: 'first' }));
    expect(outcome).toEqual({ status: 'done', value: 'first' });
    expect(runs.status).toBe('done');
    expect(runs.value).toBe('first');
    expect(runs.runId).toBe(1);
    expect(seen).toEqual(['first']);
    expect(host.updates).toBeGreaterThan(0);
  });

  it('drops the answer, progress and preview of a job a newer one superseded', async () => {
    const runs = new RunController<string>(new FakeHost());
    const old = deferredTask<string>();
    const newer = deferredTask<string>();
    const oldAnswer = runs.run(old.task, { total: 10 });
    const newerAnswer = runs.run(newer.task, { total: 10 });
    expect(old.job().live).toBe(false);
    expect(old.job().signal.aborted).toBe(true);
    old.job().progress(9);
    old.job().preview('stale preview');
    old.answer({ status: 'done', value: 'stale' });
    expect(await oldAnswer).toBeNull();
    expect(runs.value).toBeNull();
    expect(runs.done).toBe(0);
    expect(runs.status).toBe('running');
    newer.job().progress(5);
    expect(runs.progress).toBe(0.5);
    newer.answer({ status: 'done', value: 'fresh' });
    expect(await newerAnswer).toEqual({ status: 'done', value: 'fresh' });
    expect(runs.value).toBe('fresh');
    expect(runs.runId).toBe(1);
  });

  it('shows a preview while the job runs and replaces it with the finished value', async () => {
    const runs = new RunController<string>(new FakeHost());
    const task = deferredTask<string>();
    const answer = runs.run(task.task);
    task.job().preview('days 1 to 50');
    expect(runs.value).toBe('days 1 to 50');
    expect(runs.previewing).toBe(true);
    task.answer({ status: 'done', value: 'all days' });
    await answer;
    expect(runs.value).toBe('all days');
    expect(runs.previewing).toBe(false);
  });

  it('cancels: the work is aborted and a late answer is ignored', async () => {
    const runs = new RunController<string>(new FakeHost());
    const task = deferredTask<string>();
    const answer = runs.run(task.task, { total: 4 });
    runs.cancel();
    expect(task.job().signal.aborted).toBe(true);
    expect(runs.status).toBe('cancelled');
    task.answer({ status: 'done', value: 'too late' });
    expect(await answer).toBeNull();
    expect(runs.value).toBeNull();
  });

  it('keeps the last value through a refusal and a failure, with the reason', async () => {
    const runs = new RunController<string>(new FakeHost());
    await runs.run(async () => ({ status: 'done', value: 'good run' }));
    await runs.run(async () => ({ status: 'invalid', field: 'days', message: 'Days must be at least 1.' }));
    expect(runs.status).toBe('invalid');
    expect(runs.failure).toEqual({ message: 'Days must be at least 1.', field: 'days' });
    expect(runs.value).toBe('good run');
    await runs.run(async () => {
      throw new Error('the worker crashed');
    });
    expect(runs.status).toBe('failed');
    expect(runs.failure).toEqual({ message: 'the worker crashed', field: null });
    expect(runs.value).toBe('good run');
  });

  it('retries the last task', async () => {
    const runs = new RunController<number>(new FakeHost());
    let calls = 0;
    await runs.run(async () => (++calls === 1 ? { status: 'failed', message: 'timed out' } : { status: 'done', value: calls }));
    expect(runs.status).toBe('failed');
    await runs.retry();
    expect(runs.status).toBe('done');
    expect(runs.value).toBe(2);
    expect(runs.failure).toBeNull();
  });

  it('shows a value at hand at once and drops the job it supersedes', async () => {
    const runs = new RunController<string>(new FakeHost());
    const task = deferredTask<string>();
    const answer = runs.run(task.task);
    runs.show('cached run');
    expect(runs.status).toBe('done');
    task.answer({ status: 'done', value: 'slow run' });
    expect(await answer).toBeNull();
    expect(runs.value).toBe('cached run');
  });

  it('a superseded answer for the current job keeps what the screen had', async () => {
    const runs = new RunController<string>(new FakeHost());
    expect(await runs.run(async () => ({ status: 'superseded' }))).toEqual({ status: 'superseded' });
    expect(runs.status).toBe('idle');
    await runs.run(async () => ({ status: 'done', value: 'shown' }));
    await runs.run(async () => ({ status: 'superseded' }));
    expect(runs.status).toBe('done');
    expect(runs.value).toBe('shown');
  });

  it('a host removed from the page cancels its job', async () => {
    const host = new FakeHost();
    const runs = new RunController<string>(host);
    const task = deferredTask<string>();
    void runs.run(task.task);
    for (const controller of host.controllers) controller.hostDisconnected?.();
    expect(runs.status).toBe('cancelled');
    expect(task.job().live).toBe(false);
  });
});
