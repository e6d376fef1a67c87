/**
 * The explorable's run task: a run that answers quickly shows no progress (each report would
 * re-render the page while the worker computes, for a slider drag's runs of a few tens of
 * milliseconds), a long run does; small runs are not streamed.
 */
import { describe, expect, it } from 'vitest';
import { validateParams, type RunResult } from '../../models/index.ts';
import type { RunJob } from '../../src/app/run-controller.ts';
import { streamedRun, type SimRunner } from '../../src/app/streamed-run.ts';

/** A job that records what the task reported. */
function recordingJob(): RunJob<RunResult> & { reported: number[] } {
  const reported: number[] = [];
  return { signal: new AbortController().signal, live: true, reported, progress: (done) => reported.push(done), preview: () => undefined };
}

/** A runner that reports progress at the given delays (ms after the run starts), then fails (the outcome is not under test). */
function runnerReportingAt(delays: number[], seen: { streamed?: boolean } = {}): SimRunner {
  return {
    run: async (_params, _seed, callbacks) => {
      seen.streamed = callbacks?.onChunk !== undefined;
      const started = performance.now();
      for (const [index, delay] of delays.entries()) {
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + delay - performance.now())));
        callbacks?.onProgress?.(index + 1, delays.length);
      }
      return { status: 'failed', message: 'not under test' };
    },
  };
}

describe('streamedRun', () => {
  const params = validateParams({});

  it('reports no progress for a run that answers within a quarter of a second, and is not streamed when small', async () => {
    const job = recordingJob();
    const seen: { streamed?: boolean } = {};
    await streamedRun(runnerReportingAt([0, 5, 10], seen), params, 1, false)(job);
    expect(job.reported).toEqual([]);
    expect(seen.streamed).toBe(false);
  });

  it('reports the progress of a run that takes longer', async () => {
    const job = recordingJob();
    await streamedRun(runnerReportingAt([0, 300, 320]), params, 1, false)(job);
    expect(job.reported).toEqual([2, 3]);
  });
});
