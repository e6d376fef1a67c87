/**
 * The messages that cross the worker boundary: requests to the simulation API and its replies.
 * Replies are values, never exceptions, for anything a user can cause (bad params, a superseded
 * run), because comlink keeps only an error's name and message and the UI needs the field.
 */
import type {
  CellColumn,
  City,
  GroupColumn,
  History,
  MetricSeries,
  Params,
  ParamsOverride,
  RunMetrics,
  PeopleMetrics,
  PeopleSeries,
  RunResult,
} from '../models/index.ts';

/** Input the model rejected: `field` is the dotted path of the offending parameter. */
export interface InvalidReply {
  status: 'invalid';
  field: string;
  message: string;
  /** The ParamError's kind and values, so the page can word the message in its language. */
  kind?: string;
  values?: Readonly<Record<string, string | number>>;
}

/** Params as callers hold them: a full Params or a partial override of the defaults. */
export type ParamsInput = Params | ParamsOverride;

/**
 * What a run streams while it computes: `history` sends each chunk of rows, `progress` only
 * the number of days done (cheap, and a sign of life for the client's watchdog).
 */
export type StreamMode = 'history' | 'progress' | 'none';

export interface RunRequest {
  /**
   * Increasing id chosen by the caller. On one API object a run with a higher id supersedes
   * every run with a lower one: the older run stops at its next chunk boundary.
   */
  runId: number;
  params: ParamsInput;
  seed: number;
  stream?: StreamMode;
  /** Days per streamed chunk; by default the first chunk is small and later ones grow. */
  chunkDays?: number;
}

/**
 * Rows [fromDay, toDay) of a run's history, sent while the run computes so playback can start
 * before it ends. Every array is a fresh copy of those rows and is transferred, not cloned.
 */
export interface HistoryChunk {
  fromDay: number;
  toDay: number;
  /** Days the whole run will have. */
  days: number;
  /** Neighborhoods: cell columns hold (toDay − fromDay) × size values, row-major by day. */
  size: number;
  /** The CELL_COLUMNS of History for these days. */
  cells: { [K in CellColumn]: History[K] };
  /** The GROUP_COLUMNS of History for these days, index (day − fromDay) * 2 + group. */
  groups: { [K in GroupColumn]: History[K] };
  /**
   * The run's summary metrics and daily series as of toDay, computed in the worker (from the
   * day loop's running totals), so the page draws them and never re-derives them from the rows.
   */
  metrics: RunMetrics;
  series: MetricSeries;
  /** The city and the resolved params, on the first chunk only (fromDay 0), so a map can draw at once. */
  city?: City;
  params?: Params;
}

/** A streamed event of a run: a chunk of history, or progress when only progress was asked for. */
export type RunEvent = { kind: 'chunk'; chunk: HistoryChunk } | { kind: 'progress'; daysDone: number; days: number };

export type RunReply = { status: 'done'; result: RunResult } | { status: 'superseded' } | InvalidReply;

/** One replicate of an ensemble or sweep: only metrics travel back, not the history. */
export interface ReplicateRequest {
  params: ParamsInput;
  seed: number;
  /** Whether to compute the daily series too (ensembles need them, sweeps do not). */
  series: boolean;
}

/**
 * Several replicates in one message, as the pool batches them. Runs that share one params
 * object arrive sharing it (structured clone keeps references within a message), so it is
 * cloned and validated once per batch rather than once per replicate.
 */
export interface ReplicateBatchRequest {
  runs: { params: ParamsInput; seed: number }[];
  series: boolean;
}

export interface Replicate {
  seed: number;
  metrics: RunMetrics;
  series: MetricSeries | null;
  /** The person layer's metrics (and daily series when asked), or null (or absent) when the layer is off. */
  people?: { metrics: PeopleMetrics; series: PeopleSeries | null } | null;
}

export type ReplicateReply = ({ status: 'done' } & Replicate) | InvalidReply;

export type ValidateReply = { status: 'valid'; params: Params } | InvalidReply;

/** The params of every point of a sweep, validated, or the first problem found. */
export type SweepPlanReply = { status: 'valid'; points: Params[]; metric: string } | InvalidReply;

export interface Diagnostics {
  /** Runs started and not yet returned. */
  activeRuns: number;
  /** JavaScript heap in use in this realm, in bytes, when the platform reports it (else null). */
  heapUsedBytes: number | null;
}
