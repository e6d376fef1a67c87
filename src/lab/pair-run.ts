/**
 * The compare view's task: configurations A and B on the same seed, one after the other on the
 * engine's interactive worker (a newer run there supersedes an older one, so they cannot overlap).
 * Run it with a RunController, which drops a pair a newer request superseded.
 */
import type { Params, RunResult } from '../../models/index.ts';
import type { RunTask } from '../app/run-controller.ts';
import { t } from '../i18n/index.ts';
import type { RunOutcome, SimEngine } from '../sim-client-types.ts';
import '../i18n/parts/lab.ts';

export interface RunPair {
  a: RunResult;
  b: RunResult;
}

/** Times a run superseded by someone else's run on the same worker is retried. */
const RETRIES = 2;

/** Runs A then B with `seed`; progress counts the sides finished (0, 1 or 2 of 2). */
export function pairRunTask(engine: SimEngine, paramsA: Params, paramsB: Params, seed: number): RunTask<RunPair> {
  return async (job) => {
    const results: RunResult[] = [];
    for (const params of [paramsA, paramsB]) {
      job.progress(results.length, 2);
      let outcome: RunOutcome = { status: 'superseded' };
      for (let attempt = 0; attempt <= RETRIES && outcome.status === 'superseded' && job.live; attempt++) {
        outcome = await engine.run(params, seed);
      }
      if (outcome.status === 'done') results.push(outcome.result);
      else if (outcome.status === 'superseded') return { status: 'failed', message: t('lab.compare.busy') };
      else return outcome;
    }
    return { status: 'done', value: { a: results[0]!, b: results[1]! } };
  };
}

/** The side a pair's job is at (running, or refused): A until A is done, then B. */
export function pairSide(sidesDone: number): 'A' | 'B' {
  return sidesDone === 0 ? 'A' : 'B';
}
