/**
 * The utilitarian question, made explicit: for each deployment policy and patrol level, how many
 * true incidents patrols find and how many people they stop without finding anything. A rule that
 * maximises (found − weight × stops without a hit) picks one policy; splitting the stops by group
 * shows who bears its cost, which the single number hides.
 */
import { cloneParams, validateParams, type DeploymentPolicy, type Params, type RunMetrics } from '../../models/index.ts';
import { t } from '../i18n/index.ts';
import { TWIN_EXPLORATION } from './twins.ts';
import '../i18n/parts/lab.ts';

/** A deployment policy as the cost-benefit view compares it. */
export interface PolicyVariant {
  id: string;
  /** The policy's name in the message locale, e.g. "Top 20 hotspots, corrected". */
  readonly label: string;
  policy: DeploymentPolicy;
  /** Hotspot count for topK. */
  hotspots?: number;
  /** Inverse-propensity filtering with at least TWIN_EXPLORATION exploration. */
  corrected: boolean;
}

const BASE_VARIANTS: readonly Omit<PolicyVariant, 'id' | 'label' | 'corrected'>[] = [
  { policy: 'sample' },
  { policy: 'proportional' },
  { policy: 'topK', hotspots: 10 },
  { policy: 'topK', hotspots: 20 },
  { policy: 'topK', hotspots: 50 },
  { policy: 'uniform' },
];

/** A policy's name, from the messages `lab.policy.<policy>` (and `lab.policy.corrected`). */
function variantName(base: Omit<PolicyVariant, 'id' | 'label' | 'corrected'>, corrected: boolean): string {
  const name = t(`lab.policy.${base.policy}`, { count: base.hotspots ?? 0 });
  return corrected ? t('lab.policy.corrected', { name }) : name;
}

function variant(base: Omit<PolicyVariant, 'id' | 'label' | 'corrected'>, id: string, corrected: boolean): PolicyVariant {
  return {
    ...base,
    id,
    corrected,
    get label() {
      return variantName(base, corrected);
    },
  };
}

/**
 * Every policy compared, each also with the correction except uniform patrols (which ignore the
 * data, so filtering records changes nothing).
 */
export const POLICY_VARIANTS: readonly PolicyVariant[] = BASE_VARIANTS.flatMap((base) => {
  const key = base.policy === 'topK' ? `topK${base.hotspots}` : base.policy;
  const plain = variant(base, key, false);
  if (base.policy === 'uniform') return [plain];
  return [plain, variant(base, `${key}+ipw`, true)];
});

/** Patrol levels (units per day) offered, and those checked by default. */
export const PATROL_LEVELS: readonly number[] = [10, 20, 40, 80, 160];
export const DEFAULT_PATROL_LEVELS: readonly number[] = [20, 40, 80];

/** The base params with a variant's deployment and `units` patrol units per day. */
export function variantParams(base: Params, variant: PolicyVariant, units: number): Params {
  const params = cloneParams(base);
  params.deployment.policy = variant.policy;
  params.deployment.units = units;
  if (variant.hotspots !== undefined) params.deployment.hotspots = variant.hotspots;
  params.corrections.inversePropensity = variant.corrected;
  if (variant.corrected) params.deployment.exploration = Math.max(params.deployment.exploration, TWIN_EXPLORATION);
  return validateParams({}, params);
}

/** One policy at one patrol level, averaged over its replicates. */
export interface PolicyPoint {
  /** Variant id and units, e.g. "topK20@40". */
  key: string;
  variant: PolicyVariant;
  units: number;
  replicates: number;
  /** True incidents found by patrols (discoveries) plus stop hits, per day. */
  foundPerDay: number;
  /** Stops without a hit, per day. */
  emptyStopsPerDay: number;
  /** Stops without a hit over the run, per 1,000 residents of each group. */
  minorityEmptyPer1000: number;
  majorityEmptyPer1000: number;
  /** Stops without a hit over the run, per 1,000 residents of the whole city. */
  allEmptyPer1000: number;
}

export function pointKey(variant: PolicyVariant, units: number): string {
  return `${variant.id}@${units}`;
}

/** Averages the replicates' summary metrics of one variant at one patrol level. */
export function policyPoint(variant: PolicyVariant, units: number, days: number, runs: readonly RunMetrics[]): PolicyPoint {
  const mean = (pick: (m: RunMetrics) => number) => runs.reduce((total, m) => total + pick(m), 0) / runs.length;
  return {
    key: pointKey(variant, units),
    variant,
    units,
    replicates: runs.length,
    foundPerDay: mean((m) => m.totals.discoveries + m.totals.stopHits) / days,
    emptyStopsPerDay: mean((m) => m.totals.stopsWithoutHit) / days,
    minorityEmptyPer1000: mean((m) => m.minority.stopsWithoutHitPer1000),
    majorityEmptyPer1000: mean((m) => m.majority.stopsWithoutHitPer1000),
    allEmptyPer1000: mean((m) => (1000 * m.totals.stopsWithoutHit) / (m.minority.population + m.majority.population || 1)),
  };
}

/** The utilitarian score: incidents found per day minus `weight` × stops without a hit per day. */
export function utility(point: PolicyPoint, weight: number): number {
  return point.foundPerDay - weight * point.emptyStopsPerDay;
}

/**
 * The point a utilitarian rule picks at `weight`: the highest score; on a tie the one with fewer
 * stops without a hit (the one that wins for any larger weight), then the earlier one.
 */
export function chooseByUtility(points: readonly PolicyPoint[], weight: number): PolicyPoint | undefined {
  let best: PolicyPoint | undefined;
  for (const point of points) {
    if (!best) {
      best = point;
      continue;
    }
    const gain = utility(point, weight) - utility(best, weight);
    if (gain > 0 || (gain === 0 && point.emptyStopsPerDay < best.emptyStopsPerDay)) best = point;
  }
  return best;
}

/** A stretch of weights over which the rule picks the same point. */
export interface ChoiceSegment {
  from: number;
  to: number;
  point: PolicyPoint;
}

/**
 * The rule's choice over weights 0 to `maxWeight`: the upper envelope of the lines
 * found − w × empty. Going up in weight, the choice can only move to points with fewer stops
 * without a hit, at the weight where the two lines cross.
 */
export function choiceSegments(points: readonly PolicyPoint[], maxWeight: number): ChoiceSegment[] {
  const segments: ChoiceSegment[] = [];
  let weight = 0;
  let current = chooseByUtility(points, 0);
  while (current && weight < maxWeight) {
    let nextWeight = Infinity;
    let next: PolicyPoint | undefined;
    for (const point of points) {
      const drop = current.emptyStopsPerDay - point.emptyStopsPerDay;
      if (!(drop > 0)) continue;
      const crossing = (current.foundPerDay - point.foundPerDay) / drop;
      if (crossing > weight && (crossing < nextWeight || (crossing === nextWeight && next && point.emptyStopsPerDay < next.emptyStopsPerDay))) {
        nextWeight = crossing;
        next = point;
      }
    }
    const to = Math.min(maxWeight, nextWeight);
    segments.push({ from: weight, to, point: current });
    if (!next || nextWeight >= maxWeight) break;
    // The first line to overtake the current one is the next piece of the envelope.
    weight = nextWeight;
    current = next;
  }
  return segments;
}
