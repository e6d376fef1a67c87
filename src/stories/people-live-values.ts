/**
 * The person layer's live values (models/people/chapter-values.ts), with how each is written and
 * what it means for authors of story texts. They describe the whole run, so chapters that quote
 * them play to the run's last day.
 */
import type { PeopleChapterValueName } from '../../models/people/chapter-values.ts';
import type { LiveValueSpec } from './live-values.ts';

export const PEOPLE_LIVE_VALUE_SPECS = {
  peopleMinorityShare: { format: 'percent', meaning: 'Minority share of the residents the person layer follows.' },
  peopleMinorityListShare: { format: 'percent', meaning: 'Minority share of the list, over all days (person-days on the list).' },
  peopleMinorityListedPer1000: { format: 'amount', meaning: 'Followed minority residents ever listed, per 1,000.' },
  peopleMajorityListedPer1000: { format: 'amount', meaning: 'Followed majority residents ever listed, per 1,000.' },
  peopleListedRatio: { format: 'ratio', meaning: 'peopleMinorityListedPer1000 ÷ peopleMajorityListedPer1000.' },
  peopleWithoutOffenseShare: { format: 'percent', meaning: 'Share of person-days on the list of people with no true offense in the look-back window.' },
  peopleThroughContactsShare: { format: 'percent', meaning: 'Share of person-days on the list of people whose points other than contact points fell short of the list.' },
  peopleMinorityContactsPerOffense: { format: 'ratio', meaning: 'Contacts (stops) of followed minority residents per true offense they committed.' },
  peopleMajorityContactsPerOffense: { format: 'ratio', meaning: 'Contacts of followed majority residents per true offense they committed.' },
  peopleMinorityOffensesPer1000: { format: 'amount', meaning: 'True offenses by followed minority residents, per 1,000.' },
  peopleMajorityOffensesPer1000: { format: 'amount', meaning: 'True offenses by followed majority residents, per 1,000.' },
  peopleMeanDaysOnList: { format: 'integer', meaning: 'Mean days on the list of the people ever listed.' },
  peopleEverListed: { format: 'integer', meaning: 'People ever listed.' },
  twinHighPatrolListedPer1000: { format: 'amount', meaning: 'Residents of the most-patrolled quarter of neighborhoods ever listed, per 1,000.' },
  twinLowPatrolListedPer1000: { format: 'amount', meaning: 'Their twins (same propensity draw) in the least-patrolled quarter ever listed, per 1,000.' },
} as const satisfies Record<PeopleChapterValueName, LiveValueSpec>;
