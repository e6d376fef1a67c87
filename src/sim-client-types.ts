/**
 * The contract between the UI (or the CLI) and the simulation workers: what a request returns.
 * Every outcome is a value with a status, so callers switch on it and never need try/catch.
 */
import type { Params, ParamsOverride, RunResult } from '../models/index.ts';
import type { Band, Quantiles } from '../models/index.ts';
import type { SeriesBands } from '../workers/ensemble-stats.ts';
import type { HistoryChunk, Replicate } from '../workers/protocol.ts';

export type { Band, HistoryChunk, Quantiles, Replicate, SeriesBands };

export type RunOutcome =
  /** Typed arrays transferred, not cloned. */
  | { status: 'done'; result: RunResult }
  /** A newer run() was called: never render this. */
  | { status: 'superseded' }
  /** ParamError from validation: `field` is the dotted path of the control to flag. */
  | { status: 'invalid'; field: string; message: string }
  /** A crash or a timeout; the worker has been replaced, so the next call works again. */
  | { status: 'failed'; message: string };

/** Statuses shared by ensembles, sweeps and replicate batches besides `done`. */
export type BatchProblem =
  /** The AbortSignal fired (or the client was disposed). */
  | { status: 'cancelled' }
  | { status: 'invalid'; field: string; message: string }
  | { status: 'failed'; message: string };

/** Replicates of one scenario: bands of every daily series and quantiles of every summary metric. */
export interface EnsembleSummary {
  /** The resolved params every replicate ran with. */
  params: Params;
  /** Seeds in replicate order; replicate i always uses seeds[i], whatever the pool size. */
  seeds: number[];
  replicates: number;
  days: number;
  /** Quantile levels of every band: 0.05 and 0.95. */
  bandLevels: { low: number; high: number };
  /** For each MetricSeries field, the per-day median and 5th to 95th percentile band. */
  series: SeriesBands;
  /** For each numeric summary metric by dotted path (e.g. `minorityQuarter.disparityRatio`), its quantiles. */
  summary: Record<string, Quantiles>;
}

export type EnsembleOutcome = { status: 'done'; ensemble: EnsembleSummary } | BatchProblem;

/** One parameter's values against a summary metric, each value run over the same seeds. */
export interface SweepSummary {
  /** The swept parameter's dotted path. */
  path: string;
  values: number[];
  /** The plotted summary metric's dotted path. */
  metric: string;
  seeds: number[];
  bandLevels: { low: number; high: number };
  /** The metric's median and band, one entry per value. */
  median: Float64Array;
  low: Float64Array;
  high: Float64Array;
  /** Per value: its resolved params and the quantiles of every summary metric (to switch metric without rerunning). */
  points: { value: number; params: Params; summary: Record<string, Quantiles> }[];
}

export type SweepOutcome = { status: 'done'; sweep: SweepSummary } | BatchProblem;

/** Every replicate's own metrics, in seed order (what the CLI prints for --runs). */
export type ReplicatesOutcome = { status: 'done'; params: Params; runs: Replicate[] } | BatchProblem;

export interface BatchOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface SimClient {
  /** Validates `params` (a full Params or an override of the defaults) in the worker and runs it. */
  run(
    params: Params | ParamsOverride,
    seed: number,
    options?: {
      /** Streamed playback: chunks of days as computed. */
      onChunk?: (chunk: HistoryChunk) => void;
      onProgress?: (daysDone: number, days: number) => void;
    },
  ): Promise<RunOutcome>;
  /** Replicates over the worker pool; replicate i uses seeds[i]. */
  ensemble(params: Params | ParamsOverride, seeds: number[], options?: BatchOptions): Promise<EnsembleOutcome>;
  /**
   * Sets the numeric parameter `path` to each of `values` and runs every seed at each value.
   * `options.metric` picks the summary metric plotted (default minorityQuarter.disparityRatio).
   */
  sweep(
    params: Params | ParamsOverride,
    path: string,
    values: number[],
    seeds: number[],
    options?: BatchOptions & { metric?: string },
  ): Promise<SweepOutcome>;
  /** Terminates every worker; requests in flight resolve as superseded or cancelled. */
  dispose(): void;
}

/** Worker state for tests and diagnostics. */
export interface EngineDiagnostics {
  /** 1 while a run() is unsettled. */
  pendingRuns: number;
  /** Pool tasks queued or running. */
  pendingTasks: number;
  /** Per live worker (the interactive one first): runs in progress and heap in use. */
  workers: { role: 'interactive' | 'pool'; activeRuns: number; heapUsedBytes: number | null }[];
}

/** The client with the extras the CLI, the benchmarks and the tests use. */
export interface SimEngine extends SimClient {
  /** Each replicate's own metrics (and series if asked), in seed order, run on the pool. */
  replicates(params: Params | ParamsOverride, seeds: number[], options?: BatchOptions & { series?: boolean }): Promise<ReplicatesOutcome>;
  /** Starts workers now so the first request does not wait for them to load: the interactive one, or all. */
  warm(which?: 'interactive' | 'all'): void;
  diagnostics(collectGarbage?: boolean): Promise<EngineDiagnostics>;
}
