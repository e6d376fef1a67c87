/**
 * The person layer's values a story chapter may quote (joined to the place-level chapter values):
 * named numbers about the list and the residents, from the run's PeopleRecord. Residents' counts
 * and the twin comparison are those of the whole run, so chapters that quote them play to the
 * run's last day; every value is 0 when the layer is off or has nothing to count.
 */
import type { City } from '../city.ts';
import { computePeopleMetrics, type PeopleMetrics } from './metrics.ts';
import type { PeopleRecord } from './record.ts';

export const PEOPLE_CHAPTER_VALUE_NAMES = [
  'peopleMinorityShare',
  'peopleMinorityListShare',
  'peopleMinorityListedPer1000',
  'peopleMajorityListedPer1000',
  'peopleListedRatio',
  'peopleWithoutOffenseShare',
  'peopleThroughContactsShare',
  'peopleMinorityContactsPerOffense',
  'peopleMajorityContactsPerOffense',
  'peopleMinorityOffensesPer1000',
  'peopleMajorityOffensesPer1000',
  'peopleMeanDaysOnList',
  'peopleEverListed',
  'twinHighPatrolListedPer1000',
  'twinLowPatrolListedPer1000',
] as const;
export type PeopleChapterValueName = (typeof PEOPLE_CHAPTER_VALUE_NAMES)[number];
export type PeopleChapterValues = Record<PeopleChapterValueName, number>;

/** The person values of a run (all 0 when `people` is null). */
export function peopleChapterValues(people: { record: PeopleRecord; metrics?: PeopleMetrics } | null, city: City): PeopleChapterValues {
  const values = Object.fromEntries(PEOPLE_CHAPTER_VALUE_NAMES.map((name) => [name, 0])) as PeopleChapterValues;
  if (people === null) return values;
  const m = people.metrics ?? computePeopleMetrics(people.record, city);
  const finite = (value: number) => (Number.isFinite(value) ? value : 0);
  values.peopleMinorityShare = m.minorityPopulationShare;
  values.peopleMinorityListShare = finite(m.minorityListShare);
  values.peopleMinorityListedPer1000 = m.everListedRate[0] * 1000;
  values.peopleMajorityListedPer1000 = m.everListedRate[1] * 1000;
  values.peopleListedRatio = m.everListedRate[1] > 0 ? m.everListedRate[0] / m.everListedRate[1] : 0;
  values.peopleWithoutOffenseShare = finite(m.listedWithoutOffenseShare);
  values.peopleThroughContactsShare = finite(m.throughContactsShare);
  values.peopleMinorityContactsPerOffense = finite(m.contactsPerOffense[0]);
  values.peopleMajorityContactsPerOffense = finite(m.contactsPerOffense[1]);
  values.peopleMinorityOffensesPer1000 = m.offensesPerResident[0] * 1000;
  values.peopleMajorityOffensesPer1000 = m.offensesPerResident[1] * 1000;
  values.peopleMeanDaysOnList = m.meanDaysOnList;
  values.peopleEverListed = m.everListed;
  values.twinHighPatrolListedPer1000 = m.twins.highPatrolListed * 1000;
  values.twinLowPatrolListedPer1000 = m.twins.lowPatrolListed * 1000;
  return values;
}
