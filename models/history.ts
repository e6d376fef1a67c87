/**
 * The recorded history of a run: day × neighborhood columns (row t holds day t) plus daily
 * totals by group. Metrics are pure functions of this history, never of the model's state.
 */

/**
 * What a run keeps. 'history': every day × neighborhood column (playback, maps, exports);
 * 'series': the daily series only (memory proportional to the days); 'metrics': the final
 * summary metrics only (memory proportional to the neighborhoods). Every level gives the same
 * metrics for the same params and seed, bit for bit.
 */
export type RecordingLevel = 'history' | 'series' | 'metrics';

export const RECORDING_LEVELS: readonly RecordingLevel[] = ['history', 'series', 'metrics'];

/** Group indices of the per-day group columns. */
export const MINORITY = 0;
export const MAJORITY = 1;

export interface History {
  days: number;
  size: number;
  /** Days simulated so far (rows filled). */
  daysDone: number;
  /** True incidents (day × neighborhood). */
  trueIncidents: Int32Array;
  /** Unique true incidents known to police from any enabled source, plus stop hits and false alerts. */
  recordedIncidents: Int32Array;
  /** Records by source (day × neighborhood), before corrections. */
  reports: Int32Array;
  discoveries: Int32Array;
  stopHits: Int32Array;
  sensorAlerts: Int32Array;
  /** Fused risk at the end of the day, after that day's records (what tomorrow's patrols follow). */
  risk: Float32Array;
  /** Patrol units present (expected units for non-sampling policies). */
  patrols: Float32Array;
  stops: Int32Array;
  stopsWithoutHit: Int32Array;
  /** Daily totals by group, index day * 2 + group (MINORITY or MAJORITY). */
  groupTrue: Float64Array;
  /** True incidents known to police from reports, discoveries or sensors (stop hits excluded). */
  groupKnown: Float64Array;
  groupStops: Float64Array;
  groupStopsWithoutHit: Float64Array;
}

/** The day × neighborhood columns of History, for code that walks them all (CSV, transfer). */
export const CELL_COLUMNS = [
  'trueIncidents',
  'recordedIncidents',
  'reports',
  'discoveries',
  'stopHits',
  'sensorAlerts',
  'risk',
  'patrols',
  'stops',
  'stopsWithoutHit',
] as const;
export type CellColumn = (typeof CELL_COLUMNS)[number];

export const GROUP_COLUMNS = ['groupTrue', 'groupKnown', 'groupStops', 'groupStopsWithoutHit'] as const;
export type GroupColumn = (typeof GROUP_COLUMNS)[number];

export function allocateHistory(days: number, size: number): History {
  const cells = days * size;
  return {
    days,
    size,
    daysDone: 0,
    trueIncidents: new Int32Array(cells),
    recordedIncidents: new Int32Array(cells),
    reports: new Int32Array(cells),
    discoveries: new Int32Array(cells),
    stopHits: new Int32Array(cells),
    sensorAlerts: new Int32Array(cells),
    risk: new Float32Array(cells),
    patrols: new Float32Array(cells),
    stops: new Int32Array(cells),
    stopsWithoutHit: new Int32Array(cells),
    groupTrue: new Float64Array(days * 2),
    groupKnown: new Float64Array(days * 2),
    groupStops: new Float64Array(days * 2),
    groupStopsWithoutHit: new Float64Array(days * 2),
  };
}
