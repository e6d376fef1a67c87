/**
 * The person-level layer's state: synthetic residents followed in every neighborhood, as
 * struct-of-arrays columns indexed by resident (the residents of neighborhood n are the block
 * offset[n] .. offset[n + 1] − 1). Each resident has a group, an offending propensity drawn from
 * the same distribution in every group, and a record; the layer reads the place-level history
 * and never writes to it, so a place-level run is the same with the layer on or off.
 */
import type { City } from '../city.ts';
import { MAJORITY, MINORITY } from '../history.ts';
import type { Params, PeopleParams } from '../params/types.ts';
import { createStream, type RandomStream } from '../random.ts';
import { allocatePeopleHistory, type PeopleHistory } from './history.ts';

/** A day before any run: flags and last-event days start here, so every window test is false. */
export const NEVER = -2147483648;

/** A growable log of (day, resident) events in day order; entries before `start` are outside every window. */
export interface EventLog {
  day: Int32Array;
  resident: Int32Array;
  start: number;
  length: number;
}

/** Slots of PeopleState.listStats (each followed by MINORITY and MAJORITY). */
export const LIST_LISTED = 0;
export const LIST_WITHOUT_OFFENSE = 2;
export const LIST_THROUGH_CONTACTS = 4;

/**
 * What the place-level day hands the layer, per neighborhood (written by simulation.ts's day
 * loop at every recording level, so the layer needs no day × neighborhood history).
 */
export interface PeopleDayInput {
  stops: Int32Array;
  incidents: Int32Array;
  discovered: Int32Array;
  reported: Int32Array;
  /** Patrol units present today. */
  patrols: Float64Array;
}

export interface PeopleState {
  params: PeopleParams;
  /** Neighborhoods. */
  size: number;
  /** Residents followed in the whole city. */
  residents: number;
  /** First resident of each neighborhood, length size + 1. */
  offset: Int32Array;
  /** Home neighborhood of each resident. */
  home: Int32Array;
  /** MINORITY or MAJORITY: for reporting and for the place model's stop bias, never for the score. */
  group: Uint8Array;
  /** Running sum of propensities within each neighborhood's block (the offender of an incident is drawn from it). */
  propensityCumulative: Float64Array;
  /** Expected total propensity of the residents not followed, per neighborhood. */
  unfollowedPropensity: Float64Array;
  /** Stop weights per neighborhood: residents not followed, followed and unlisted, followed and listed (before the attention factor). */
  unfollowedStopWeight: Float64Array;
  unlistedStopWeight: Float64Array;
  listedStopWeight: Float64Array;
  /** Stop weight of all followed residents per neighborhood (unlisted + listed). */
  followedStopWeight: Float64Array;
  /** Stop weight of a minority resident (the place model's stop bias ratio); a majority resident weighs 1. */
  minorityStopWeight: number;
  // The record: counts over the run and the last day of each kind of event (NEVER if none).
  contacts: Int32Array;
  offenses: Int32Array;
  arrests: Int32Array;
  /** Offenses not yet ended in an arrest (a stop within the window may find one). */
  unsolved: Int32Array;
  lastOffenseDay: Int32Array;
  lastArrestDay: Int32Array;
  gangFlagDay: Int32Array;
  /** First day after parole or probation ends (NEVER if never supervised). */
  supervisedUntil: Int32Array;
  // The list.
  /** 1 while listed. */
  listed: Uint8Array;
  everListed: Uint8Array;
  /** Day the current listing began (valid while listed). */
  listedFrom: Int32Array;
  /** Days on the list in spells that have ended. */
  daysListed: Int32Array;
  listedIds: Int32Array;
  listedCount: number;
  /** The listed residents grouped by neighborhood: listedByHood[listedOffset[n] .. listedOffset[n + 1]). */
  listedOffset: Int32Array;
  listedByHood: Int32Array;
  /** Points of each resident at the last refresh (0 for residents without points). */
  score: Float64Array;
  /** Refresh scratch: contacts in the window, listed associates naming the resident, residents with points. */
  windowContacts: Int32Array;
  listedAssociates: Int32Array;
  /** Residents with points at the last refresh, highest first for a top-K list: scored[0 .. scoredCount). */
  scored: Int32Array;
  scoredCount: number;
  /** 1 while a resident is being scored at a refresh, else 0. */
  mark: Uint8Array;
  /** Refresh scratch: the candidates' scores, for selecting a top-K list without sorting them all. */
  selectScratch: Float64Array;
  /** Associates: resident i names associates[i · perResident + k]; empty when associates earn no points. */
  associates: Int32Array;
  contactLog: EventLog;
  arrestLog: EventLog;
  history: PeopleHistory;
  /** Today's place-level counts (filled by the place-level day loop). */
  today: PeopleDayInput;
  /** Patrol units present per neighborhood, summed over the days so far (for the twin comparison). */
  patrolTotals: Float64Array;
  /** The list in effect, by group (index LIST_* + group): listed, listed without an offense in the window, listed through their contact points (the rest of their points fall short of the list). */
  listStats: Float64Array;
  streams: { contacts: RandomStream; offenses: RandomStream; list: RandomStream };
}

/** The residents followed in neighborhood i: the parameter, capped by its population. */
export function followedIn(params: PeopleParams, population: number): number {
  return Math.max(0, Math.min(params.residentsPerNeighborhood, Math.floor(population)));
}

export function createPeople(allParams: Params, city: City, seed: number): PeopleState {
  const params = allParams.people;
  const { size } = city;
  const offset = new Int32Array(size + 1);
  let maxFollowed = 0;
  for (let n = 0; n < size; n++) {
    const followed = followedIn(params, city.population[n]!);
    offset[n + 1] = offset[n]! + followed;
    if (followed > maxFollowed) maxFollowed = followed;
  }
  const residents = offset[size]!;
  const rng = createStream(seed, 'residents');
  // Twins: resident slot p of every neighborhood shares one propensity draw, so "the same person
  // living elsewhere" is resident p of another neighborhood (common random numbers, as in the lab's twin runs).
  const shape = params.propensityShape;
  const slotPropensity = new Float64Array(maxFollowed);
  for (let p = 0; p < maxFollowed; p++) slotPropensity[p] = weibullPropensity(rng.next(), shape);
  const meanPropensity = gammaFunction(1 + 1 / shape);
  // As in city.ts: a generated city's minority residents offend at the true rate ratio; a custom city gives rates per neighborhood.
  const ratio = allParams.city.custom ? 1 : allParams.reality.trueRateRatio;
  const bias = allParams.sources.stops.biasRatio;

  const home = new Int32Array(residents);
  const group = new Uint8Array(residents);
  const propensityCumulative = new Float64Array(residents);
  const unfollowedPropensity = new Float64Array(size);
  const unfollowedStopWeight = new Float64Array(size);
  const unlistedStopWeight = new Float64Array(size);
  for (let n = 0; n < size; n++) {
    const m = city.minorityShare[n]!;
    const first = offset[n]!;
    const end = offset[n + 1]!;
    const unfollowed = Math.max(0, city.population[n]! - (end - first));
    unfollowedPropensity[n] = unfollowed * meanPropensity * (1 - m + m * ratio);
    unfollowedStopWeight[n] = unfollowed * (1 - m + m * bias);
    let cumulative = 0;
    let stopWeight = 0;
    for (let i = first; i < end; i++) {
      home[i] = n;
      const isMinority = rng.next() < m;
      group[i] = isMinority ? MINORITY : MAJORITY;
      cumulative += slotPropensity[i - first]! * (isMinority ? ratio : 1);
      propensityCumulative[i] = cumulative;
      stopWeight += isMinority ? bias : 1;
    }
    unlistedStopWeight[n] = stopWeight;
  }
  const associates = params.points.associate > 0 ? buildAssociates(params, offset, home, residents, rng) : new Int32Array(0);
  const never = () => new Int32Array(residents).fill(NEVER);
  // Expected contacts of followed residents in one window, for the log's first capacity (it grows if needed).
  const logCapacity = 1024;
  return {
    params,
    size,
    residents,
    offset,
    home,
    group,
    propensityCumulative,
    unfollowedPropensity,
    unfollowedStopWeight,
    unlistedStopWeight,
    listedStopWeight: new Float64Array(size),
    followedStopWeight: Float64Array.from(unlistedStopWeight),
    minorityStopWeight: bias,
    contacts: new Int32Array(residents),
    offenses: new Int32Array(residents),
    arrests: new Int32Array(residents),
    unsolved: new Int32Array(residents),
    lastOffenseDay: never(),
    lastArrestDay: never(),
    gangFlagDay: never(),
    supervisedUntil: never(),
    listed: new Uint8Array(residents),
    everListed: new Uint8Array(residents),
    listedFrom: new Int32Array(residents),
    daysListed: new Int32Array(residents),
    listedIds: new Int32Array(residents),
    listedCount: 0,
    listedOffset: new Int32Array(size + 1),
    listedByHood: new Int32Array(residents),
    score: new Float64Array(residents),
    windowContacts: new Int32Array(residents),
    listedAssociates: new Int32Array(associates.length > 0 ? residents : 0),
    scored: new Int32Array(residents),
    scoredCount: 0,
    mark: new Uint8Array(residents),
    selectScratch: new Float64Array(residents),
    associates,
    contactLog: { day: new Int32Array(logCapacity), resident: new Int32Array(logCapacity), start: 0, length: 0 },
    arrestLog: { day: new Int32Array(logCapacity), resident: new Int32Array(logCapacity), start: 0, length: 0 },
    history: allocatePeopleHistory(allParams.days),
    listStats: new Float64Array(6),
    today: { stops: new Int32Array(size), incidents: new Int32Array(size), discovered: new Int32Array(size), reported: new Int32Array(size), patrols: new Float64Array(size) },
    patrolTotals: new Float64Array(size),
    streams: { contacts: createStream(seed, 'contacts'), offenses: createStream(seed, 'offenses'), list: createStream(seed, 'list') },
  };
}

/** Appends an event; when full, drops the entries before `start` and doubles only if still more than half full. */
export function pushEvent(log: EventLog, day: number, resident: number): void {
  if (log.length === log.day.length) {
    const kept = log.length - log.start;
    if (log.start > 0) {
      log.day.copyWithin(0, log.start, log.length);
      log.resident.copyWithin(0, log.start, log.length);
      log.start = 0;
      log.length = kept;
    }
    if (kept * 2 > log.day.length) {
      const day2 = new Int32Array(log.day.length * 2);
      const resident2 = new Int32Array(log.day.length * 2);
      day2.set(log.day.subarray(0, kept));
      resident2.set(log.resident.subarray(0, kept));
      log.day = day2;
      log.resident = resident2;
    }
  }
  log.day[log.length] = day;
  log.resident[log.length] = resident;
  log.length++;
}

/** Weibull(shape, scale 1) by inversion of one uniform u in [0, 1). */
function weibullPropensity(u: number, shape: number): number {
  return Math.pow(-Math.log(1 - u), 1 / shape);
}

/** Γ(x) for x > 0 (Lanczos, g = 7, 9 terms; relative error below 1e-13): the mean of a Weibull propensity is Γ(1 + 1/shape). */
export function gammaFunction(x: number): number {
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gammaFunction(1 - x));
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  const y = x - 1;
  let a = c[0]!;
  const t = y + 7.5;
  for (let k = 1; k < 9; k++) a += c[k]! / (y + k);
  return Math.sqrt(2 * Math.PI) * Math.pow(t, y + 0.5) * Math.exp(-t) * a;
}

/** A sparse network: each resident names perResident associates, mostly in the same neighborhood, never itself. */
function buildAssociates(params: PeopleParams, offset: Int32Array, home: Int32Array, residents: number, rng: RandomStream): Int32Array {
  const per = params.associates.perResident;
  const within = params.associates.withinNeighborhood;
  const links = new Int32Array(residents * per);
  for (let i = 0; i < residents; i++) {
    const n = home[i]!;
    const first = offset[n]!;
    const count = offset[n + 1]! - first;
    for (let k = 0; k < per; k++) {
      const local = rng.next() < within && count > 1;
      const u = rng.next();
      let j = local ? first + Math.floor(u * (count - 1)) : Math.floor(u * (residents - 1));
      // Skip over i itself: draw among the others.
      if (j >= i) j++;
      links[i * per + k] = residents > 1 ? j : i;
    }
  }
  return links;
}
