/**
 * Schema entries of the person-level watchlist layer (models/people/), spread into PARAM_SPECS.
 * Every number here is illustrative: the layer shows a mechanism, not a replication of LASER or
 * of Chicago's Strategic Subject List. The point weights follow LASER's scheme as reported in
 * secondary accounts; the primary documents were not seen (/work/shared/research/person-level.md).
 */
import type { ParamSpec } from '../params/schema.ts';

const SYNTHETIC = 'Synthetic illustration; not calibrated to a real city.';
const LASER_REPORTED =
  'LAPD Operation LASER "Chronic Offender Bulletins", as reported (Brayne 2017, "Big Data Surveillance: The Case of Policing", American Sociological Review 82(5); LAPD Inspector General review BPC #19-0072, 2019): 5 points each for a violent-crime arrest, gang affiliation, parole or probation and a handgun arrest, 1 point per police contact. Weights as reported, not verified against the primary documents.';
const LASER_QUARTERLY =
  'Uchida et al., "Reducing Gun-Related Violence through Operation LASER", BJA Smart Policing Initiative research snapshot: bulletins were updated every quarter; Newton Division identified 125 chronic offenders in the program\'s first year.';
const BRAYNE = 'Brayne 2017, American Sociological Review 82(5): the threshold for inclusion in police databases is lower, "now including individuals who have not had direct police contact".';
const NYCLU = 'NYCLU, "Stop-and-Frisk 2011" briefing: nine in ten people stopped were neither arrested nor ticketed.';
const SAUNDERS = 'Saunders, Hunt & Hollywood 2016, "Predictions put into practice", Journal of Experimental Criminology 12(3): people on Chicago\'s list were more likely to be arrested, not more likely to be victims.';

export const PEOPLE_SPECS: readonly ParamSpec[] = [
  { path: 'people.enabled', kind: 'boolean', group: 'people', label: 'Follow people (watchlist layer)', unit: 'on/off', default: false,
    description: 'Follows synthetic residents: the stops and incidents the place model draws are given to residents, contacts and arrests become points, and points put people on a list. Off leaves the place-level run unchanged.',
    source: `${LASER_REPORTED} ${SYNTHETIC}` },
  { path: 'people.residentsPerNeighborhood', kind: 'integer', group: 'people', label: 'Residents followed per neighborhood', unit: 'residents', default: 250, min: 1, max: 5000, step: 1,
    description: 'How many residents of each neighborhood the layer follows (at most its population). The others are stopped too, at the same rate, but not followed, so the followed residents are a sample.',
    source: SYNTHETIC },
  { path: 'people.propensityShape', kind: 'number', group: 'people', label: 'Spread of offending (Weibull shape)', unit: 'shape', default: 0.5, min: 0.2, max: 5, step: 0.05,
    description: 'Each resident\'s propensity to offend is drawn from the same Weibull distribution in every group (times the true rate ratio for minority residents, 1 by default). Below 1 a few residents commit most offenses; 1 is exponential; larger values make residents alike.',
    source: SYNTHETIC },
  { path: 'people.attention', kind: 'number', group: 'people', label: 'Extra attention to listed people', unit: 'ratio', default: 3, min: 1, max: 20, step: 0.5,
    description: 'How many times likelier a stop in a neighborhood is to land on a listed resident than on an unlisted one (the bulletin on the patrol car\'s screen). 1 means the list changes nothing about whom officers stop.',
    source: `${SAUNDERS} ${SYNTHETIC}` },
  { path: 'people.arrestProbability', kind: 'number', group: 'people', label: 'Arrest after a known offense', unit: 'probability', default: 0.4, min: 0, max: 1, step: 0.01,
    description: 'Chance that an offense known to police (reported or discovered by a patrol) ends in the offender\'s arrest. Offenses nobody reports or discovers never become arrests.',
    source: SYNTHETIC },
  { path: 'people.stopFindProbability', kind: 'number', group: 'people', label: 'A stop finds an unsolved offense', unit: 'probability', default: 0.3, min: 0, max: 1, step: 0.01,
    description: 'Chance that a stop of a resident who has an unsolved offense within the look-back window finds it and ends in an arrest. Stops of residents without one find nothing.',
    source: `${NYCLU} ${SYNTHETIC}` },
  { path: 'people.gangFlagPerContact', kind: 'number', group: 'people', label: 'Gang label recorded per contact', unit: 'probability', default: 0.05, min: 0, max: 1, step: 0.01,
    description: 'Chance that an officer records a gang affiliation on the card of a contact. The label is made by contacts, so it grows where stops are.',
    source: `${LASER_REPORTED} ${SYNTHETIC}` },
  { path: 'people.supervisionDays', kind: 'integer', group: 'people', label: 'Parole or probation after an arrest', unit: 'days', default: 365, min: 0, max: 3650, step: 1,
    description: 'Days a resident counts as on parole or probation after an arrest. The model has no courts: every arrest counts, convicted or not.',
    source: SYNTHETIC },
  { path: 'people.windowDays', kind: 'integer', group: 'people', label: 'Look-back window of the score', unit: 'days', default: 730, min: 1, max: 3650, step: 1,
    description: 'Contacts, arrests and gang labels count toward the score for this many days.',
    source: `Two years, as reported for LASER (not verified). ${SYNTHETIC}` },
  { path: 'people.points.contact', kind: 'number', group: 'people', label: 'Points per contact', unit: 'points', default: 1, min: 0, max: 20, step: 0.5,
    description: 'Points for every stop or field interview in the window, whatever it found.',
    source: LASER_REPORTED },
  { path: 'people.points.arrest', kind: 'number', group: 'people', label: 'Points for an arrest', unit: 'points', default: 5, min: 0, max: 50, step: 0.5,
    description: 'Points for having been arrested in the window (LASER gave points for violent-crime and handgun arrests; the model has one kind of arrest).',
    source: LASER_REPORTED },
  { path: 'people.points.gang', kind: 'number', group: 'people', label: 'Points for a gang label', unit: 'points', default: 5, min: 0, max: 50, step: 0.5,
    description: 'Points for a gang affiliation recorded in the window.',
    source: LASER_REPORTED },
  { path: 'people.points.supervision', kind: 'number', group: 'people', label: 'Points for parole or probation', unit: 'points', default: 5, min: 0, max: 50, step: 0.5,
    description: 'Points for being on parole or probation at the time of the refresh.',
    source: LASER_REPORTED },
  { path: 'people.points.associate', kind: 'number', group: 'people', label: 'Points per listed associate', unit: 'points', default: 0, min: 0, max: 50, step: 0.5,
    description: 'Points for every listed person who names this resident as an associate. 0 by default (not part of the reported LASER scheme); above 0, people with no police contact of their own can be listed through their links.',
    source: `${BRAYNE} ${SYNTHETIC}` },
  { path: 'people.associates.perResident', kind: 'integer', group: 'people', label: 'Associates per resident', unit: 'links', default: 2, min: 0, max: 20, step: 1,
    description: 'How many associates each resident names (a sparse network). Used only when associates earn points.',
    source: SYNTHETIC },
  { path: 'people.associates.withinNeighborhood', kind: 'number', group: 'people', label: 'Associates in the same neighborhood', unit: 'fraction', default: 0.9, min: 0, max: 1, step: 0.05,
    description: 'Share of associates who live in the same neighborhood; the rest live anywhere in the city.',
    source: SYNTHETIC },
  { path: 'people.list.mode', kind: 'enum', group: 'people', label: 'Who goes on the list', unit: 'choice', default: 'topK',
    options: [
      { value: 'topK', label: 'A fixed number: the highest scores (like LASER\'s bulletins)' },
      { value: 'threshold', label: 'Everyone at or above a score (like a heat list)' },
    ],
    description: 'A fixed-size list takes the highest scores (ties drawn at random); a threshold list takes everyone with at least the threshold score.',
    source: LASER_QUARTERLY },
  { path: 'people.list.size', kind: 'integer', group: 'people', label: 'List size (top K)', unit: 'people', default: 100, min: 1, max: 100000, step: 1,
    description: 'With a fixed-size list: how many followed residents are listed.',
    source: LASER_QUARTERLY },
  { path: 'people.list.threshold', kind: 'number', group: 'people', label: 'Score threshold', unit: 'points', default: 5, min: 0.5, max: 500, step: 0.5,
    description: 'With a threshold list: the score at or above which a resident is listed.',
    source: SYNTHETIC },
  { path: 'people.list.refreshDays', kind: 'integer', group: 'people', label: 'List refreshed every', unit: 'days', default: 90, min: 1, max: 3650, step: 1,
    description: 'How often the scores are recomputed and the list redrawn; LASER\'s bulletins were updated every quarter.',
    source: LASER_QUARTERLY },
];
