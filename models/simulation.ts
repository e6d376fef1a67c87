/**
 * The day loop. Each day: the deployment turns yesterday's risk into patrols; true incidents
 * happen (a Poisson draw per neighborhood, optionally self-exciting and deterred by patrols);
 * each enabled source records some of them; corrections filter the records; the fused risk
 * absorbs them. The loop feeds on its own output because discoveries and stops happen only
 * where patrols were sent. State is struct-of-arrays, and a day allocates nothing.
 */
import { buildCity, type City } from './city.ts';
import { createDeploymentBuffers, deploy, type DeploymentBuffers } from './deployment.ts';
import { createFusion, updateRisk, type FusionState } from './fusion.ts';
import { allocateGym, beliefScale, createGymBuffers, isGymPolicy, roundUnitsWithCarry, updateAttentionRates, type GymBuffers } from './gym-allocators.ts';
import { createHawkes, drawHawkesDay, type HawkesState } from './hawkes.ts';
import { allocateHistory, MAJORITY, MINORITY, type History, type RecordingLevel } from './history.ts';
import { checkPatrols, patrolTarget } from './invariants.ts';
import { advancePeopleDay } from './people/day.ts';
import { createPeople, type PeopleState } from './people/state.ts';
import { createDailyTotals, createTally, type DailyTotals, type MetricTally } from './metrics/tally.ts';
import type { Params } from './params/types.ts';
import { MIN_POSITIVE } from './params/schema.ts';
import { binomial, createStream, expNeg, poisson, poissonInversion, POISSON_INVERSION_LIMIT, sampleCumulative, type Uniform } from './random.ts';

/** The random streams of a run, one per process (see random.ts). */
interface Streams {
  truth: Uniform;
  reports: Uniform;
  discoveries: Uniform;
  stops: Uniform;
  sensors: Uniform;
  dispatch: Uniform;
  corrections: Uniform;
}

/** Per-run constants derived once from the params, so the day loop reads plain numbers. */
interface Constants {
  reportRate: [number, number];
  reportWeight: number;
  /** log(1 − q): the chance u units all miss an incident is exp(u · this). */
  logMissPerUnit: number;
  discoveryWeight: number;
  stopsPerUnit: number;
  stopBias: number;
  hitRate: [number, number];
  stopWeight: number;
  sensorDetection: number;
  sensorWeight: number;
  falseAlertsPerCoveredDay: number;
  /** log(1 − deterrence per unit), or 0 when deterrence is off. */
  logDeterrencePerUnit: number;
  /** ml-fairness-gym rate dynamics: change d of a rate per day (0 when off). */
  dynamicFactor: number;
  /** Counted units must be whole: the capacity discovery model under a policy of fractional units. */
  wholeUnits: boolean;
  /** Patrol units a day deploys in total (see invariants.ts): checked every day. */
  patrolTarget: number;
}

/**
 * A run in progress: advance it day by day. What it keeps depends on its recording level
 * (history.ts): the full history grows row by row at the 'history' level; every level keeps the
 * tally its final metrics are made of, and all but 'metrics' the daily totals of its series.
 */
export interface Simulation<Level extends RecordingLevel = 'history'> {
  params: Params;
  seed: number;
  city: City;
  level: Level;
  /** Days the run will have (params.days), and days simulated so far. */
  days: number;
  daysDone: number;
  /** The day × neighborhood history, at the 'history' level only. */
  history: Level extends 'history' ? History : History | null;
  /** City-wide daily totals for the series, at the 'series' and 'history' levels (null at 'metrics'). */
  daily: Level extends 'metrics' ? DailyTotals | null : DailyTotals;
  /** Sums the final metrics need, kept at every level. */
  tally: MetricTally;
  /** False sensor alerts placed today, per neighborhood (consumed and reset by the day loop). */
  falseAlerts: Int32Array;
  fusion: FusionState;
  deployment: DeploymentBuffers;
  /** Near-repeat excitation of the true rate per neighborhood (incidents per day). */
  nearRepeat: Float64Array;
  /** Near-repeat as a day-binned Hawkes process (hawkes.ts), or null when off. */
  hawkes: HawkesState | null;
  /** True background rate per neighborhood today (incidents per day): the base rate, or persistent state under rate dynamics. */
  trueRate: Float64Array;
  /** Buffers of ml-fairness-gym's allocators and of whole-unit rounding. */
  gym: GymBuffers;
  /** exp(−base rate) per neighborhood, for Poisson draws when rates are static. */
  expNegBaseRate: Float64Array;
  /** Probability that a patrol-driven record is kept, per neighborhood (corrections). */
  keepProbability: Float64Array;
  /** Running sums of sensor coverage, for placing false alerts. */
  coverageCumulative: Float64Array;
  streams: Streams;
  constants: Constants;
  /** Today's stop counts, STOP_SLOTS per neighborhood (STOP_* slots), written before the day's other draws (drawDayStops). */
  stopCounts: Int32Array;
  /** Stops one patrol unit makes per day in each neighborhood (the minority-area ratio applied). */
  stopsPerUnitAt: Float64Array;
  /** The person-level layer (models/people/), or null when off; it reads the day's counts and never writes back. */
  people: PeopleState | null;
}

/** A simulation at any recording level. */
export type AnySimulation = Simulation<RecordingLevel>;

/**
 * A run of `params` with `seed` that keeps what `level` asks for (by default the full history).
 * At the 'history' level `emptyHistory`, when given, is used instead of a new allocation: it must be
 * fresh (all zero); one with a day done or of other dimensions than params.days × the city's size is
 * ignored. A caller that prepares one while idle saves the run the cost of first touching memory.
 */
export function createSimulation<Level extends RecordingLevel = 'history'>(params: Params, seed: number, level: Level = 'history' as Level, emptyHistory?: History): Simulation<Level> {
  const city = buildCity(params, seed);
  const { size } = city;
  const sources = params.sources;
  const useHistory = sources.history.enabled && !params.corrections.reportsOnly;
  const initialRecords = new Float64Array(size);
  if (useHistory) for (let i = 0; i < size; i++) initialRecords[i] = sources.history.weight * city.priorRecords[i]!;

  const coverageCumulative = new Float64Array(size);
  let coverageSum = 0;
  for (let i = 0; i < size; i++) {
    coverageSum += city.sensorCoverage[i]!;
    coverageCumulative[i] = coverageSum;
  }
  const hawkes = params.reality.nearRepeat.enabled ? createHawkes(params, city) : null;
  const dynamics = params.reality.rateDynamics;
  const fusion = createFusion(params, size, initialRecords);
  if (params.fusion.memory === 'decay' && params.fusion.decayModel === 'binomial') fusion.ballDecayStream = createStream(seed, 'decay');
  const policy = params.deployment.policy;
  const wholeUnits = sources.discoveries.enabled && sources.discoveries.model === 'capacity' && (policy === 'uniform' || policy === 'proportional' || policy === 'topK');
  // Linear in minority share; with a ratio of 1 every entry is exactly stopsPerUnit.
  const stopsPerUnitAt = new Float64Array(size);
  const areaRatio = sources.stops.minorityAreaRatio;
  for (let i = 0; i < size; i++) stopsPerUnitAt[i] = sources.stops.stopsPerUnit * (1 + (areaRatio - 1) * city.minorityShare[i]!);
  const streams: Streams = {
    truth: createStream(seed, 'truth'),
    reports: createStream(seed, 'reports'),
    discoveries: createStream(seed, 'discoveries'),
    stops: createStream(seed, 'stops'),
    sensors: createStream(seed, 'sensors'),
    dispatch: createStream(seed, 'dispatch'),
    corrections: createStream(seed, 'corrections'),
  };
  const reusable = emptyHistory !== undefined && emptyHistory.daysDone === 0 && emptyHistory.days === params.days && emptyHistory.size === size;
  const history = level === 'history' ? (reusable ? emptyHistory : allocateHistory(params.days, size)) : null;
  const daily = level === 'metrics' ? null : createDailyTotals(params.days, history ?? undefined);
  const sim: AnySimulation = {
    params,
    seed,
    city,
    level,
    days: params.days,
    daysDone: 0,
    history,
    daily,
    tally: createTally(params.days, size),
    falseAlerts: new Int32Array(size),
    fusion,
    deployment: createDeploymentBuffers(size, streams.dispatch),
    nearRepeat: hawkes ? hawkes.excitation : new Float64Array(size),
    hawkes,
    trueRate: Float64Array.from(city.baseRate),
    gym: createGymBuffers(params, size),
    expNegBaseRate: city.baseRate.map(expNeg),
    keepProbability: new Float64Array(size),
    coverageCumulative,
    streams,
    stopCounts: new Int32Array(STOP_SLOTS * size),
    stopsPerUnitAt,
    people: params.people?.enabled ? createPeople(params, city, seed) : null,
    constants: {
      reportRate: [sources.reports.minorityRate, sources.reports.majorityRate],
      reportWeight: sources.reports.weight,
      logMissPerUnit: Math.log1p(-Math.min(sources.discoveries.findProbability, 1 - 1e-15)),
      discoveryWeight: sources.discoveries.weight,
      stopsPerUnit: sources.stops.stopsPerUnit,
      stopBias: sources.stops.biasRatio,
      hitRate: [Math.min(1, sources.stops.hitRate * sources.stops.minorityHitRatio), sources.stops.hitRate],
      stopWeight: sources.stops.weight,
      sensorDetection: sources.sensors.detectionProbability,
      sensorWeight: sources.sensors.weight,
      falseAlertsPerCoveredDay: sources.sensors.falseAlertsPerDay,
      logDeterrencePerUnit: params.reality.deterrence.enabled ? Math.log1p(-params.reality.deterrence.reductionPerUnit) : 0,
      dynamicFactor: dynamics.enabled ? dynamics.dynamicFactor : 0,
      wholeUnits,
      patrolTarget: patrolTarget(params.deployment, size, wholeUnits),
    },
  };
  return sim as Simulation<Level>;
}

/** Runs up to `days` more days; returns how many days have been simulated in total. */
export function advance(sim: AnySimulation, days: number): number {
  const end = Math.min(sim.days, sim.daysDone + Math.max(0, Math.floor(days)));
  while (sim.daysDone < end) {
    simulateDay(sim, sim.daysDone);
    if (sim.people !== null) advancePeopleDay(sim.people, sim.daysDone);
    sim.daysDone++;
    if (sim.history !== null) sim.history.daysDone = sim.daysDone;
  }
  return sim.daysDone;
}

function simulateDay(sim: AnySimulation, day: number): void {
  const { params, city, history, daily, tally, fusion, deployment, streams, constants: k } = sim;
  const { size } = city;
  const sources = params.sources;
  const corrections = params.corrections;
  const row = day * size;

  const policy = params.deployment.policy;
  if (isGymPolicy(policy)) {
    const scale = beliefScale(params, day, fusion.decayFactor);
    allocateGym(policy, fusion.risk, scale, size, params.deployment.units, params.deployment.fairnessAlpha, params.deployment.exploration, sim.gym, deployment.units, deployment.expected, streams.dispatch);
  } else {
    deploy(fusion.risk, size, params.deployment, deployment, streams.dispatch);
  }
  const units = deployment.units;
  // Units that each find at most one incident are counted: make them whole (gym-allocators.ts).
  if (k.wholeUnits) roundUnitsWithCarry(deployment.expected, units, sim.gym.carry, sim.gym.scratch, size, k.patrolTarget);
  // Checked as deployed, after any rounding: the units the rest of the day uses.
  checkPatrols(units, size, k.patrolTarget, params.deployment, day);
  computeKeepProbabilities(sim);

  const useReports = sources.reports.enabled;
  const useDiscoveries = sources.discoveries.enabled;
  const useStops = sources.stops.enabled && k.stopsPerUnit > 0;
  const useSensors = sources.sensors.enabled;
  const reportsOnly = corrections.reportsOnly;
  const filterPatrolRecords = corrections.ensign || corrections.inversePropensity;
  // Reporting-rate adjustment: a report counts 1 ÷ rate incidents. A rate of 0 yields no reports, so
  // its value is moot (1); validation keeps positive rates at or above MIN_POSITIVE (1e-6), and the
  // clamp keeps 1 ÷ rate at most 1e6 even for params that bypassed validation.
  const reportValue0 = k.reportWeight * (corrections.reportingRateAdjust && k.reportRate[0] > 0 ? 1 / Math.max(k.reportRate[0], MIN_POSITIVE) : 1);
  const reportValue1 = k.reportWeight * (corrections.reportingRateAdjust && k.reportRate[1] > 0 ? 1 / Math.max(k.reportRate[1], MIN_POSITIVE) : 1);
  const discoveryWeight = reportsOnly ? 0 : k.discoveryWeight;
  const stopWeight = reportsOnly ? 0 : k.stopWeight;
  const sensorWeight = reportsOnly ? 0 : k.sensorWeight;

  if (useSensors) placeFalseAlerts(sim);
  if (useStops) drawDayStops(sim);

  let minorityTrue = 0;
  let majorityTrue = 0;
  let minorityKnown = 0;
  let majorityKnown = 0;
  let minorityStops = 0;
  let minorityEmptyStops = 0;
  let majorityEmptyStops = 0;
  // City-wide sums of the day, for the tally and the daily totals (tally.ts).
  let dayPatrols = 0;
  let dayQuarterPatrols = 0;
  let dayQuarterTrue = 0;
  let dayStops = 0;
  let dayHits = 0;
  let dayReports = 0;
  let dayDiscoveries = 0;
  let dayAlerts = 0;
  let dayRecorded = 0;
  const inTail = day >= tally.tailStart;
  const { tailPatrols, tailTrue } = tally;
  const falseAlertsToday = sim.falseAlerts;
  const minorityQuarter = city.minorityQuarter;
  // Locals for everything the loop touches: V8 then keeps them in registers across iterations.
  const evidence = fusion.evidence;
  const stopCounts = sim.stopCounts;
  const { truth, reports: reportStream, discoveries: discoveryStream, sensors: sensorStream } = streams;
  const { baseRate, minorityIncidentShare, sensorCoverage } = city;
  const hawkes = sim.hawkes;
  const trueRate = sim.trueRate;
  if (hawkes !== null) drawHawkesDay(hawkes, trueRate, units, size, truth);
  const keepProbability = sim.keepProbability;
  const minorityReportRate = useReports ? k.reportRate[MINORITY] : 0;
  const majorityReportRate = useReports ? k.reportRate[MAJORITY] : 0;
  const { logDeterrencePerUnit, logMissPerUnit, dynamicFactor, sensorDetection } = k;
  const capacityDiscovery = sources.discoveries.model === 'capacity';
  const staticRates = logDeterrencePerUnit === 0 && hawkes === null && dynamicFactor === 0;
  const expNegBaseRate = sim.expNegBaseRate;
  const peopleToday = sim.people !== null ? sim.people.today : null;

  for (let i = 0; i < size; i++) {
    const present = units[i]!;
    let incidents: number;
    if (staticRates) {
      // The common case: the rate never changes, so exp(−rate) was computed once per run.
      const rate = baseRate[i]!;
      incidents = rate < POISSON_INVERSION_LIMIT ? poissonInversion(truth, rate, expNegBaseRate[i]!) : poisson(truth, rate);
    } else if (hawkes !== null) {
      incidents = hawkes.incidents[i]!;
    } else {
      let rate = trueRate[i]!;
      if (logDeterrencePerUnit !== 0 && present > 0) rate *= expNeg(-present * logDeterrencePerUnit);
      incidents = rate < POISSON_INVERSION_LIMIT ? poissonInversion(truth, rate, expNeg(rate)) : poisson(truth, rate);
    }

    let reported0 = 0;
    let reported1 = 0;
    let discovered = 0;
    let detected = 0;
    let known = 0;
    if (incidents > 0) {
      const minorityIncidents = binomial(truth, incidents, minorityIncidentShare[i]!);
      minorityTrue += minorityIncidents;
      majorityTrue += incidents - minorityIncidents;
      const discoverProbability = useDiscoveries && present > 0 && !capacityDiscovery ? 1 - expNeg(-present * logMissPerUnit) : 0;
      // Capacity model: sequential sampling picks exactly min(units, incidents) incidents at random.
      let capacity = useDiscoveries && capacityDiscovery ? Math.floor(present) : 0;
      const detectProbability = useSensors ? sensorCoverage[i]! * sensorDetection : 0;
      for (let n = 0; n < incidents; n++) {
        const isMinority = n < minorityIncidents;
        // One draw per incident per active source keeps each stream aligned across policies.
        const isReported = useReports && reportStream.next() < (isMinority ? minorityReportRate : majorityReportRate);
        let isDiscovered = discoverProbability > 0 && discoveryStream.next() < discoverProbability;
        if (capacity > 0) {
          isDiscovered = capacity >= incidents - n || discoveryStream.next() * (incidents - n) < capacity;
          if (isDiscovered) capacity--;
        }
        const isDetected = detectProbability > 0 && sensorStream.next() < detectProbability;
        if (isReported) {
          if (isMinority) reported0++;
          else reported1++;
        }
        if (isDiscovered) discovered++;
        if (isDetected) detected++;
        if (isReported || isDiscovered || isDetected) {
          known++;
          if (isMinority) minorityKnown++;
          else majorityKnown++;
        }
      }
    }

    let stopCount = 0;
    let hits = 0;
    if (useStops && present > 0) {
      const slot = i * STOP_SLOTS;
      stopCount = stopCounts[slot + STOP_COUNT]!;
      hits = stopCounts[slot + STOP_HITS]!;
      minorityStops += stopCounts[slot + STOP_MINORITY]!;
      minorityEmptyStops += stopCounts[slot + STOP_MINORITY_EMPTY]!;
      majorityEmptyStops += stopCounts[slot + STOP_MAJORITY_EMPTY]!;
    }

    let falseAlerts = 0;
    if (useSensors) {
      falseAlerts = falseAlertsToday[i]!;
      falseAlertsToday[i] = 0;
    }
    // Patrol units as the history's Float32 column holds them, so every level sums the same numbers.
    const patrolled = Math.fround(present);
    dayPatrols += patrolled;
    if (minorityQuarter[i]) {
      dayQuarterPatrols += patrolled;
      dayQuarterTrue += incidents;
    }
    if (inTail) {
      tailPatrols[i] = tailPatrols[i]! + patrolled;
      tailTrue[i] = tailTrue[i]! + incidents;
    }
    dayStops += stopCount;
    dayHits += hits;
    dayReports += reported0 + reported1;
    dayDiscoveries += discovered;
    dayAlerts += falseAlerts + detected;
    dayRecorded += known + hits + falseAlerts;
    if (peopleToday !== null) {
      peopleToday.stops[i] = stopCount;
      peopleToday.incidents[i] = incidents;
      peopleToday.discovered[i] = discovered;
      peopleToday.reported[i] = reported0 + reported1;
      peopleToday.patrols[i] = patrolled;
    }
    if (history !== null) {
      const cell = row + i;
      // The columns start at zero and are mostly zero: writing only non-zero values saves
      // memory traffic, the main cost of recording a large city's history.
      if (incidents > 0) {
        history.trueIncidents[cell] = incidents;
        history.reports[cell] = reported0 + reported1;
        history.discoveries[cell] = discovered;
      }
      if (falseAlerts + detected > 0) history.sensorAlerts[cell] = falseAlerts + detected;
      if (known + hits + falseAlerts > 0) history.recordedIncidents[cell] = known + hits + falseAlerts;
      if (present > 0) {
        history.patrols[cell] = present;
        history.stopHits[cell] = hits;
        history.stops[cell] = stopCount;
        history.stopsWithoutHit[cell] = stopCount - hits;
      }
    }

    let patrolRecords = discovered * discoveryWeight + hits * stopWeight;
    if (filterPatrolRecords && patrolRecords > 0) {
      const keep = keepProbability[i]!;
      patrolRecords = binomial(streams.corrections, discovered, keep) * discoveryWeight + binomial(streams.corrections, hits, keep) * stopWeight;
    }
    evidence[i] = reported0 * reportValue0 + reported1 * reportValue1 + patrolRecords + (falseAlerts + detected) * sensorWeight;
  }

  if (dynamicFactor > 0) updateAttentionRates(trueRate, units, size, dynamicFactor);
  updateRisk(fusion, size);
  if (history !== null) {
    const risk = fusion.risk;
    for (let i = 0; i < size; i++) history.risk[row + i] = risk[i]!;
  }

  const majorityStops = dayStops - minorityStops;
  if (daily !== null) {
    // At the 'history' level the group columns are the history's own.
    const g = day * 2;
    daily.groupTrue[g + MINORITY] = minorityTrue;
    daily.groupTrue[g + MAJORITY] = majorityTrue;
    daily.groupKnown[g + MINORITY] = minorityKnown;
    daily.groupKnown[g + MAJORITY] = majorityKnown;
    daily.groupStops[g + MINORITY] = minorityStops;
    daily.groupStops[g + MAJORITY] = majorityStops;
    daily.groupStopsWithoutHit[g + MINORITY] = minorityEmptyStops;
    daily.groupStopsWithoutHit[g + MAJORITY] = majorityEmptyStops;
    daily.patrols[day] = dayPatrols;
    daily.quarterPatrols[day] = dayQuarterPatrols;
    daily.trueIncidents[day] = minorityTrue + majorityTrue;
    daily.quarterTrue[day] = dayQuarterTrue;
  }
  const totals = tally.totals;
  totals.trueIncidents += minorityTrue + majorityTrue;
  totals.recordedIncidents += dayRecorded;
  totals.reports += dayReports;
  totals.discoveries += dayDiscoveries;
  totals.stops += dayStops;
  totals.stopHits += dayHits;
  totals.stopsWithoutHit += dayStops - dayHits;
  totals.sensorAlerts += dayAlerts;
  tally.groupTrue[MINORITY] = tally.groupTrue[MINORITY]! + minorityTrue;
  tally.groupTrue[MAJORITY] = tally.groupTrue[MAJORITY]! + majorityTrue;
  tally.groupKnown[MINORITY] = tally.groupKnown[MINORITY]! + minorityKnown;
  tally.groupKnown[MAJORITY] = tally.groupKnown[MAJORITY]! + majorityKnown;
  tally.groupStops[MINORITY] = tally.groupStops[MINORITY]! + minorityStops;
  tally.groupStops[MAJORITY] = tally.groupStops[MAJORITY]! + majorityStops;
  tally.groupStopsWithoutHit[MINORITY] = tally.groupStopsWithoutHit[MINORITY]! + minorityEmptyStops;
  tally.groupStopsWithoutHit[MAJORITY] = tally.groupStopsWithoutHit[MAJORITY]! + majorityEmptyStops;
}

// Slots of each neighborhood's stop counts in Simulation.stopCounts, written by drawStops.
const STOP_COUNT = 0;
const STOP_HITS = 1;
const STOP_MINORITY = 2;
const STOP_MINORITY_EMPTY = 3;
const STOP_MAJORITY_EMPTY = 4;
const STOP_SLOTS = 5;

/**
 * The day's stops in every patrolled neighborhood, in neighborhood order, before the day's other
 * draws. Only stops draw from the stops stream, so its draws are the ones the day loop made when
 * it drew each neighborhood's stops in turn. Kept out of the day loop for V8: one optimized
 * function inlines at most about 920 bytes of bytecode, and the loop's samplers, drawStops among
 * them, asked for more. Which calls were left out then depended on when V8 compiled the loop:
 * in some processes a sampler's uniform was returned as a boxed number, and runs took a fifth to
 * a half longer and allocated about 4 MB each.
 */
function drawDayStops(sim: AnySimulation): void {
  const units = sim.deployment.units;
  const size = sim.city.size;
  for (let i = 0; i < size; i++) if (units[i]! > 0) drawStops(sim, i);
}

/**
 * Stops in one patrolled neighborhood: a Poisson number in proportion to the units present (and to
 * the neighborhood's stop intensity, raised in minority areas by the minority-area ratio), each
 * of a minority resident with probability m·b / (m·b + 1 − m), each a hit at that group's rate.
 * A separate function taking only (object, index) and answering through an Int32Array: V8 boxes
 * floating-point arguments of calls it does not inline, and the day loop must not allocate.
 */
function drawStops(sim: AnySimulation, i: number): void {
  const k = sim.constants;
  const stream = sim.streams.stops;
  const mean = sim.stopsPerUnitAt[i]! * sim.deployment.units[i]!;
  const stopCount = mean < POISSON_INVERSION_LIMIT ? poissonInversion(stream, mean, expNeg(mean)) : poisson(stream, mean);
  const m = sim.city.minorityShare[i]!;
  const minorityChance = (m * k.stopBias) / (m * k.stopBias + 1 - m);
  const minorityHitRate = k.hitRate[MINORITY];
  const majorityHitRate = k.hitRate[MAJORITY];
  let hits = 0;
  let minorityStops = 0;
  let minorityEmpty = 0;
  let majorityEmpty = 0;
  for (let s = 0; s < stopCount; s++) {
    const isMinority = stream.next() < minorityChance;
    const hit = stream.next() < (isMinority ? minorityHitRate : majorityHitRate);
    if (isMinority) minorityStops++;
    if (hit) hits++;
    else if (isMinority) minorityEmpty++;
    else majorityEmpty++;
  }
  const counts = sim.stopCounts;
  const slot = i * STOP_SLOTS;
  counts[slot + STOP_COUNT] = stopCount;
  counts[slot + STOP_HITS] = hits;
  counts[slot + STOP_MINORITY] = minorityStops;
  counts[slot + STOP_MINORITY_EMPTY] = minorityEmpty;
  counts[slot + STOP_MAJORITY_EMPTY] = majorityEmpty;
}

/**
 * Keep probabilities for patrol-driven records, from each neighborhood's propensity
 * p_i = expected units / P. Ensign et al.: (1 − p_i) / max_j (1 − p_j). Inverse propensity:
 * min_j p_j / p_i. With both on, both filters apply.
 */
function computeKeepProbabilities(sim: AnySimulation): void {
  const { ensign, inversePropensity } = sim.params.corrections;
  if (!ensign && !inversePropensity) return;
  const expected = sim.deployment.expected;
  const size = sim.city.size;
  const total = sim.params.deployment.units;
  let maxMiss = 0;
  let minPropensity = Infinity;
  for (let i = 0; i < size; i++) {
    const p = expected[i]! / total;
    if (1 - p > maxMiss) maxMiss = 1 - p;
    if (p < minPropensity) minPropensity = p;
  }
  for (let i = 0; i < size; i++) {
    const p = expected[i]! / total;
    let keep = 1;
    if (ensign) keep *= maxMiss > 0 ? (1 - p) / maxMiss : 0;
    if (inversePropensity) keep *= p > 0 ? minPropensity / p : 0;
    sim.keepProbability[i] = keep;
  }
}

/** False alerts: a city-wide Poisson count placed in proportion to coverage (into sim.falseAlerts, which the day loop consumes). */
function placeFalseAlerts(sim: AnySimulation): void {
  const { city, coverageCumulative, streams, constants, falseAlerts } = sim;
  const totalCoverage = coverageCumulative[city.size - 1]!;
  if (!(totalCoverage > 0) || !(constants.falseAlertsPerCoveredDay > 0)) return;
  const count = poisson(streams.sensors, constants.falseAlertsPerCoveredDay * totalCoverage);
  for (let a = 0; a < count; a++) {
    const i = sampleCumulative(streams.sensors, coverageCumulative, city.size);
    falseAlerts[i] = falseAlerts[i]! + 1;
  }
}
