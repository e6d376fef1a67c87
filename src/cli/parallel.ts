/**
 * The CLI's replicates (--runs N) and sweeps (--sweep) on Node worker threads, through the same
 * client and worker API as the browser's pool. A single run needs no worker and stays in
 * process (run.ts); the output is the same either way.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MODEL_VERSION, ParamError, type Params } from '../../models/index.ts';
import { createNodeSimClient, DEFAULT_NODE_WORKER_URL } from '../sim-client-node.ts';
import type { SimEngine, SweepSummary } from '../sim-client-types.ts';
import { parseArgs, UsageError, type CliOptions } from './args.ts';
import { reportRun, toCsv, toJson, type CliReport } from './report.ts';
import { checkOutputPath, writeOutput } from './files.ts';
import { presetIdOf, resolveParams, runCli, timeLimitError } from './run.ts';
import { parseSweepSpec } from './sweep-spec.ts';

/** Runs the CLI, on worker threads when there are replicates or a sweep. */
export async function runCliParallel(argv: readonly string[], write: (text: string) => void, workerUrl: URL = DEFAULT_NODE_WORKER_URL): Promise<void> {
  const options = parseArgs(argv);
  const parallel = !options.help && !options.schema && !options.listPresets && (options.sweep !== null || options.runs > 1);
  if (!parallel) return runCli(argv, write);
  const sweep = options.sweep === null ? null : parseSweepSpec(options.sweep);
  const { params, seed } = resolveParams(options);
  if (!existsSync(fileURLToPath(workerUrl))) {
    throw new UsageError(`The worker bundle ${fileURLToPath(workerUrl)} is missing; run the CLI with "npm run sim -- ...", which builds it.`);
  }
  if (options.out !== null) checkOutputPath(options.out);
  const seeds = Array.from({ length: options.runs }, (_, i) => seed + i);
  const client = createNodeSimClient({ workerUrl });
  // --time-limit: when the signal aborts, the pool stops its workers and the batch resolves cancelled.
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), options.timeLimit * 1000);
  try {
    const text = sweep ? await sweepText(client, options, params, sweep.path, sweep.values, seeds, timer.signal) : await replicatesText(client, options, params, seeds, timer.signal);
    if (options.out !== null) writeOutput(options.out, text);
    else write(text);
  } catch (error) {
    if (timer.signal.aborted) throw timeLimitError(options.timeLimit, null, params.days, null);
    throw error;
  } finally {
    clearTimeout(timeout);
    client.dispose();
  }
}

async function replicatesText(client: SimEngine, options: CliOptions, params: Params, seeds: number[], signal: AbortSignal): Promise<string> {
  const outcome = await client.replicates(params, seeds, { series: options.series, signal });
  if (outcome.status !== 'done') throw problem(outcome);
  const report: CliReport = { modelVersion: MODEL_VERSION, preset: presetIdOf(options), params: outcome.params, runs: outcome.runs.map((run) => reportRun(run, options.series)) };
  return options.format === 'csv' ? toCsv(report) : toJson(report);
}

async function sweepText(client: SimEngine, options: CliOptions, params: Params, path: string, values: number[], seeds: number[], signal: AbortSignal): Promise<string> {
  const outcome = await client.sweep(params, path, values, seeds, options.metric === null ? { signal } : { metric: options.metric, signal });
  if (outcome.status !== 'done') throw problem(outcome);
  return options.format === 'csv' ? sweepCsv(outcome.sweep) : sweepJson(options, params, outcome.sweep);
}

/** JSON: the base params, and per value its params' swept value and the quantiles of every summary metric. */
function sweepJson(options: CliOptions, params: Params, sweep: SweepSummary): string {
  const document = {
    modelVersion: MODEL_VERSION,
    preset: presetIdOf(options),
    params,
    sweep: {
      path: sweep.path,
      metric: sweep.metric,
      seeds: sweep.seeds,
      bandLevels: sweep.bandLevels,
      points: sweep.points.map((point) => ({ value: point.value, summary: point.summary })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** CSV: one row per value, with the chosen metric's median, band and mean. */
function sweepCsv(sweep: SweepSummary): string {
  const lines = [[sweep.path, `${sweep.metric}.median`, `${sweep.metric}.low`, `${sweep.metric}.high`, `${sweep.metric}.mean`].join(',')];
  for (const point of sweep.points) {
    const q = point.summary[sweep.metric]!;
    lines.push([point.value, q.median, q.low, q.high, q.mean].map((n) => String(Number(n.toPrecision(10)))).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** A worker's run that failed (a crash, a timeout or a bug): main() prints its sentence on one line, exit code 2. */
export class RunFailure extends Error {
  override name = 'RunFailure';
}

/**
 * An outcome other than done, as the error main() prints (exit code 2): a refusal, also one a
 * policy made while running, is the ParamError naming its field.
 */
function problem(outcome: { status: 'cancelled' } | { status: 'invalid'; field: string; message: string } | { status: 'failed'; message: string }): Error {
  if (outcome.status === 'invalid') return new ParamError(outcome.field, outcome.message);
  if (outcome.status === 'failed') return new RunFailure(outcome.message);
  return new RunFailure('The run was cancelled.');
}
