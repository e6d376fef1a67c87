/**
 * Metrics: pure functions of a run's recorded history (and the city's fixed description).
 * The headline compares the most-minority quarter of neighborhoods' share of patrols with its
 * share of true crime: the over-policing the loop produces when true crime is equal.
 */
import type { City } from './city.ts';
import { MAJORITY, MINORITY, type History } from './history.ts';

/** Days in the trailing window of the disparity series. */
export const DISPARITY_WINDOW_DAYS = 30;

export interface GroupMetrics {
  /** Residents of the group, city-wide. */
  population: number;
  truePer1000: number;
  /** Known true incidents plus stop hits, per 1,000 residents of the group. */
  recordedPer1000: number;
  stopsPer1000: number;
  stopsWithoutHitPer1000: number;
  /** Share of the group's true incidents known to police (reports, discoveries, sensors), in [0, 1]. */
  detectionRate: number;
}

export interface RunMetrics {
  /** The window that the summary shares describe: the last tenth of the days (at least one). */
  tailDays: number;
  minorityQuarter: {
    neighborhoods: number;
    populationShare: number;
    /** Share of patrol units sent to the quarter over the tail window. */
    patrolShare: number;
    /** Share of true incidents that happened in the quarter over the tail window. */
    trueCrimeShare: number;
    /** patrolShare ÷ trueCrimeShare (1 = patrols match true crime; 0 when the window had no crime). */
    disparityRatio: number;
  };
  minority: GroupMetrics;
  majority: GroupMetrics;
  /** Gini coefficient of patrols across neighborhoods over the tail window, in [0, 1]. */
  patrolGini: number;
  /** Total variation distance between the patrol and true-crime distributions over the tail window, in [0, 1]. */
  allocationDivergence: number;
  totals: {
    trueIncidents: number;
    recordedIncidents: number;
    reports: number;
    discoveries: number;
    stops: number;
    stopHits: number;
    stopsWithoutHit: number;
    sensorAlerts: number;
  };
  /** Each neighborhood's share of total risk on the last simulated day. */
  finalRiskShare: Float64Array;
  /** Each neighborhood's share of patrols over the tail window. */
  tailPatrolShare: Float64Array;
}

export interface MetricSeries {
  /** Daily share of patrols going to the most-minority quarter. */
  patrolShareMinorityQuarter: Float64Array;
  /** Share of true crime in the most-minority quarter over the trailing window. */
  trueCrimeShareMinorityQuarter: Float64Array;
  /** Patrol share ÷ true-crime share of the quarter over the trailing window. */
  disparityRatio: Float64Array;
  /** Cumulative per 1,000 residents of each group, by day. */
  truePer1000: GroupSeries;
  recordedPer1000: GroupSeries;
  stopsWithoutHitPer1000: GroupSeries;
}

export interface GroupSeries {
  minority: Float64Array;
  majority: Float64Array;
}

/** Summary metrics over the days simulated so far. */
export function computeMetrics(history: History, city: City): RunMetrics {
  const days = history.daysDone;
  const size = history.size;
  const tailDays = Math.max(1, Math.ceil(days / 10));
  const tailStart = Math.max(0, days - tailDays);

  const tailPatrols = sumRows(history.patrols, size, tailStart, days);
  const tailTrue = sumRows(history.trueIncidents, size, tailStart, days);
  const patrolTotal = sum(tailPatrols);
  const trueTotal = sum(tailTrue);
  const tailPatrolShare = normalize(tailPatrols, patrolTotal);
  const tailTrueShare = normalize(tailTrue, trueTotal);

  let quarterPatrol = 0;
  let quarterTrue = 0;
  let quarterPopulation = 0;
  let population = 0;
  let quarterCount = 0;
  for (let i = 0; i < size; i++) {
    population += city.population[i]!;
    if (!city.minorityQuarter[i]) continue;
    quarterCount++;
    quarterPatrol += tailPatrolShare[i]!;
    quarterTrue += tailTrueShare[i]!;
    quarterPopulation += city.population[i]!;
  }

  let divergence = 0;
  for (let i = 0; i < size; i++) divergence += Math.abs(tailPatrolShare[i]! - tailTrueShare[i]!);

  const finalRisk = new Float64Array(size);
  if (days > 0) finalRisk.set(history.risk.subarray((days - 1) * size, days * size));

  return {
    tailDays,
    minorityQuarter: {
      neighborhoods: quarterCount,
      populationShare: ratio(quarterPopulation, population),
      patrolShare: quarterPatrol,
      trueCrimeShare: quarterTrue,
      disparityRatio: ratio(quarterPatrol, quarterTrue),
    },
    minority: groupMetrics(history, city, MINORITY, days),
    majority: groupMetrics(history, city, MAJORITY, days),
    patrolGini: gini(tailPatrols),
    allocationDivergence: trueTotal > 0 && patrolTotal > 0 ? divergence / 2 : 0,
    totals: {
      trueIncidents: sumPrefix(history.trueIncidents, days * size),
      recordedIncidents: sumPrefix(history.recordedIncidents, days * size),
      reports: sumPrefix(history.reports, days * size),
      discoveries: sumPrefix(history.discoveries, days * size),
      stops: sumPrefix(history.stops, days * size),
      stopHits: sumPrefix(history.stopHits, days * size),
      stopsWithoutHit: sumPrefix(history.stopsWithoutHit, days * size),
      sensorAlerts: sumPrefix(history.sensorAlerts, days * size),
    },
    finalRiskShare: normalize(finalRisk, sum(finalRisk)),
    tailPatrolShare,
  };
}

/** Daily series over the days simulated so far. */
export function computeSeries(history: History, city: City): MetricSeries {
  const days = history.daysDone;
  const size = history.size;
  const patrolShare = new Float64Array(days);
  const trueShare = new Float64Array(days);
  const disparity = new Float64Array(days);
  const quarterPatrolByDay = new Float64Array(days);
  const quarterTrueByDay = new Float64Array(days);
  const patrolByDay = new Float64Array(days);
  const trueByDay = new Float64Array(days);
  for (let t = 0; t < days; t++) {
    const row = t * size;
    for (let i = 0; i < size; i++) {
      const patrols = history.patrols[row + i]!;
      const incidents = history.trueIncidents[row + i]!;
      patrolByDay[t] = patrolByDay[t]! + patrols;
      trueByDay[t] = trueByDay[t]! + incidents;
      if (city.minorityQuarter[i]) {
        quarterPatrolByDay[t] = quarterPatrolByDay[t]! + patrols;
        quarterTrueByDay[t] = quarterTrueByDay[t]! + incidents;
      }
    }
  }
  let windowQuarterPatrol = 0;
  let windowPatrol = 0;
  let windowQuarterTrue = 0;
  let windowTrue = 0;
  for (let t = 0; t < days; t++) {
    windowQuarterPatrol += quarterPatrolByDay[t]!;
    windowPatrol += patrolByDay[t]!;
    windowQuarterTrue += quarterTrueByDay[t]!;
    windowTrue += trueByDay[t]!;
    const leaving = t - DISPARITY_WINDOW_DAYS;
    if (leaving >= 0) {
      windowQuarterPatrol -= quarterPatrolByDay[leaving]!;
      windowPatrol -= patrolByDay[leaving]!;
      windowQuarterTrue -= quarterTrueByDay[leaving]!;
      windowTrue -= trueByDay[leaving]!;
    }
    patrolShare[t] = ratio(quarterPatrolByDay[t]!, patrolByDay[t]!);
    trueShare[t] = ratio(windowQuarterTrue, windowTrue);
    disparity[t] = ratio(ratio(windowQuarterPatrol, windowPatrol), trueShare[t]!);
  }
  const population = groupPopulations(city);
  const truePer1000 = { minority: new Float64Array(days), majority: new Float64Array(days) };
  const recordedPer1000 = { minority: new Float64Array(days), majority: new Float64Array(days) };
  const stopsWithoutHitPer1000 = { minority: new Float64Array(days), majority: new Float64Array(days) };
  // Cumulative sums per group in plain loops (no callbacks): this runs once per run, and small
  // runs such as the urn are dominated by fixed costs like it.
  let trueMinority = 0;
  let trueMajority = 0;
  let recordedMinority = 0;
  let recordedMajority = 0;
  let emptyMinority = 0;
  let emptyMajority = 0;
  for (let t = 0; t < days; t++) {
    const m = t * 2 + MINORITY;
    const j = t * 2 + MAJORITY;
    trueMinority += history.groupTrue[m]!;
    trueMajority += history.groupTrue[j]!;
    recordedMinority += history.groupKnown[m]! + history.groupStops[m]! - history.groupStopsWithoutHit[m]!;
    recordedMajority += history.groupKnown[j]! + history.groupStops[j]! - history.groupStopsWithoutHit[j]!;
    emptyMinority += history.groupStopsWithoutHit[m]!;
    emptyMajority += history.groupStopsWithoutHit[j]!;
    truePer1000.minority[t] = ratio(1000 * trueMinority, population[MINORITY]);
    truePer1000.majority[t] = ratio(1000 * trueMajority, population[MAJORITY]);
    recordedPer1000.minority[t] = ratio(1000 * recordedMinority, population[MINORITY]);
    recordedPer1000.majority[t] = ratio(1000 * recordedMajority, population[MAJORITY]);
    stopsWithoutHitPer1000.minority[t] = ratio(1000 * emptyMinority, population[MINORITY]);
    stopsWithoutHitPer1000.majority[t] = ratio(1000 * emptyMajority, population[MAJORITY]);
  }
  return {
    patrolShareMinorityQuarter: patrolShare,
    trueCrimeShareMinorityQuarter: trueShare,
    disparityRatio: disparity,
    truePer1000,
    recordedPer1000,
    stopsWithoutHitPer1000,
  };
}

function groupMetrics(history: History, city: City, group: number, days: number): GroupMetrics {
  let trueCount = 0;
  let known = 0;
  let stops = 0;
  let empty = 0;
  for (let t = 0; t < days; t++) {
    trueCount += history.groupTrue[t * 2 + group]!;
    known += history.groupKnown[t * 2 + group]!;
    stops += history.groupStops[t * 2 + group]!;
    empty += history.groupStopsWithoutHit[t * 2 + group]!;
  }
  const population = groupPopulations(city)[group]!;
  return {
    population,
    truePer1000: ratio(1000 * trueCount, population),
    recordedPer1000: ratio(1000 * (known + stops - empty), population),
    stopsPer1000: ratio(1000 * stops, population),
    stopsWithoutHitPer1000: ratio(1000 * empty, population),
    detectionRate: ratio(known, trueCount),
  };
}

/** Residents of each group city-wide: [minority, majority]. */
export function groupPopulations(city: City): [number, number] {
  let minority = 0;
  let total = 0;
  for (let i = 0; i < city.size; i++) {
    minority += city.population[i]! * city.minorityShare[i]!;
    total += city.population[i]!;
  }
  return [minority, total - minority];
}

/**
 * Gini coefficient of non-negative values: 0 when all are equal, approaching 1 when one holds
 * everything. Uses the sorted form G = (2 Σ i·x_(i)) / (n Σ x) − (n + 1) / n, i from 1.
 */
export function gini(values: ArrayLike<number>): number {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    total += sorted[i]!;
    weighted += (i + 1) * sorted[i]!;
  }
  if (!(total > 0)) return 0;
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

/** a ÷ b, or 0 when b is 0 (so no metric is ever NaN or infinite). */
export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}

/**
 * ml-fairness-gym's "equality of discovery probability" per site (D'Amour et al. 2020, Eq. 2):
 * Σ_t discovered ÷ Σ_t occurred over days [0, day), per neighborhood; 0 where nothing occurred.
 */
export function discoveryRatios(history: History, size: number, day: number): number[] {
  const to = Math.min(day, history.daysDone);
  const found = sumRows(history.discoveries, size, 0, to);
  const occurred = sumRows(history.trueIncidents, size, 0, to);
  return Array.from(found, (value, i) => ratio(value, occurred[i]!));
}

/** The gym's fairness gap Δ = max_k,k' |ratio_k − ratio_k'| over sites where incidents occurred (0 if fewer than two). */
export function discoveryGap(history: History, size: number, day: number): number {
  const to = Math.min(day, history.daysDone);
  const occurred = sumRows(history.trueIncidents, size, 0, to);
  const ratios = discoveryRatios(history, size, day);
  let best = -Infinity;
  let worst = Infinity;
  for (let i = 0; i < size; i++) {
    if (!(occurred[i]! > 0)) continue;
    if (ratios[i]! > best) best = ratios[i]!;
    if (ratios[i]! < worst) worst = ratios[i]!;
  }
  return best > worst ? best - worst : 0;
}

function sumRows(column: ArrayLike<number>, size: number, from: number, to: number): Float64Array {
  const totals = new Float64Array(size);
  for (let t = from; t < to; t++) {
    const row = t * size;
    for (let i = 0; i < size; i++) totals[i] = totals[i]! + column[row + i]!;
  }
  return totals;
}

function sumPrefix(column: ArrayLike<number>, length: number): number {
  let total = 0;
  for (let i = 0; i < length; i++) total += column[i]!;
  return total;
}

function sum(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
}

function normalize(values: Float64Array, total: number): Float64Array {
  const shares = new Float64Array(values.length);
  if (total > 0) for (let i = 0; i < values.length; i++) shares[i] = values[i]! / total;
  return shares;
}
