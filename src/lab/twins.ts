/**
 * One-click twins: configuration B derived from A by changing only policy or data knobs, so that
 * on the same seed both runs see the same true incidents (each model process draws from its own
 * random stream) and every difference between them is made by the knobs that changed.
 */
import { cloneParams, validateParams, type Params } from '../../models/index.ts';

export type TwinKind = 'unbiasedData' | 'correction' | 'noFeedback';

/** Exploration the correction twin uses at least: inverse propensity needs every neighborhood patrolled sometimes. */
export const TWIN_EXPLORATION = 0.1;

export interface Twin {
  kind: TwinKind;
  /** Button text, read after "B = A". */
  label: string;
  /** What the twin changes and why, shown under the buttons. */
  explanation: string;
  /** B from A; A is not modified. */
  derive(params: Params): Params;
}

/** Every group-bias knob back to neutral; reality (true crime) and policy unchanged. */
export function withUnbiasedData(params: Params): Params {
  const twin = cloneParams(params);
  const { reports, stops, sensors, history } = twin.sources;
  reports.minorityRate = reports.majorityRate;
  stops.biasRatio = 1;
  stops.minorityHitRatio = 1;
  sensors.minoritySkew = 1;
  history.overPolicingFactor = 1;
  return validateParams({}, twin);
}

/** Inverse-propensity filtering on, with at least TWIN_EXPLORATION of units sent at random. */
export function withCorrection(params: Params): Params {
  const twin = cloneParams(params);
  twin.corrections.inversePropensity = true;
  twin.deployment.exploration = Math.max(twin.deployment.exploration, TWIN_EXPLORATION);
  return validateParams({}, twin);
}

/** Patrols spread evenly whatever the data say: the control with no feedback. */
export function withNoFeedback(params: Params): Params {
  const twin = cloneParams(params);
  twin.deployment.policy = 'uniform';
  return validateParams({}, twin);
}

export const TWINS: readonly Twin[] = [
  {
    kind: 'unbiasedData',
    label: 'with unbiased data',
    explanation:
      'B sets every group-bias knob of the data back to neutral: equal reporting rates, no stop bias, equal hit rates, ' +
      'even sensor deployment and no past over-policing. True crime and the deployment policy are unchanged.',
    derive: withUnbiasedData,
  },
  {
    kind: 'correction',
    label: 'with the correction on',
    explanation:
      'B turns on inverse-propensity filtering: a record that patrols produced in a neighborhood is kept with probability ' +
      '(the lowest patrol chance of any neighborhood) ÷ (this neighborhood\'s patrol chance), so every neighborhood counts as if ' +
      `it had been patrolled equally. That only works if every neighborhood is patrolled sometimes, so at least ${Math.round(TWIN_EXPLORATION * 100)}% ` +
      'of units are sent at random (exploration). It does not undo bias in reports or in the historical records.',
    derive: withCorrection,
  },
  {
    kind: 'noFeedback',
    label: 'with no feedback (uniform patrols)',
    explanation:
      'B spreads patrols evenly over the city whatever the data say, so records can no longer steer patrols: the control condition. ' +
      'Differences that remain come from the data sources alone.',
    derive: withNoFeedback,
  },
];

export function findTwin(kind: TwinKind): Twin {
  return TWINS.find((twin) => twin.kind === kind)!;
}
