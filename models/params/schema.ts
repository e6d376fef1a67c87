/**
 * The parameter schema: one entry per parameter, with label, unit, default, range, a
 * plain-language description and its source. Controls, CLI flags, permalink parsing, the JSON
 * Schema and validation are all generated from this list, so it is the one place to add a knob.
 */

import { PEOPLE_SPECS } from '../people/schema.ts';

export type ParamKind = 'number' | 'integer' | 'boolean' | 'enum' | 'neighborhoods';

/** The story-order groups that the UI shows as sections. */
export const PARAM_GROUPS = [
  { id: 'run', label: 'Run' },
  { id: 'city', label: 'City' },
  { id: 'reality', label: 'Reality (true crime)' },
  { id: 'reports', label: 'Source: resident and victim reports' },
  { id: 'discoveries', label: 'Source: patrol discoveries' },
  { id: 'stops', label: 'Source: stops and field interviews' },
  { id: 'sensors', label: 'Source: surveillance sensors' },
  { id: 'history', label: 'Source: historical records' },
  { id: 'fusion', label: 'Fusion model' },
  { id: 'deployment', label: 'Deployment' },
  { id: 'corrections', label: 'Corrections' },
  { id: 'people', label: 'People: the watchlist layer' },
] as const;
export type ParamGroup = (typeof PARAM_GROUPS)[number]['id'];

export interface ParamSpec {
  /** Dotted path into Params, e.g. `sources.reports.minorityRate`. */
  path: string;
  kind: ParamKind;
  group: ParamGroup;
  label: string;
  unit: string;
  default: number | boolean | string | null;
  min?: number;
  max?: number;
  /**
   * For a number whose range starts at 0: the smallest positive value accepted (default
   * MIN_POSITIVE). Values strictly between 0 and it are refused, so no subnormal or meaninglessly
   * tiny value reaches a division or a scale factor.
   */
  minPositive?: number;
  step?: number;
  options?: readonly { value: string; label: string }[];
  /** What the knob means in the real world, in one or two plain sentences. */
  description: string;
  /** Where the default or the mechanism comes from. */
  source: string;
}

const NCVS = 'BJS, Criminal Victimization 2017 (NCJ 252472), Table 6: 45% of violent and 36% of property victimizations reported.';
const ENSIGN = 'Ensign et al. 2018, "Runaway Feedback Loops in Predictive Policing", PMLR 81.';
const LUM = 'Lum & Isaac 2016, "To predict and serve?", Significance 13(5).';
const MOHLER = 'Mohler et al. 2015, "Randomized controlled field trials of predictive policing", JASA 110(512).';
const MOHLER_2011 = 'Mohler, Short, Brantingham, Schoenberg & Tita 2011, "Self-exciting point process modeling of crime", JASA 106(493), 100–108.';
const AKPINAR = 'Akpinar, De-Arteaga & Chouldechova 2021, "The effect of differential victim crime reporting on predictive policing systems", FAccT 2021 (θ = 15, ω = 0.2 per day, unnormalised Gaussian σ = 0.1 km).';
const DAMOUR = 'D\'Amour et al. 2020, "Fairness is not static", FAT* 2020; google/ml-fairness-gym, environments/attention_allocation.py and agents/allocation_agents.py.';
const FLOYD = 'Floyd v. City of New York, 959 F. Supp. 2d 540 (S.D.N.Y. 2013).';
const SYNTHETIC = 'Synthetic illustration; not calibrated to a real city.';

/**
 * The smallest positive value a number parameter (or custom-neighborhood field) whose range
 * starts at 0 accepts unless its spec says otherwise: 0 or at least one millionth. A reporting
 * rate of 1e-6 already makes one report count a million incidents under the reporting-rate
 * adjustment; smaller rates (down to subnormal numbers) made 1 ÷ rate overflow.
 */
export const MIN_POSITIVE = 1e-6;

/** The smallest positive value `spec` accepts: its min when that is positive, else minPositive. */
export function smallestPositive(spec: Pick<ParamSpec, 'min' | 'minPositive'>): number {
  return spec.min !== undefined && spec.min > 0 ? spec.min : (spec.minPositive ?? MIN_POSITIVE);
}

export const PARAM_SPECS: readonly ParamSpec[] = [
  // Run
  { path: 'days', kind: 'integer', group: 'run', label: 'Days', unit: 'days', default: 365, min: 1, max: 5000, step: 1,
    description: 'How many days the loop runs. Each day, patrols are sent where the model sees risk, and what they record feeds tomorrow\'s risk.',
    source: SYNTHETIC },

  // City
  { path: 'city.columns', kind: 'integer', group: 'city', label: 'Grid columns', unit: 'neighborhoods', default: 20, min: 1, max: 100, step: 1,
    description: 'Width of the hexagonal grid of neighborhoods. The city has columns × rows neighborhoods (2 to 10,000).',
    source: SYNTHETIC },
  { path: 'city.rows', kind: 'integer', group: 'city', label: 'Grid rows', unit: 'neighborhoods', default: 20, min: 1, max: 100, step: 1,
    description: 'Height of the hexagonal grid of neighborhoods.',
    source: SYNTHETIC },
  { path: 'city.meanPopulation', kind: 'integer', group: 'city', label: 'Residents per neighborhood', unit: 'residents', default: 2000, min: 10, max: 1000000, step: 10,
    description: 'Average number of residents in a neighborhood.',
    source: SYNTHETIC },
  { path: 'city.populationSpread', kind: 'number', group: 'city', label: 'Population spread', unit: 'fraction', default: 0.5, min: 0, max: 0.95, step: 0.05,
    description: 'How much neighborhood sizes vary: each has between (1 − spread) and (1 + spread) times the average.',
    source: SYNTHETIC },
  { path: 'city.minorityFraction', kind: 'number', group: 'city', label: 'Minority share of the city', unit: 'fraction', default: 0.3, min: 0, max: 1, step: 0.01,
    description: 'Share of the city\'s residents who belong to the minority group.',
    source: SYNTHETIC },
  { path: 'city.segregation', kind: 'number', group: 'city', label: 'Segregation', unit: '0 to 1', default: 0.8, min: 0, max: 1, step: 0.05,
    description: 'How clustered the minority group is: 0 means every neighborhood has the same mix; 1 means neighborhoods are entirely minority or entirely majority, in contiguous areas.',
    source: SYNTHETIC },
  { path: 'city.cellSpacingKm', kind: 'number', group: 'city', label: 'Distance between neighborhood centers', unit: 'km', default: 1, min: 0.05, max: 10, step: 0.05,
    description: 'The length unit of the map: neighboring hexagon centers are this far apart. Only the spatial spread of near-repeat incidents uses it (Akpinar et al. used 1 km cells).',
    source: AKPINAR },
  { path: 'city.custom', kind: 'neighborhoods', group: 'city', label: 'Custom neighborhoods', unit: 'list', default: null, min: 2, max: 10000,
    description: 'An explicit list of neighborhoods (population, minority share, true incidents per day, prior records) that replaces the generated grid, so published models can be written exactly.',
    source: `${ENSIGN} D'Amour et al. 2020, "Fairness is not static", FAT* 2020.` },

  // Reality
  { path: 'reality.offenseRate', kind: 'number', group: 'reality', label: 'True offense rate', unit: 'incidents per resident per day', default: 0.0002, min: 0, max: 0.01, minPositive: 1e-9, step: 0.00001,
    description: 'How often a true incident happens, per resident per day (0.0002 is about 73 per 1,000 residents a year). Equal for both groups unless the ratio below says otherwise.',
    source: SYNTHETIC },
  { path: 'reality.trueRateRatio', kind: 'number', group: 'reality', label: 'True rate ratio (minority ÷ majority)', unit: 'ratio', default: 1, min: 0.1, max: 10, step: 0.05,
    description: 'Offending by minority residents relative to majority residents. 1 means equal true crime, so every disparity you see is made by the data and the loop.',
    source: SYNTHETIC },
  { path: 'reality.nearRepeat.enabled', kind: 'boolean', group: 'reality', label: 'Near-repeat victimization', unit: 'on/off', default: false,
    description: 'Each true incident makes follow-on incidents nearby in time more likely (a self-exciting, Hawkes process).',
    source: MOHLER },
  { path: 'reality.nearRepeat.branchingRatio', kind: 'number', group: 'reality', label: 'Follow-on incidents per incident (θ)', unit: 'incidents (per km² with the unnormalised spatial kernel)', default: 0.3, min: 0, max: 20, step: 0.01,
    description: 'Expected follow-on incidents that one incident triggers, at the rate θω·e^(−ωt) t days later. The long-run rate becomes the base rate divided by (1 − θ). With the unnormalised spatial kernel θ is a density, and an incident has θ·2πσ² follow-ons; either way the effective branching ratio must stay below 1.',
    source: `${MOHLER_2011} ${MOHLER} ${AKPINAR}` },
  { path: 'reality.nearRepeat.decayPerDay', kind: 'number', group: 'reality', label: 'Follow-on decay (ω)', unit: 'per day', default: 0.5, min: 0.01, max: 5, step: 0.01,
    description: 'How fast the extra risk after an incident fades; follow-ons come on average 1/ω days later, some on the same day.',
    source: `${MOHLER_2011} ${MOHLER}` },
  { path: 'reality.nearRepeat.spatialKernel', kind: 'enum', group: 'reality', label: 'Spread to nearby neighborhoods', unit: 'choice', default: 'none',
    options: [
      { value: 'none', label: 'None: follow-ons happen in the same neighborhood' },
      { value: 'gaussian', label: 'Gaussian, normalised: θ follow-ons spread over nearby neighborhoods' },
      { value: 'gaussianUnnormalised', label: 'Gaussian, unnormalised (Akpinar et al.): θ·2πσ² follow-ons' },
    ],
    description: 'Whether follow-on incidents can happen in neighboring areas, in proportion to a Gaussian of the distance integrated over each neighborhood. Normalised keeps θ follow-ons per incident; unnormalised, as Akpinar et al. wrote it, gives θ·2πσ².',
    source: `${MOHLER_2011} ${AKPINAR}` },
  { path: 'reality.nearRepeat.spatialSigmaKm', kind: 'number', group: 'reality', label: 'Spread distance (σ)', unit: 'km', default: 0.5, min: 0.01, max: 3, step: 0.01,
    description: 'Standard deviation of the Gaussian spread of follow-on incidents. The kernel is cut off at 4σ, so each neighborhood excites only those within reach.',
    source: AKPINAR },
  { path: 'reality.deterrence.enabled', kind: 'boolean', group: 'reality', label: 'Deterrence', unit: 'on/off', default: false,
    description: 'Patrol presence lowers the true rate where patrols are. Off by default: the evidence on its size is mixed.',
    source: `${MOHLER} ${SYNTHETIC}` },
  { path: 'reality.deterrence.reductionPerUnit', kind: 'number', group: 'reality', label: 'Reduction per patrol unit', unit: 'fraction', default: 0.05, min: 0, max: 0.9, step: 0.01,
    description: 'Each patrol unit present multiplies the true rate by (1 − this).',
    source: SYNTHETIC },
  { path: 'reality.rateDynamics.enabled', kind: 'boolean', group: 'reality', label: 'Rates respond to attention', unit: 'on/off', default: false,
    description: 'Each neighborhood\'s true rate is persistent state: it rises by d after a day without patrol units and falls by d per unit after a patrolled day, never below 0 (ml-fairness-gym\'s attention allocation).',
    source: DAMOUR },
  { path: 'reality.rateDynamics.dynamicFactor', kind: 'number', group: 'reality', label: 'Rate change per day (d)', unit: 'incidents per day, per day (and per unit)', default: 0.01, min: 0, max: 1, step: 0.0025,
    description: 'How much a neighborhood\'s true daily rate rises after a day without patrols, and falls per patrol unit after a patrolled day. The paper used 0, 0.0025, 0.01 and 0.05.',
    source: DAMOUR },

  // Reports
  { path: 'sources.reports.enabled', kind: 'boolean', group: 'reports', label: 'Use resident reports', unit: 'on/off', default: true,
    description: 'Calls for service from victims and residents. They arrive whether or not police are nearby, so they do not depend on where patrols went.',
    source: ENSIGN },
  { path: 'sources.reports.weight', kind: 'number', group: 'reports', label: 'Weight in fusion', unit: 'weight', default: 1, min: 0, max: 10, step: 0.1,
    description: 'How much one reported incident counts in the fused risk score.',
    source: SYNTHETIC },
  { path: 'sources.reports.majorityRate', kind: 'number', group: 'reports', label: 'Reporting rate, majority', unit: 'probability', default: 0.4, min: 0, max: 1, step: 0.01,
    description: 'Chance that a true incident with a majority-group victim is reported to police.',
    source: NCVS },
  { path: 'sources.reports.minorityRate', kind: 'number', group: 'reports', label: 'Reporting rate, minority', unit: 'probability', default: 0.4, min: 0, max: 1, step: 0.01,
    description: 'Chance that a true incident with a minority-group victim is reported. Trust in police and access differ between communities, so this rate can differ.',
    source: `Akpinar, De-Arteaga & Chouldechova 2021, FAccT. ${NCVS}` },

  // Discoveries
  { path: 'sources.discoveries.enabled', kind: 'boolean', group: 'discoveries', label: 'Use patrol discoveries', unit: 'on/off', default: true,
    description: 'Incidents that officers find themselves. They can only be found where patrols are sent: this is the feedback channel.',
    source: ENSIGN },
  { path: 'sources.discoveries.weight', kind: 'number', group: 'discoveries', label: 'Weight in fusion', unit: 'weight', default: 1, min: 0, max: 10, step: 0.1,
    description: 'How much one discovered incident counts in the fused risk score.',
    source: SYNTHETIC },
  { path: 'sources.discoveries.model', kind: 'enum', group: 'discoveries', label: 'How patrols find incidents', unit: 'choice', default: 'probabilistic',
    options: [
      { value: 'probabilistic', label: 'Each unit present finds each incident with chance q' },
      { value: 'capacity', label: 'Each unit finds at most one incident (precision discovery)' },
    ],
    description: 'Probabilistic: more units find more of the incidents there, with diminishing returns. Capacity: u units find min(u, incidents), the model of ml-fairness-gym\'s attention allocation.',
    source: "D'Amour et al. 2020, \"Fairness is not static\", FAT* 2020; Elzayn et al. 2019." },
  { path: 'sources.discoveries.findProbability', kind: 'number', group: 'discoveries', label: 'Chance one unit finds an incident (q)', unit: 'probability', default: 0.3, min: 0, max: 1, step: 0.01,
    description: 'Chance that one patrol unit present finds a given incident; with u units the chance is 1 − (1 − q)^u.',
    source: `${ENSIGN} D'Amour et al. 2020.` },

  // Stops
  { path: 'sources.stops.enabled', kind: 'boolean', group: 'stops', label: 'Use stops and field interviews', unit: 'on/off', default: true,
    description: 'Officers stop people where they patrol. A stop that finds something (a hit) becomes a record; a stop that finds nothing is a harm to the person stopped.',
    source: FLOYD },
  { path: 'sources.stops.weight', kind: 'number', group: 'stops', label: 'Weight in fusion', unit: 'weight', default: 1, min: 0, max: 10, step: 0.1,
    description: 'How much one stop with a hit counts in the fused risk score.',
    source: SYNTHETIC },
  { path: 'sources.stops.stopsPerUnit', kind: 'number', group: 'stops', label: 'Stops per patrol unit', unit: 'stops per unit per day', default: 2, min: 0, max: 50, step: 0.5,
    description: 'How many people one patrol unit stops in a day, on average.',
    source: `${FLOYD} (4.4 million stops, 2004 to 2012).` },
  { path: 'sources.stops.minorityAreaRatio', kind: 'number', group: 'stops', label: 'More stops per patrol in minority neighborhoods', unit: 'ratio', default: 1, min: 0.1, max: 10, step: 0.1,
    description: 'How many times more people one patrol unit stops in an all-minority neighborhood than in an all-majority one with the same true crime (in between, in proportion to the minority share). Each stop can become a record, so a patrol there yields more records, and the loop compounds the difference. 1 means no difference.',
    source: `Goel, Rao & Shroff 2016, "Precinct or prejudice?", Annals of Applied Statistics 10(1). ${FLOYD}` },
  { path: 'sources.stops.biasRatio', kind: 'number', group: 'stops', label: 'Stop bias against minority residents', unit: 'ratio', default: 1, min: 0.1, max: 10, step: 0.1,
    description: 'How much likelier a minority resident is to be stopped than a majority resident in the same neighborhood. 1 means no bias.',
    source: FLOYD },
  { path: 'sources.stops.hitRate', kind: 'number', group: 'stops', label: 'Hit rate', unit: 'probability', default: 0.06, min: 0, max: 1, step: 0.005,
    description: 'Chance that a stop finds contraband, a weapon or a warrant. In Floyd, weapons were found in 1.5% of frisks and other contraband in about 2% of stops.',
    source: FLOYD },
  { path: 'sources.stops.minorityHitRatio', kind: 'number', group: 'stops', label: 'Minority hit rate ÷ majority hit rate', unit: 'ratio', default: 1, min: 0.1, max: 10, step: 0.05,
    description: 'Relative hit rate of stops of minority residents. 1 means equal; in Floyd it was lower for Black people stopped than for white people.',
    source: FLOYD },

  // Sensors
  { path: 'sources.sensors.enabled', kind: 'boolean', group: 'sensors', label: 'Use surveillance sensors', unit: 'on/off', default: false,
    description: 'Cameras, gunshot detectors and plate readers, fused as in systems like NYPD\'s Domain Awareness System. They see only where they are installed.',
    source: SYNTHETIC },
  { path: 'sources.sensors.weight', kind: 'number', group: 'sensors', label: 'Weight in fusion', unit: 'weight', default: 1, min: 0, max: 10, step: 0.1,
    description: 'How much one sensor alert counts in the fused risk score.',
    source: SYNTHETIC },
  { path: 'sources.sensors.coverage', kind: 'number', group: 'sensors', label: 'Average coverage', unit: 'fraction of area', default: 0.2, min: 0, max: 1, step: 0.01,
    description: 'Average share of a neighborhood that sensors watch.',
    source: SYNTHETIC },
  { path: 'sources.sensors.minoritySkew', kind: 'number', group: 'sensors', label: 'Deployment skew toward minority areas', unit: 'ratio', default: 1, min: 0.1, max: 10, step: 0.1,
    description: 'Sensor density in an all-minority neighborhood relative to an all-majority one. 1 means even deployment.',
    source: SYNTHETIC },
  { path: 'sources.sensors.detectionProbability', kind: 'number', group: 'sensors', label: 'Detection probability', unit: 'probability', default: 0.3, min: 0, max: 1, step: 0.01,
    description: 'Chance that a sensor detects an incident that happens in the area it watches.',
    source: SYNTHETIC },
  { path: 'sources.sensors.falseAlertsPerDay', kind: 'number', group: 'sensors', label: 'False alerts', unit: 'alerts per fully covered neighborhood per day', default: 0.05, min: 0, max: 10, step: 0.01,
    description: 'Alerts with no incident behind them (a car backfiring, a misread plate). They scale with coverage.',
    source: SYNTHETIC },

  // History
  { path: 'sources.history.enabled', kind: 'boolean', group: 'history', label: 'Use historical records', unit: 'on/off', default: true,
    description: 'The records already in the database when the system starts. They train the first day\'s risk.',
    source: LUM },
  { path: 'sources.history.weight', kind: 'number', group: 'history', label: 'Weight in fusion', unit: 'weight', default: 1, min: 0, max: 10, step: 0.1,
    description: 'How much one historical record counts in the starting risk score.',
    source: SYNTHETIC },
  { path: 'sources.history.priorDays', kind: 'integer', group: 'history', label: 'Days of history', unit: 'days', default: 90, min: 0, max: 3650, step: 1,
    description: 'How many past days of records the database holds on day 0.',
    source: SYNTHETIC },
  { path: 'sources.history.recordRate', kind: 'number', group: 'history', label: 'Past recording rate', unit: 'probability', default: 0.5, min: 0, max: 1, step: 0.01,
    description: 'Share of past true incidents that made it into the records in majority neighborhoods.',
    source: SYNTHETIC },
  { path: 'sources.history.overPolicingFactor', kind: 'number', group: 'history', label: 'Past over-policing of minority areas', unit: 'ratio', default: 1, min: 0.1, max: 10, step: 0.1,
    description: 'How many times more of the past incidents were recorded in an all-minority neighborhood than in an all-majority one, because of past patrol patterns. 1 means an unbiased history.',
    source: LUM },

  // Fusion
  { path: 'fusion.memory', kind: 'enum', group: 'fusion', label: 'Memory of the risk model', unit: 'choice', default: 'decay',
    options: [
      { value: 'cumulative', label: 'Cumulative (every record counts forever: the urn)' },
      { value: 'decay', label: 'Exponential decay (records fade with a half-life)' },
      { value: 'selfExciting', label: 'Self-exciting (PredPol-like, rolling window)' },
    ],
    description: 'How the fused risk remembers past records. Cumulative memory is Ensign et al.\'s Pólya urn; the self-exciting form is the ETAS model behind PredPol.',
    source: `${ENSIGN} ${MOHLER}` },
  { path: 'fusion.halfLifeDays', kind: 'number', group: 'fusion', label: 'Half-life of a record', unit: 'days', default: 30, min: 1, max: 3650, step: 1,
    description: 'With exponential decay: after this many days a record counts half as much.',
    source: SYNTHETIC },
  { path: 'fusion.decayModel', kind: 'enum', group: 'fusion', label: 'How records fade', unit: 'choice', default: 'deterministic',
    options: [
      { value: 'deterministic', label: 'Deterministic: every record shrinks by the same factor each day' },
      { value: 'binomial', label: 'Binomial: each record (ball) is dropped at random, keeping at least one (Ensign et al.)' },
    ],
    description: 'With exponential decay: deterministic multiplies old risk by 2^(−1/half-life) each day; binomial, as in Ensign et al.\'s code, first adds the day\'s records and then removes each whole ball with probability 1 − 2^(−1/half-life), never leaving a neighborhood below one ball. A half-life of 68.97 days is their removal probability 0.01.',
    source: `${ENSIGN} Code: algofairness/runaway-feedback-loops-src, src/polya.py (add_exponential_decay).` },
  { path: 'fusion.windowDays', kind: 'integer', group: 'fusion', label: 'Training window', unit: 'days', default: 180, min: 1, max: 365, step: 1,
    description: 'With the self-exciting model: how many past days of records estimate each neighborhood\'s background rate (Lum & Isaac used 180).',
    source: LUM },
  { path: 'fusion.excitationWeight', kind: 'number', group: 'fusion', label: 'Excitation weight (θ̂)', unit: 'weight', default: 0.5, min: 0, max: 10, step: 0.05,
    description: 'With the self-exciting model: how much a recent record raises risk beyond the background rate.',
    source: MOHLER },
  { path: 'fusion.excitationDecayPerDay', kind: 'number', group: 'fusion', label: 'Excitation decay (ω̂)', unit: 'per day', default: 0.2, min: 0.01, max: 5, step: 0.01,
    description: 'With the self-exciting model: how fast the raised risk after a record fades.',
    source: MOHLER },

  // Deployment
  { path: 'deployment.units', kind: 'integer', group: 'deployment', label: 'Patrol units per day', unit: 'units', default: 40, min: 1, max: 100000, step: 1,
    description: 'How many patrol units are sent out each day.',
    source: SYNTHETIC },
  { path: 'deployment.policy', kind: 'enum', group: 'deployment', label: 'Deployment policy', unit: 'choice', default: 'topK',
    options: [
      { value: 'sample', label: 'Sample: each unit goes to a neighborhood drawn in proportion to risk' },
      { value: 'proportional', label: 'Proportional: each neighborhood gets its expected share' },
      { value: 'topK', label: 'Hotspots: the top-k risk neighborhoods share all units' },
      { value: 'uniform', label: 'Uniform: the same everywhere (no feedback)' },
      { value: 'multinomial', label: 'Uniform multinomial: each unit to a neighborhood drawn at random (ml-fairness-gym)' },
      { value: 'greedy', label: 'Greedy: each unit where it most likely finds one more incident (ml-fairness-gym)' },
      { value: 'alphaFair', label: 'α-fair greedy: discovery chances within α of each other (ml-fairness-gym)' },
    ],
    description: 'How risk becomes patrols. Hotspot lists (the top k) are how PredPol-style systems are used; uniform patrols ignore the data, a control with no feedback.',
    source: `${ENSIGN} ${LUM}` },
  { path: 'deployment.hotspots', kind: 'integer', group: 'deployment', label: 'Hotspots (k)', unit: 'neighborhoods', default: 20, min: 1, max: 10000, step: 1,
    description: 'With the hotspot policy: how many top-risk neighborhoods are flagged each day (Lum & Isaac flagged 20).',
    source: LUM },
  { path: 'deployment.exploration', kind: 'number', group: 'deployment', label: 'Exploration (ε)', unit: 'fraction of units', default: 0, min: 0, max: 1, step: 0.01,
    description: 'Share of units sent uniformly at random instead of by risk, so the model keeps seeing every neighborhood.',
    source: "D'Amour et al. 2020; Ensign et al. 2018." },
  { path: 'deployment.floorUnits', kind: 'number', group: 'deployment', label: 'Minimum units per neighborhood', unit: 'units', default: 0, min: 0, max: 1000, step: 0.01,
    description: 'Every neighborhood gets at least this many units (in expectation), if there are enough units to go round.',
    source: SYNTHETIC },
  { path: 'deployment.capUnits', kind: 'number', group: 'deployment', label: 'Maximum units per neighborhood', unit: 'units (0 = no cap)', default: 0, min: 0, max: 100000, step: 0.5,
    description: 'No neighborhood gets more than this many units (in expectation); the rest go elsewhere. 0 means no cap.',
    source: SYNTHETIC },
  { path: 'deployment.fairnessAlpha', kind: 'number', group: 'deployment', label: 'Fairness gap allowed (α)', unit: 'probability', default: 0.75, min: 0, max: 1, step: 0.01,
    description: 'With the α-fair policy: the expected share of incidents found, E[min(units, incidents) ÷ incidents] under the believed rate, may differ by at most α between any two neighborhoods. 1 is plain greedy; too small an α for the units available is an error.',
    source: `${DAMOUR} Elzayn et al. 2019, "Fair algorithms for learning in allocation problems", FAT* 2019.` },

  // Corrections
  { path: 'corrections.reportsOnly', kind: 'boolean', group: 'corrections', label: 'Use resident reports only', unit: 'on/off', default: false,
    description: 'The risk model ignores every source except resident reports, which do not depend on where patrols went.',
    source: ENSIGN },
  { path: 'corrections.ensign', kind: 'boolean', group: 'corrections', label: 'Ensign correction', unit: 'on/off', default: false,
    description: 'Keep a patrol-driven record in neighborhood i with probability (1 − pᵢ) ÷ maxⱼ(1 − pⱼ), where pᵢ is the chance police were sent there. Right for two neighborhoods; not for more.',
    source: ENSIGN },
  { path: 'corrections.inversePropensity', kind: 'boolean', group: 'corrections', label: 'Inverse-propensity filtering', unit: 'on/off', default: false,
    description: 'Keep a patrol-driven record with probability minⱼ pⱼ ÷ pᵢ, so each neighborhood is counted as if patrolled equally. Right for any number of neighborhoods, but needs every neighborhood patrolled sometimes (use exploration).',
    source: 'Derived from the Ensign et al. 2018 correction; see README.' },
  { path: 'corrections.reportingRateAdjust', kind: 'boolean', group: 'corrections', label: 'Divide reports by the reporting rate', unit: 'on/off', default: false,
    description: 'Each report counts as 1 ÷ (that group\'s reporting rate) incidents, undoing differential reporting when the rates are known.',
    source: 'Akpinar, De-Arteaga & Chouldechova 2021.' },

  // People (the person-level layer, off by default)
  ...PEOPLE_SPECS,
];

/** The spec for a dotted path, or undefined. */
export function findSpec(path: string): ParamSpec | undefined {
  return PARAM_SPECS.find((spec) => spec.path === path);
}
