/**
 * The explorable's run task: one run in the interactive worker, with a long run's days shown as
 * they arrive (streamed playback) and its progress reported. Run it with a RunController, which
 * drops the previews and the answer of a run that a newer one superseded.
 */
import { neighborhoodCount, type Params, type RunResult } from '../../models/index.ts';
import type { SimClient } from '../sim-client-types.ts';
import { PartialRun } from './partial-run.ts';
import { runTaskOutcome, type RunTask } from './run-controller.ts';

/** The one method of the worker client a streamed run uses. */
export type SimRunner = Pick<SimClient, 'run'>;

/**
 * Streamed partial results replace the result on screen only after this long: short runs (a
 * slider drag) then swap in one piece instead of flashing a half-drawn history.
 */
const STREAM_AFTER_MS = 250;
/**
 * Progress is shown only once a run has taken as long as a stream waits (STREAM_AFTER_MS). A
 * slider drag's runs finish in a few tens of milliseconds: each progress report would re-render
 * the page (and lay it out) while the worker computes, slowing the answer it waits for, to draw
 * a bar nobody sees.
 */
const PROGRESS_AFTER_MS = STREAM_AFTER_MS;
/** While streaming, the partial run on screen is refreshed at most this often (every view redraws each time). */
const STREAM_REFRESH_MS = 400;
/**
 * ...and the page spends at most about a quarter of its time on those refreshes: a refresh that
 * took c ms (assembling the days received, redrawing every view) waits 3c before the next, so a very large
 * run keeps the page responsive instead of redrawing back to back.
 */
const STREAM_IDLE_FACTOR = 3;
/**
 * Runs smaller than this (neighborhood-days; the default scenario has 146,000) finish in well
 * under a tenth of a second, so they are not streamed: copying chunks would only slow them.
 */
const STREAM_MIN_CELL_DAYS = 1_000_000;

/**
 * Runs `params` with `seed` on `runner`, previewing the days computed so far. `screenEmpty` says
 * whether nothing is on screen yet: then the first days are shown at once.
 */
export function streamedRun(runner: SimRunner, params: Params, seed: number, screenEmpty: boolean): RunTask<RunResult> {
  return async (job) => {
    const started = performance.now();
    const partial = new PartialRun(seed);
    let previewed = !screenEmpty;
    let nextRefresh = 0;
    const callbacks: Parameters<SimRunner['run']>[2] = {
      onChunk: (chunk) => {
        if (!job.live) return;
        partial.add(chunk);
        const now = performance.now();
        // Nothing on screen yet: show the first days at once. Otherwise wait, then refresh at a calm pace.
        const due = !previewed || (now - started >= STREAM_AFTER_MS && now >= nextRefresh);
        if (!due) return;
        const assembled = partial.assemble();
        if (!assembled) return;
        previewed = true;
        job.preview(assembled);
        // The views redraw in microtasks; a timer fires once they are done, which measures the refresh.
        nextRefresh = Infinity;
        setTimeout(() => {
          const finished = performance.now();
          nextRefresh = finished + Math.max(STREAM_REFRESH_MS, STREAM_IDLE_FACTOR * (finished - now));
        }, 0);
      },
      onProgress: (done, total) => {
        if (performance.now() - started >= PROGRESS_AFTER_MS) job.progress(done, total);
      },
    };
    if (params.days * neighborhoodCount(params) < STREAM_MIN_CELL_DAYS) delete callbacks!.onChunk;
    return runTaskOutcome(await runner.run(params, seed, callbacks));
  };
}
