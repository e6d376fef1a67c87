/**
 * What each map layer shows, per neighborhood, on a playback day: minority share; true crime,
 * recorded crime and patrols summed over a 30-day trailing window; fused risk on the day; and
 * the over-policing index (share of patrols ÷ share of true crime over the window). Maxima are
 * run-wide so a colour means the same amount all through playback. (Words and colours of the
 * layers are the UI's: src/components/charts/map-layers.ts.)
 */
import type { History } from '../history.ts';
import type { RunResult } from '../run.ts';

export type MapLayer = 'minority' | 'trueCrime' | 'recorded' | 'risk' | 'patrols' | 'overPolicing';

export const MAP_LAYER_IDS: readonly MapLayer[] = ['minority', 'trueCrime', 'recorded', 'risk', 'patrols', 'overPolicing'];

/** Days in the trailing window of the day-based layers (the playback day and the 29 before it). */
export const MAP_WINDOW_DAYS = 30;

/** First day (0-based) of the trailing window that ends on `day`. */
export function windowStart(day: number): number {
  return Math.max(0, day - MAP_WINDOW_DAYS + 1);
}

/** Per-neighborhood sums of a history column over the trailing window ending on `day`, into `out`. */
export function trailingWindowSums(column: ArrayLike<number>, size: number, day: number, out: Float64Array): Float64Array {
  out.fill(0);
  for (let t = windowStart(day); t <= day; t++) {
    const row = t * size;
    for (let i = 0; i < size; i++) out[i] = out[i]! + column[row + i]!;
  }
  return out;
}

/**
 * Over-policing index per neighborhood: (its share of patrols) ÷ (its share of true crime).
 * +Infinity where patrols went but no true crime happened; NaN where neither (no information).
 */
export function overPolicingIndex(patrols: Float64Array, trueCrime: Float64Array, out: Float64Array): Float64Array {
  let patrolTotal = 0;
  let crimeTotal = 0;
  for (let i = 0; i < patrols.length; i++) {
    patrolTotal += patrols[i]!;
    crimeTotal += trueCrime[i]!;
  }
  for (let i = 0; i < patrols.length; i++) {
    const patrolShare = patrolTotal > 0 ? patrols[i]! / patrolTotal : 0;
    const crimeShare = crimeTotal > 0 ? trueCrime[i]! / crimeTotal : 0;
    out[i] = crimeShare > 0 ? patrolShare / crimeShare : patrolShare > 0 ? Number.POSITIVE_INFINITY : Number.NaN;
  }
  return out;
}

/** Scratch buffers so a playback frame allocates nothing. */
export class LayerBuffers {
  readonly values: Float64Array;
  readonly patrols: Float64Array;
  readonly trueCrime: Float64Array;
  constructor(size: number) {
    this.values = new Float64Array(size);
    this.patrols = new Float64Array(size);
    this.trueCrime = new Float64Array(size);
  }
}

/** The layer's value for every neighborhood on `day`, written into buffers.values. */
export function layerValues(result: RunResult, layer: MapLayer, day: number, buffers: LayerBuffers): Float64Array {
  const { history, city } = result;
  const { size } = history;
  const out = buffers.values;
  switch (layer) {
    case 'minority':
      out.set(city.minorityShare);
      return out;
    case 'trueCrime':
      return trailingWindowSums(history.trueIncidents, size, day, out);
    case 'recorded':
      return trailingWindowSums(history.recordedIncidents, size, day, out);
    case 'patrols':
      return trailingWindowSums(history.patrols, size, day, out);
    case 'risk':
      for (let i = 0; i < size; i++) out[i] = history.risk[day * size + i]!;
      return out;
    case 'overPolicing':
      trailingWindowSums(history.patrols, size, day, buffers.patrols);
      trailingWindowSums(history.trueIncidents, size, day, buffers.trueCrime);
      return overPolicingIndex(buffers.patrols, buffers.trueCrime, out);
  }
}

const maxima = new WeakMap<RunResult, Map<MapLayer, number>>();

/**
 * The largest value a sequential layer takes on any filled day, so one colour means the same
 * amount all through playback. Cached per run.
 */
export function layerMaximum(result: RunResult, layer: MapLayer): number {
  let cache = maxima.get(result);
  if (!cache) maxima.set(result, (cache = new Map()));
  const cached = cache.get(layer);
  if (cached !== undefined) return cached;
  const { history } = result;
  let maximum: number;
  switch (layer) {
    case 'minority':
    case 'overPolicing':
      maximum = 1;
      break;
    case 'risk':
      maximum = columnMaximum(history.risk, history.daysDone * history.size);
      break;
    case 'trueCrime':
      maximum = windowedMaximum(history, history.trueIncidents);
      break;
    case 'recorded':
      maximum = windowedMaximum(history, history.recordedIncidents);
      break;
    case 'patrols':
      maximum = windowedMaximum(history, history.patrols);
      break;
  }
  cache.set(layer, maximum);
  return maximum;
}

function columnMaximum(column: ArrayLike<number>, length: number): number {
  let maximum = 0;
  for (let k = 0; k < length; k++) if (column[k]! > maximum) maximum = column[k]!;
  return maximum;
}

/** Largest trailing-window sum of any neighborhood on any filled day (one pass, sliding). */
function windowedMaximum(history: History, column: ArrayLike<number>): number {
  const { size, daysDone } = history;
  const sums = new Float64Array(size);
  let maximum = 0;
  for (let t = 0; t < daysDone; t++) {
    const row = t * size;
    const leaving = (t - MAP_WINDOW_DAYS) * size;
    for (let i = 0; i < size; i++) {
      let sum = sums[i]! + column[row + i]!;
      if (leaving >= 0) sum -= column[leaving + i]!;
      sums[i] = sum;
      if (sum > maximum) maximum = sum;
    }
  }
  return maximum;
}

/** Everything the map tells about one neighborhood on a day (for the tooltip and announcements). */
export interface NeighborhoodFacts {
  index: number;
  row: number;
  column: number;
  residents: number;
  minorityShare: number;
  inMinorityQuarter: boolean;
  /** Sums over the trailing window ending on `day`. */
  trueCrime: number;
  recorded: number;
  patrols: number;
  /** Fused risk at the end of `day`. */
  risk: number;
  /** Share of the window's patrols ÷ share of its true crime (see overPolicingIndex). */
  overPolicing: number;
  day: number;
}

export function neighborhoodFacts(result: RunResult, index: number, day: number): NeighborhoodFacts {
  const { history, city } = result;
  const { size } = history;
  const from = windowStart(day);
  let trueCrime = 0;
  let recorded = 0;
  let patrols = 0;
  let trueTotal = 0;
  let patrolTotal = 0;
  for (let t = from; t <= day; t++) {
    const row = t * size;
    trueCrime += history.trueIncidents[row + index]!;
    recorded += history.recordedIncidents[row + index]!;
    patrols += history.patrols[row + index]!;
    for (let i = 0; i < size; i++) {
      trueTotal += history.trueIncidents[row + i]!;
      patrolTotal += history.patrols[row + i]!;
    }
  }
  const patrolShare = patrolTotal > 0 ? patrols / patrolTotal : 0;
  const crimeShare = trueTotal > 0 ? trueCrime / trueTotal : 0;
  return {
    index,
    row: Math.floor(index / city.columns),
    column: index % city.columns,
    residents: city.population[index]!,
    minorityShare: city.minorityShare[index]!,
    inMinorityQuarter: city.minorityQuarter[index] === 1,
    trueCrime,
    recorded,
    patrols,
    risk: history.risk[day * size + index]!,
    overPolicing: crimeShare > 0 ? patrolShare / crimeShare : patrolShare > 0 ? Number.POSITIVE_INFINITY : Number.NaN,
    day,
  };
}
