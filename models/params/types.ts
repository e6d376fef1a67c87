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
}

/** A partial override of Params, as presets, permalinks and `--params` files hold. */
export type ParamsOverride = DeepPartial<Params>;
export type DeepPartial<T> = T extends (infer U)[]
  ? U[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
