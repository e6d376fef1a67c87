/** The parameters of one run. Every field is described, with range and unit, in `schema.ts`. */

/** One neighborhood of a custom city, for writing published models exactly. */
export interface CustomNeighborhood {
  /** Residents. */
  population: number;
  /** Share of residents who belong to the minority group, in [0, 1]. */
  minorityShare: number;
  /** Expected true incidents per day in the whole neighborhood. */
  trueRatePerDay: number;
  /** Records already in the database on day 0 (the urn's prior). */
  priorRecords: number;
}

export type DiscoveryModel = 'probabilistic' | 'capacity';
export type FusionMemory = 'cumulative' | 'decay' | 'selfExciting';
export type DeploymentPolicy = 'sample' | 'proportional' | 'topK' | 'uniform' | 'multinomial' | 'greedy' | 'alphaFair';
/** How the decay memory forgets: a deterministic multiplier, or Ensign et al.'s binomial ball removal. */
export type DecayModel = 'deterministic' | 'binomial';
/** Near-repeat spread between neighborhoods: none, a Gaussian normalised per incident, or Akpinar et al.'s unnormalised one. */
export type SpatialKernelKind = 'none' | 'gaussian' | 'gaussianUnnormalised';
/** How the person-level layer draws its list: the K highest scores, or every score at or above a threshold. */
export type ListMode = 'topK' | 'threshold';

/** The person-level watchlist layer (models/people/): off by default, so place-level runs are unchanged. */
export interface PeopleParams {
  enabled: boolean;
  /** Residents the layer follows in each neighborhood (at most its population). */
  residentsPerNeighborhood: number;
  /** Weibull shape of the offending propensity, the same in every group: below 1, offending is concentrated. */
  propensityShape: number;
  /** How many times likelier a stop is to land on a listed resident than on an unlisted one. */
  attention: number;
  /** Chance that a known (reported or discovered) offense by a followed resident ends in an arrest. */
  arrestProbability: number;
  /** Chance that a stop of a resident with an unsolved recent offense finds it (an arrest). */
  stopFindProbability: number;
  /** Chance per contact that the officer records a gang affiliation. */
  gangFlagPerContact: number;
  /** Days of parole or probation after an arrest. */
  supervisionDays: number;
  /** Look-back window of the score, in days. */
  windowDays: number;
  points: { contact: number; arrest: number; gang: number; supervision: number; associate: number };
  associates: { perResident: number; withinNeighborhood: number };
  list: { mode: ListMode; size: number; threshold: number; refreshDays: number };
}

export interface Params {
  days: number;
  city: {
    columns: number;
    rows: number;
    meanPopulation: number;
    populationSpread: number;
    minorityFraction: number;
    segregation: number;
    /** Distance between neighboring hex centers, in km (the length unit of spatial kernels). */
    cellSpacingKm: number;
    /** When set, replaces the generated grid: one entry per neighborhood. */
    custom: CustomNeighborhood[] | null;
  };
  reality: {
    offenseRate: number;
    trueRateRatio: number;
    nearRepeat: {
      enabled: boolean;
      branchingRatio: number;
      decayPerDay: number;
      spatialKernel: SpatialKernelKind;
      /** σ of the Gaussian spatial kernel, in km. */
      spatialSigmaKm: number;
    };
    /** ml-fairness-gym's persistent rates: +d a day unattended, −d per unit attended, floored at 0. */
    rateDynamics: { enabled: boolean; dynamicFactor: number };
    deterrence: { enabled: boolean; reductionPerUnit: number };
  };
  sources: {
    reports: { enabled: boolean; weight: number; majorityRate: number; minorityRate: number };
    discoveries: { enabled: boolean; weight: number; model: DiscoveryModel; findProbability: number };
    stops: {
      enabled: boolean;
      weight: number;
      stopsPerUnit: number;
      /** Stops per unit in an all-minority neighborhood ÷ in an all-majority one. */
      minorityAreaRatio: number;
      biasRatio: number;
      hitRate: number;
      minorityHitRatio: number;
    };
    sensors: {
      enabled: boolean;
      weight: number;
      coverage: number;
      minoritySkew: number;
      detectionProbability: number;
      falseAlertsPerDay: number;
    };
    history: {
      enabled: boolean;
      weight: number;
      priorDays: number;
      recordRate: number;
      overPolicingFactor: number;
    };
  };
  fusion: {
    memory: FusionMemory;
    halfLifeDays: number;
    decayModel: DecayModel;
    windowDays: number;
    excitationWeight: number;
    excitationDecayPerDay: number;
  };
  deployment: {
    units: number;
    policy: DeploymentPolicy;
    hotspots: number;
    exploration: number;
    floorUnits: number;
    capUnits: number;
    /** α-fair allocator: the largest allowed gap between sites' expected discovery probabilities. */
    fairnessAlpha: number;
  };
  corrections: {
    reportsOnly: boolean;
    ensign: boolean;
    inversePropensity: boolean;
    reportingRateAdjust: boolean;
  };
  people: PeopleParams;
}

/** A partial override of Params, as presets, permalinks and `--params` files hold. */
export type ParamsOverride = DeepPartial<Params>;
export type DeepPartial<T> = T extends (infer U)[]
  ? U[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
