/**
 * The simulation API that workers expose: a plain object, so Node tests and the CLI's worker
 * threads use exactly what the browser's workers run. It validates input (bad params come back
 * as an `invalid` reply, never as an exception), runs the model in chunks that stream to the
 * caller, lets a newer run supersede an older one, and hands typed arrays over by transfer.
 */
import { releaseProxy, transfer } from 'comlink';
import {
  advance,
  createSimulation,
  findSpec,
  SEED_SPEC,
  isSeed,
  MODEL_VERSION,
  neighborhoodCount,
  ParamError,
  parseAssignment,
  simulateSummary,
  simulationMetrics,
  simulationPeople,
  simulationSeries,
  validateParams,
  type Params,
  type RunResult,
} from '../models/index.ts';
import { chunkBoundaries, chunkBuffers, collectBuffers, sliceChunk, withRunContext } from './chunks.ts';
import type {
  Diagnostics,
  InvalidReply,
  ParamsInput,
  ReplicateReply,
  ReplicateRequest,
  RunEvent,
  RunReply,
  RunRequest,
  ReplicateBatchRequest,
  SweepPlanReply,
  ValidateReply,
} from './protocol.ts';
import { DEFAULT_SWEEP_METRIC, isPeopleMetricPath, summaryMetricPaths } from './summary-metrics.ts';
import { prepareSpareHistory, takeSpareHistory } from './spare-history.ts';
import { yieldToEventLoop } from './yield.ts';

export interface SimApi {
  /**
   * Runs the model for params.days days, calling `onEvent` with each chunk of history (or
   * progress) as it is computed. Resolves `superseded` as soon as a run with a higher runId
   * has started on this object, `invalid` for bad params or seed, else the whole result with
   * every typed array marked for transfer. Every streamed event is delivered before it resolves.
   */
  run(request: RunRequest, onEvent?: (event: RunEvent) => unknown): Promise<RunReply>;
  /** One replicate for an ensemble or sweep: metrics (and series if asked), transferred. */
  replicate(request: ReplicateRequest): ReplicateReply;
  /**
   * A batch of replicates: one reply per run, in order, all transferred in one message. The
   * batch stops at the first `invalid` reply, which is then its last element.
   */
  replicates(request: ReplicateBatchRequest): ReplicateReply[];
  /** Resolves params against the defaults and checks the seeds, if any, without running. */
  validate(params: ParamsInput, seeds?: readonly number[]): ValidateReply;
  /** The params of each point of a sweep of `path` over `values`, and the metric it will plot. */
  planSweep(params: ParamsInput, path: string, values: readonly number[], metric?: string): SweepPlanReply;
  /** Live runs and heap in use; `collectGarbage` runs a full GC first where one is exposed. */
  diagnostics(collectGarbage?: boolean): Diagnostics;
}

const SUPERSEDED: RunReply = { status: 'superseded' };

/** A fresh API object with its own notion of the latest run (one per worker). */
export function createSimApi(): SimApi {
  let latestRunId = -Infinity;
  let activeRuns = 0;

  return {
    async run(request, onEvent) {
      const { runId } = request;
      if (runId > latestRunId) latestRunId = runId;
      const superseded = () => runId < latestRunId;
      activeRuns++;
      const deliveries: Promise<unknown>[] = [];
      const emit = (event: RunEvent, buffers: ArrayBuffer[]) => {
        // Not awaited one by one: the next chunk computes while this one travels.
        deliveries.push(Promise.resolve(onEvent!(transfer(event, buffers))).catch(() => undefined));
      };
      try {
        let params: Params;
        try {
          params = validateParams(request.params);
          checkSeed(request.seed, 'seed');
        } catch (error) {
          return invalidReply(error);
        }
        const sim = createSimulation(params, request.seed, 'history', takeSpareHistory(params.days, neighborhoodCount(params)));
        const mode = onEvent ? (request.stream ?? 'history') : 'none';
        let fromDay = 0;
        for (const toDay of chunkBoundaries(params.days, sim.city.size, request.chunkDays)) {
          if (superseded()) return SUPERSEDED;
          advance(sim, toDay - fromDay);
          if (mode === 'history') {
            const rows = sliceChunk(sim, fromDay, toDay);
            const chunk = fromDay === 0 ? withRunContext(rows, sim.city, params) : rows;
            emit({ kind: 'chunk', chunk }, chunkBuffers(rows));
          } else if (mode === 'progress') {
            emit({ kind: 'progress', daysDone: toDay, days: params.days }, []);
          }
          fromDay = toDay;
          // The only moment a newer request's message can be handled.
          await yieldToEventLoop();
        }
        if (superseded()) return SUPERSEDED;
        const result: RunResult = {
          modelVersion: MODEL_VERSION,
          params,
          seed: request.seed,
          city: sim.city,
          history: sim.history,
          metrics: simulationMetrics(sim),
          series: simulationSeries(sim),
          people: simulationPeople(sim),
        };
        await Promise.all(deliveries);
        if (superseded()) return SUPERSEDED;
        // Once this reply is on its way, the next run's history is made ready (spare-history.ts).
        setTimeout(() => void prepareSpareHistory(params.days, sim.city.size), 0);
        return transfer({ status: 'done', result } as RunReply, collectBuffers(result));
      } finally {
        activeRuns--;
        releaseCallback(onEvent);
      }
    },

    replicate({ params: input, seed, series }) {
      const reply = runReplicate(input, seed, series, validateParams);
      return transfer(reply, collectBuffers(reply));
    },

    replicates({ runs, series }) {
      // Validated once per params object of the batch (a sweep's batch may span two values).
      const validated = new Map<ParamsInput, Params>();
      const validateOnce = (input: ParamsInput): Params => {
        let params = validated.get(input);
        if (params === undefined) validated.set(input, (params = validateParams(input)));
        return params;
      };
      const replies: ReplicateReply[] = [];
      for (const { params, seed } of runs) {
        const reply = runReplicate(params, seed, series, validateOnce);
        replies.push(reply);
        if (reply.status === 'invalid') break;
      }
      return transfer(replies, collectBuffers(replies));
    },

    validate(input, seeds) {
      try {
        const params = validateParams(input);
        if (seeds !== undefined) checkSeeds(seeds);
        return { status: 'valid', params };
      } catch (error) {
        return invalidReply(error);
      }
    },

    planSweep(input, path, values, metric = DEFAULT_SWEEP_METRIC) {
      try {
        const base = validateParams(input);
        const spec = findSpec(path);
        if (!spec || (spec.kind !== 'number' && spec.kind !== 'integer')) {
          throw new ParamError('sweep.path', `"${path}" is not a numeric parameter; a sweep varies one number, such as deployment.units or sources.reports.minorityRate.`);
        }
        if (!Array.isArray(values) || values.length === 0 || values.some((v) => typeof v !== 'number' || !Number.isFinite(v))) {
          throw new ParamError('sweep.values', 'A sweep needs at least one value, and every value must be a finite number.');
        }
        const metrics = summaryMetricPaths({ people: base.people.enabled });
        if (!metrics.includes(metric)) {
          if (isPeopleMetricPath(metric) && summaryMetricPaths({ people: true }).includes(metric)) {
            throw new ParamError('sweep.metric', `"${metric}" is a person metric, which only runs with the person layer have; switch on people.enabled, or choose a place-level metric.`);
          }
          throw new ParamError('sweep.metric', `Unknown summary metric "${metric}"; choose one of ${metrics.join(', ')}.`);
        }
        // String(v) round-trips every finite number exactly, and parseAssignment names the range on error.
        const points = values.map((value) => validateParams(parseAssignment(path, String(value)), base));
        return { status: 'valid', points, metric };
      } catch (error) {
        return invalidReply(error);
      }
    },

    diagnostics(collectGarbage = false) {
      if (collectGarbage) (globalThis as { gc?: () => void }).gc?.();
      return { activeRuns, heapUsedBytes: heapUsed() };
    },
  };
}

/** One replicate at the lightest recording level that answers: no history, and daily totals only for series. */
function runReplicate(input: ParamsInput, seed: number, series: boolean, validate: (input: ParamsInput) => Params): ReplicateReply {
  let params: Params;
  try {
    params = validate(input);
    checkSeed(seed, 'seed');
  } catch (error) {
    return invalidReply(error);
  }
  let summary: ReturnType<typeof simulateSummary>;
  try {
    summary = simulateSummary(params, seed, series ? 'series' : 'metrics');
  } catch (error) {
    // A policy may refuse while running (the α-fair allocator, naming deployment.fairnessAlpha).
    return invalidReply(error);
  }
  const people = summary.people ? { metrics: summary.people.metrics, series: series ? summary.people.series : null } : null;
  return { status: 'done', seed, metrics: summary.metrics, series: summary.series, people };
}

/** Seeds are whole numbers in the model's SEED_SPEC range. */
function checkSeed(seed: unknown, field: string): void {
  if (!isSeed(seed)) {
    throw new ParamError(field, `${field} must be a whole number from ${SEED_SPEC.min} to ${SEED_SPEC.max}, not ${String(seed)}.`);
  }
}

function checkSeeds(seeds: readonly number[]): void {
  if (!Array.isArray(seeds) || seeds.length === 0) throw new ParamError('seeds', 'An ensemble needs at least one seed.');
  seeds.forEach((seed, index) => checkSeed(seed, `seeds[${index}]`));
}

/** ParamError becomes a reply; anything else is a bug and propagates (comlink rethrows it in the caller). */
function invalidReply(error: unknown): InvalidReply {
  if (error instanceof ParamError) return { status: 'invalid', field: error.field, message: error.message, kind: error.kind, values: error.values };
  throw error;
}

/** In a worker, a callback is a comlink proxy holding a MessagePort: release it, or every run leaks one. */
function releaseCallback(callback: unknown): void {
  if (typeof callback !== 'function') return;
  const release = (callback as unknown as Record<symbol, unknown>)[releaseProxy];
  if (typeof release === 'function') (release as () => void)();
}

function heapUsed(): number | null {
  const scope = globalThis as {
    process?: { memoryUsage?: () => { heapUsed: number } };
    performance?: { memory?: { usedJSHeapSize: number } };
  };
  return scope.process?.memoryUsage?.().heapUsed ?? scope.performance?.memory?.usedJSHeapSize ?? null;
}
