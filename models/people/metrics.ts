/**
 * Person-level metrics: small named functions of a PeopleRecord (and the city), as the
 * place-level metrics are of the history. Every ratio has a defined value for empty groups and
 * empty lists (0, or NaN where "no value" must not read as zero: see each field).
 */
import type { City } from '../city.ts';
import { MAJORITY, MINORITY } from '../history.ts';
import type { PeopleRecord } from './record.ts';

/** Two numbers by group: [minority, majority]. */
export type ByGroup = [number, number];

export interface PeopleMetrics {
  /** Followed residents by group. */
  residents: ByGroup;
  /** Minority share of the followed residents, in [0, 1]. */
  minorityPopulationShare: number;
  /** Share of each group's followed residents ever listed, in [0, 1]. */
  everListedRate: ByGroup;
  /** Minority share of the list, over all days weighted by the people listed (person-days); NaN if nobody was listed. */
  minorityListShare: number;
  /** Share of listed person-days on which the person had no true offense in the look-back window (at the refresh); NaN if nobody was listed. */
  listedWithoutOffenseShare: number;
  /** Share of listed person-days of people who would not be on the list without their contact points; NaN if nobody was listed. */
  throughContactsShare: number;
  /** Contacts (stops) per true offense, by group; NaN for a group without offenses. */
  contactsPerOffense: ByGroup;
  /** Contacts per followed resident, by group. */
  contactsPerResident: ByGroup;
  /** True offenses per followed resident, by group. */
  offensesPerResident: ByGroup;
  /** Arrests per followed resident, by group. */
  arrestsPerResident: ByGroup;
  /** Mean days on the list of the residents ever listed; 0 if nobody was. */
  meanDaysOnList: number;
  /** People ever listed. */
  everListed: number;
  /** Twins: residents of the most-patrolled quarter and, for the same resident slot, of the least-patrolled quarter. */
  twins: TwinMetrics;
}

export interface TwinMetrics {
  /** Pairs compared. */
  pairs: number;
  /** Share of the residents of the most-patrolled quarter ever listed. */
  highPatrolListed: number;
  /** Share of their twins (same propensity, in the least-patrolled quarter) ever listed. */
  lowPatrolListed: number;
}

export function computePeopleMetrics(record: PeopleRecord, city: City): PeopleMetrics {
  const residents: ByGroup = [0, 0];
  const everListed: ByGroup = [0, 0];
  const contacts: ByGroup = [0, 0];
  const offenses: ByGroup = [0, 0];
  const arrests: ByGroup = [0, 0];
  let listedDays = 0;
  let listedPeople = 0;
  for (let i = 0; i < record.residents; i++) {
    const g = record.group[i]! as 0 | 1;
    residents[g]++;
    contacts[g] += record.contacts[i]!;
    offenses[g] += record.offenses[i]!;
    arrests[g] += record.arrests[i]!;
    if (record.everListed[i]) {
      everListed[g]++;
      listedPeople++;
      listedDays += record.daysListed[i]!;
    }
  }
  const { listed, listedWithoutOffense, listedThroughContacts } = record.history;
  let minorityListed = 0;
  let allListed = 0;
  let withoutOffense = 0;
  let contactsOnly = 0;
  for (let d = 0; d < record.daysDone; d++) {
    const g = d * 2;
    minorityListed += listed[g + MINORITY]!;
    allListed += listed[g + MINORITY]! + listed[g + MAJORITY]!;
    withoutOffense += listedWithoutOffense[g + MINORITY]! + listedWithoutOffense[g + MAJORITY]!;
    contactsOnly += listedThroughContacts[g + MINORITY]! + listedThroughContacts[g + MAJORITY]!;
  }
  const total = residents[0] + residents[1];
  const rate = (count: ByGroup, of: ByGroup, empty = 0): ByGroup => [of[0] > 0 ? count[0] / of[0] : empty, of[1] > 0 ? count[1] / of[1] : empty];
  return {
    residents,
    minorityPopulationShare: total > 0 ? residents[0] / total : 0,
    everListedRate: rate(everListed, residents),
    minorityListShare: allListed > 0 ? minorityListed / allListed : NaN,
    listedWithoutOffenseShare: allListed > 0 ? withoutOffense / allListed : NaN,
    throughContactsShare: allListed > 0 ? contactsOnly / allListed : NaN,
    contactsPerOffense: rate(contacts, offenses, NaN),
    contactsPerResident: rate(contacts, residents),
    offensesPerResident: rate(offenses, residents),
    arrestsPerResident: rate(arrests, residents),
    meanDaysOnList: listedPeople > 0 ? listedDays / listedPeople : 0,
    everListed: listedPeople,
    twins: twinMetrics(record, city),
  };
}

/**
 * Resident slot p of every neighborhood shares one propensity draw (state.ts), so resident p of a
 * low-patrol neighborhood is "the same person living elsewhere" on the same seed. Neighborhoods
 * are ranked by patrol units over the run; the k-th most patrolled is paired with the k-th least
 * patrolled, over a quarter of the city each, and slots held by both are compared.
 */
export function twinMetrics(record: PeopleRecord, city: City): TwinMetrics {
  const size = city.size;
  const order = Array.from({ length: size }, (_, n) => n).sort((a, b) => record.patrolTotals[b]! - record.patrolTotals[a]! || a - b);
  const quarter = Math.floor(size / 4);
  let pairs = 0;
  let high = 0;
  let low = 0;
  for (let k = 0; k < quarter; k++) {
    const h = order[k]!;
    const l = order[size - 1 - k]!;
    const slots = Math.min(record.offset[h + 1]! - record.offset[h]!, record.offset[l + 1]! - record.offset[l]!);
    for (let p = 0; p < slots; p++) {
      pairs++;
      high += record.everListed[record.offset[h]! + p]!;
      low += record.everListed[record.offset[l]! + p]!;
    }
  }
  return { pairs, highPatrolListed: pairs > 0 ? high / pairs : 0, lowPatrolListed: pairs > 0 ? low / pairs : 0 };
}

/** Daily series for charts: people listed by group and the minority share of the list (NaN on days with an empty list). */
export interface PeopleSeries {
  days: number;
  listedMinority: Float64Array;
  listedMajority: Float64Array;
  minorityListShare: Float64Array;
  /** Contacts of followed residents per day, by group. */
  contactsMinority: Float64Array;
  contactsMajority: Float64Array;
}

export function computePeopleSeries(record: PeopleRecord): PeopleSeries {
  const days = record.daysDone;
  const series: PeopleSeries = {
    days,
    listedMinority: new Float64Array(days),
    listedMajority: new Float64Array(days),
    minorityListShare: new Float64Array(days),
    contactsMinority: new Float64Array(days),
    contactsMajority: new Float64Array(days),
  };
  const { listed, contacts } = record.history;
  for (let d = 0; d < days; d++) {
    const minority = listed[d * 2 + MINORITY]!;
    const majority = listed[d * 2 + MAJORITY]!;
    series.listedMinority[d] = minority;
    series.listedMajority[d] = majority;
    series.minorityListShare[d] = minority + majority > 0 ? minority / (minority + majority) : NaN;
    series.contactsMinority[d] = contacts[d * 2 + MINORITY]!;
    series.contactsMajority[d] = contacts[d * 2 + MAJORITY]!;
  }
  return series;
}

/** One resident of a sample for the unit chart. */
export interface SampledResident {
  group: number;
  everListed: boolean;
  listed: boolean;
  contacts: number;
  offenses: number;
}

/**
 * An evenly spaced sample of `count` residents of the most-minority quarter of neighborhoods and
 * `count` of the rest (city.minorityQuarter), in resident order: the same residents for the same
 * params and seed, so a chart of them is reproducible.
 */
export function samplePeople(record: PeopleRecord, city: City, count: number): { quarter: SampledResident[]; rest: SampledResident[] } {
  const inQuarter: number[] = [];
  const inRest: number[] = [];
  for (let n = 0; n < city.size; n++) (city.minorityQuarter[n] ? inQuarter : inRest).push(n);
  return { quarter: sampleFrom(record, inQuarter, count), rest: sampleFrom(record, inRest, count) };
}

function sampleFrom(record: PeopleRecord, neighborhoods: number[], count: number): SampledResident[] {
  let available = 0;
  for (const n of neighborhoods) available += record.offset[n + 1]! - record.offset[n]!;
  const take = Math.min(count, available);
  const sample: SampledResident[] = [];
  if (take === 0) return sample;
  const step = available / take;
  let position = 0;
  let next = 0;
  for (const n of neighborhoods) {
    const first = record.offset[n]!;
    const end = record.offset[n + 1]!;
    while (sample.length < take && Math.floor(next) < position + (end - first)) {
      const i = first + Math.floor(next) - position;
      sample.push({ group: record.group[i]!, everListed: record.everListed[i] === 1, listed: record.listed[i] === 1, contacts: record.contacts[i]!, offenses: record.offenses[i]! });
      next += step;
    }
    position += end - first;
  }
  return sample;
}
