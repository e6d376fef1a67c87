/**
 * Streamed playback: which days go in each chunk, copying those rows out of a history (with the
 * metrics and series as of the chunk's last day), and listing the buffers a message can transfer. The first chunk is small so the first frame
 * arrives within milliseconds; later chunks double, up to a size that still lets a newer
 * request interrupt the run within a few tens of milliseconds.
 */
import { CELL_COLUMNS, GROUP_COLUMNS, simulationMetrics, simulationSeries, type City, type Params, type Simulation } from '../models/index.ts';
import type { HistoryChunk } from './protocol.ts';

/** Neighborhood-days in the first chunk (about a millisecond of model time). */
export const FIRST_CHUNK_CELL_DAYS = 8_000;
/** Neighborhood-days in the largest chunk (a few tens of milliseconds: the cancellation latency). */
export const MAX_CHUNK_CELL_DAYS = 250_000;

/**
 * The day boundaries of a run's chunks: [d1, d2, ..., days], increasing.
 * `fixedDays` forces equal chunks of that many days.
 */
export function chunkBoundaries(days: number, size: number, fixedDays?: number): number[] {
  const boundaries: number[] = [];
  if (fixedDays !== undefined && fixedDays >= 1) {
    for (let day = Math.floor(fixedDays); day < days; day += Math.floor(fixedDays)) boundaries.push(day);
    boundaries.push(days);
    return boundaries;
  }
  const largest = Math.max(1, Math.floor(MAX_CHUNK_CELL_DAYS / size));
  let chunk = Math.min(largest, Math.max(1, Math.ceil(FIRST_CHUNK_CELL_DAYS / size)));
  let day = 0;
  while (day + chunk < days) {
    day += chunk;
    boundaries.push(day);
    chunk = Math.min(largest, chunk * 2);
  }
  boundaries.push(days);
  return boundaries;
}

/**
 * The chunk a run at the 'history' level sends after reaching `toDay`: a copy of its rows
 * [fromDay, toDay) of every history column, and its metrics and series as of toDay, computed
 * here from the day loop's running totals, so the page shows them without re-deriving them.
 */
export function sliceChunk(sim: Simulation, fromDay: number, toDay: number): HistoryChunk {
  const { history } = sim;
  if (history.daysDone !== toDay) throw new RangeError(`A chunk ending on day ${toDay} is cut when the run has done ${toDay} days, not ${history.daysDone}.`);
  const { size } = history;
  const cells = {} as Record<string, Int32Array | Float32Array>;
  for (const column of CELL_COLUMNS) cells[column] = history[column].slice(fromDay * size, toDay * size);
  const groups = {} as Record<string, Float64Array>;
  for (const column of GROUP_COLUMNS) groups[column] = history[column].slice(fromDay * 2, toDay * 2);
  return {
    fromDay,
    toDay,
    days: history.days,
    size,
    cells: cells as HistoryChunk['cells'],
    groups: groups as HistoryChunk['groups'],
    metrics: simulationMetrics(sim),
    series: simulationSeries(sim),
  };
}

/** The first chunk also carries the city and resolved params (cloned, not transferred: the final result owns them). */
export function withRunContext(chunk: HistoryChunk, city: City, params: Params): HistoryChunk {
  return { ...chunk, city, params };
}

/** The chunk's own buffers: its cell and group columns, metrics and series (never the city's). */
export function chunkBuffers(chunk: HistoryChunk): ArrayBuffer[] {
  return collectBuffers([chunk.cells, chunk.groups, chunk.metrics, chunk.series]);
}

/** Every distinct ArrayBuffer under `value` (typed arrays in nested objects and arrays), for comlink's transfer. */
export function collectBuffers(value: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const visit = (node: unknown): void => {
    if (ArrayBuffer.isView(node)) buffers.add(node.buffer as ArrayBuffer);
    else if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(value);
  return [...buffers];
}
