/**
 * The live values a story sentence may quote: a table of the model's chapter values
 * (models/metrics/chapter-values.ts) by name, each with how it is written and what it means for
 * authors of story texts. Numbers are never typed into a text; the model computes every one.
 */
import { chapterValues, type ChapterValueName, type ChapterValues } from '../../models/metrics/chapter-values.ts';

import { peopleChapterValues, type PeopleChapterValues } from '../../models/people/chapter-values.ts';
import { PEOPLE_LIVE_VALUE_SPECS } from './people-live-values.ts';

export { REGION_VALUE_COUNT } from '../../models/metrics/chapter-values.ts';

/** How a live value is written in a sentence (see src/i18n/format.ts). */
export type LiveFormat = 'percent' | 'ratio' | 'amount' | 'integer' | 'index';

export interface LiveValueSpec {
  format: LiveFormat;
  /** What the number is, for authors of story texts. */
  meaning: string;
}

/** Every place-level value a story template may name, with its format. */
const PLACE_LIVE_VALUE_SPECS = {
  day: { format: 'integer', meaning: 'Days played (the chapter day).' },
  windowDays: { format: 'integer', meaning: 'Days in the trailing window of the quarter shares (30, fewer early on).' },
  quarterPatrolShare: { format: 'percent', meaning: 'Share of patrol units sent to the most-minority quarter of neighborhoods over the window.' },
  quarterTrueShare: { format: 'percent', meaning: 'Share of true incidents that happened in the most-minority quarter over the window.' },
  quarterRecordedShare: { format: 'percent', meaning: 'Share of recorded incidents that were recorded in the most-minority quarter over the window.' },
  quarterPopulationShare: { format: 'percent', meaning: 'Share of residents who live in the most-minority quarter.' },
  quarterRiskShare: { format: 'percent', meaning: 'Share of the fused risk held by the most-minority quarter at the end of the day.' },
  disparityRatio: { format: 'ratio', meaning: 'quarterPatrolShare ÷ quarterTrueShare: 1 means patrols follow true crime.' },
  quarterReportShare: { format: 'percent', meaning: 'Share of resident reports, since day 1, that came from the most-minority quarter.' },
  quarterSensorShare: { format: 'percent', meaning: 'Share of sensor alerts, since day 1, that came from the most-minority quarter.' },
  quarterTrueShareToDate: { format: 'percent', meaning: 'Share of true incidents, since day 1, that happened in the most-minority quarter.' },
  minorityPopulationShare: { format: 'percent', meaning: 'Minority residents as a share of all residents.' },
  minorityTruePer1000: { format: 'amount', meaning: 'True incidents involving minority residents since day 1, per 1,000 minority residents.' },
  majorityTruePer1000: { format: 'amount', meaning: 'True incidents involving majority residents since day 1, per 1,000 majority residents.' },
  minorityRecordedPer1000: { format: 'amount', meaning: 'Recorded incidents (known true incidents plus stop hits) of the minority group since day 1, per 1,000.' },
  majorityRecordedPer1000: { format: 'amount', meaning: 'Recorded incidents of the majority group since day 1, per 1,000.' },
  recordedRatio: { format: 'ratio', meaning: 'minorityRecordedPer1000 ÷ majorityRecordedPer1000.' },
  minorityDetectionRate: { format: 'percent', meaning: 'Share of true incidents involving minority residents that became known to police (reports, discoveries, sensors).' },
  majorityDetectionRate: { format: 'percent', meaning: 'The same share for majority residents.' },
  minorityStops: { format: 'integer', meaning: 'Stops of minority residents since day 1.' },
  majorityStops: { format: 'integer', meaning: 'Stops of majority residents since day 1.' },
  minorityStopHits: { format: 'integer', meaning: 'Stops of minority residents that found something (a hit).' },
  majorityStopHits: { format: 'integer', meaning: 'Stops of majority residents that found something.' },
  minorityStopsWithoutHit: { format: 'integer', meaning: 'Stops of minority residents that found nothing.' },
  majorityStopsWithoutHit: { format: 'integer', meaning: 'Stops of majority residents that found nothing.' },
  stopHits: { format: 'integer', meaning: 'Stops that found something, all residents.' },
  stopsWithoutHit: { format: 'integer', meaning: 'Stops that found nothing, all residents.' },
  minorityStopsPer1000: { format: 'amount', meaning: 'Stops of minority residents since day 1, per 1,000 minority residents.' },
  majorityStopsPer1000: { format: 'amount', meaning: 'Stops of majority residents since day 1, per 1,000 majority residents.' },
  minorityEmptyStopsPer1000: { format: 'amount', meaning: 'Stops that found nothing, per 1,000 minority residents.' },
  majorityEmptyStopsPer1000: { format: 'amount', meaning: 'Stops that found nothing, per 1,000 majority residents.' },
  emptyStopRatio: { format: 'ratio', meaning: 'minorityEmptyStopsPer1000 ÷ majorityEmptyStopsPer1000.' },
  emptyStopsPerHit: { format: 'ratio', meaning: 'Stops that found nothing for each stop that found something.' },
  minorityShareOfEmptyStops: { format: 'percent', meaning: 'Share of all stops that found nothing which were stops of minority residents.' },
  trueIncidents: { format: 'integer', meaning: 'True incidents since day 1.' },
  recordedIncidents: { format: 'integer', meaning: 'Recorded incidents since day 1.' },
  reports: { format: 'integer', meaning: 'Resident reports since day 1.' },
  discoveries: { format: 'integer', meaning: 'Incidents discovered by patrols since day 1.' },
  sensorAlerts: { format: 'integer', meaning: 'Sensor alerts (true and false) since day 1.' },
  patrolGini: { format: 'index', meaning: 'Gini coefficient of patrols across neighborhoods over the window (0 even, 1 all in one place).' },
  region1TrueShare: { format: 'percent', meaning: 'Neighborhood 1\'s share of true incidents since day 1.' },
  region2TrueShare: { format: 'percent', meaning: 'Neighborhood 2\'s share of true incidents since day 1.' },
  region3TrueShare: { format: 'percent', meaning: 'Neighborhood 3\'s share of true incidents since day 1 (0 with fewer neighborhoods).' },
  region1RiskShare: { format: 'percent', meaning: 'Neighborhood 1\'s share of the fused risk at the end of the day: the chance a sampled unit goes there next.' },
  region2RiskShare: { format: 'percent', meaning: 'Neighborhood 2\'s share of the fused risk at the end of the day.' },
  region3RiskShare: { format: 'percent', meaning: 'Neighborhood 3\'s share of the fused risk at the end of the day.' },
  region1PatrolShare: { format: 'percent', meaning: 'Neighborhood 1\'s share of patrol units since day 1.' },
  region2PatrolShare: { format: 'percent', meaning: 'Neighborhood 2\'s share of patrol units since day 1.' },
  region3PatrolShare: { format: 'percent', meaning: 'Neighborhood 3\'s share of patrol units since day 1.' },
} as const satisfies Record<ChapterValueName, LiveValueSpec>;

/** Every value a story template may name, with its format: the place-level values and the person layer's. */
export const LIVE_VALUE_SPECS = { ...PLACE_LIVE_VALUE_SPECS, ...PEOPLE_LIVE_VALUE_SPECS };

export type LiveValueName = keyof typeof LIVE_VALUE_SPECS;
export type LiveValues = ChapterValues & PeopleChapterValues;

export const LIVE_VALUE_NAMES = Object.keys(LIVE_VALUE_SPECS) as LiveValueName[];

export function isLiveValueName(name: string): name is LiveValueName {
  return Object.hasOwn(LIVE_VALUE_SPECS, name);
}

/** The live values of `result` after `day` days (1 ≤ day ≤ days simulated); throws RangeError before that day. */
export function computeLiveValues(result: Parameters<typeof chapterValues>[0], day: number): LiveValues {
  return { ...chapterValues(result, day), ...peopleChapterValues(result.people ?? null, result.city) };
}
