/**
 * Summary metrics of a run: pure functions of what it recorded (and the city's fixed description).
 * The headline compares the most-minority quarter of neighborhoods' share of patrols with its
 * share of true crime: the over-policing the loop produces when true crime is equal. They come
 * from a full history (at any day) or from the day loop's tally (a finished run that kept no
 * history); both go through assembleMetrics, so they agree bit for bit.
 */
import type { City } from '../city.ts';
import { MAJORITY, MINORITY, type History } from '../history.ts';
import { tailDaysOf, type MetricTally, type RunTotals } from './tally.ts';
import { gini, groupPopulations, normalize, ratio, sum, sumPrefix, windowSums } from './windows.ts';

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
  totals: RunTotals;
  /** Each neighborhood's share of total risk on the last simulated day. */
  finalRiskShare: Float64Array;
  /** Each neighborhood's share of patrols over the tail window. */
  tailPatrolShare: Float64Array;
}

/** Summary metrics over the days simulated so far (the tail window is the last tenth of them). */
export function computeMetrics(history: History, city: City): RunMetrics {
  const days = history.daysDone;
  const cells = days * history.size;
  const groupTotals = (column: Float64Array): [number, number] => {
    let minority = 0;
    let majority = 0;
    for (let t = 0; t < days; t++) {
      minority += column[t * 2 + MINORITY]!;
      majority += column[t * 2 + MAJORITY]!;
    }
    return [minority, majority];
  };
  return metricsOfHistory(history, city, {
    groupTrue: groupTotals(history.groupTrue),
    groupKnown: groupTotals(history.groupKnown),
    groupStops: groupTotals(history.groupStops),
    groupStopsWithoutHit: groupTotals(history.groupStopsWithoutHit),
    totals: {
      trueIncidents: sumPrefix(history.trueIncidents, cells),
      recordedIncidents: sumPrefix(history.recordedIncidents, cells),
      reports: sumPrefix(history.reports, cells),
      discoveries: sumPrefix(history.discoveries, cells),
      stops: sumPrefix(history.stops, cells),
      stopHits: sumPrefix(history.stopHits, cells),
      stopsWithoutHit: sumPrefix(history.stopsWithoutHit, cells),
      sensorAlerts: sumPrefix(history.sensorAlerts, cells),
    },
  });
}

/**
 * computeMetrics(history, city) of a run in progress, bit for bit, at a fraction of its cost:
 * the run and group totals come from the day loop's running tally (which adds the same whole
 * counts in the same day order), so only the tail window, a tenth of the days done, is summed
 * from the history. Streamed playback asks for the metrics after every chunk of days.
 */
export function metricsSoFar(history: History, city: City, tally: MetricTally): RunMetrics {
  return metricsOfHistory(history, city, {
    groupTrue: [tally.groupTrue[MINORITY]!, tally.groupTrue[MAJORITY]!],
    groupKnown: [tally.groupKnown[MINORITY]!, tally.groupKnown[MAJORITY]!],
    groupStops: [tally.groupStops[MINORITY]!, tally.groupStops[MAJORITY]!],
    groupStopsWithoutHit: [tally.groupStopsWithoutHit[MINORITY]!, tally.groupStopsWithoutHit[MAJORITY]!],
    totals: { ...tally.totals },
  });
}

/** The metrics of a history's days done, given its totals: the tail window and the last day's risk are read from the history. */
function metricsOfHistory(history: History, city: City, sums: Pick<MetricInputs, 'groupTrue' | 'groupKnown' | 'groupStops' | 'groupStopsWithoutHit' | 'totals'>): RunMetrics {
  const days = history.daysDone;
  const size = history.size;
  const tailDays = tailDaysOf(days);
  const tailStart = Math.max(0, days - tailDays);
  const finalRisk = new Float64Array(size);
  if (days > 0) finalRisk.set(history.risk.subarray((days - 1) * size, days * size));
  return assembleMetrics(city, {
    ...sums,
    tailDays,
    tailPatrols: windowSums(history.patrols, size, tailStart, days),
    tailTrue: windowSums(history.trueIncidents, size, tailStart, days),
    finalRisk,
  });
}

/**
 * Summary metrics of a finished run from the day loop's tally. `finalRisk` is the risk after the
 * last day, rounded to Float32 as the history stores it (the caller's copy; it is not kept).
 */
export function metricsFromTally(tally: MetricTally, city: City, finalRisk: Float64Array): RunMetrics {
  return assembleMetrics(city, {
    tailDays: tailDaysOf(tally.days),
    tailPatrols: Float64Array.from(tally.tailPatrols),
    tailTrue: Float64Array.from(tally.tailTrue),
    groupTrue: [tally.groupTrue[MINORITY]!, tally.groupTrue[MAJORITY]!],
    groupKnown: [tally.groupKnown[MINORITY]!, tally.groupKnown[MAJORITY]!],
    groupStops: [tally.groupStops[MINORITY]!, tally.groupStops[MAJORITY]!],
    groupStopsWithoutHit: [tally.groupStopsWithoutHit[MINORITY]!, tally.groupStopsWithoutHit[MAJORITY]!],
    totals: { ...tally.totals },
    finalRisk,
  });
}

/** The sums every summary metric is made of; group pairs are [minority, majority]. */
interface MetricInputs {
  tailDays: number;
  /** Per neighborhood over the tail window. */
  tailPatrols: Float64Array;
  tailTrue: Float64Array;
  groupTrue: [number, number];
  groupKnown: [number, number];
  groupStops: [number, number];
  groupStopsWithoutHit: [number, number];
  totals: RunTotals;
  finalRisk: Float64Array;
}

function assembleMetrics(city: City, inputs: MetricInputs): RunMetrics {
  const { tailPatrols, tailTrue } = inputs;
  const size = city.size;
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
  const populations = groupPopulations(city);

  return {
    tailDays: inputs.tailDays,
    minorityQuarter: {
      neighborhoods: quarterCount,
      populationShare: ratio(quarterPopulation, population),
      patrolShare: quarterPatrol,
      trueCrimeShare: quarterTrue,
      disparityRatio: ratio(quarterPatrol, quarterTrue),
    },
    minority: groupMetrics(inputs, populations, MINORITY),
    majority: groupMetrics(inputs, populations, MAJORITY),
    patrolGini: gini(tailPatrols),
    allocationDivergence: trueTotal > 0 && patrolTotal > 0 ? divergence / 2 : 0,
    totals: inputs.totals,
    finalRiskShare: normalize(inputs.finalRisk, sum(inputs.finalRisk)),
    tailPatrolShare,
  };
}

function groupMetrics(inputs: MetricInputs, populations: [number, number], group: number): GroupMetrics {
  const trueCount = inputs.groupTrue[group]!;
  const known = inputs.groupKnown[group]!;
  const stops = inputs.groupStops[group]!;
  const empty = inputs.groupStopsWithoutHit[group]!;
  const population = populations[group]!;
  return {
    population,
    truePer1000: ratio(1000 * trueCount, population),
    recordedPer1000: ratio(1000 * (known + stops - empty), population),
    stopsPer1000: ratio(1000 * stops, population),
    stopsWithoutHitPer1000: ratio(1000 * empty, population),
    detectionRate: ratio(known, trueCount),
  };
}
