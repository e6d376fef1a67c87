/**
 * One-click twins: configuration B derived from A by changing only policy or data knobs, so that
 * on the same seed both runs see the same true incidents (each model process draws from its own
 * random stream) and every difference between them is made by the knobs that changed.
 */
import { cloneParams, validateParams, type Params } from '../../models/index.ts';
import { t } from '../i18n/index.ts';
import '../i18n/parts/lab.ts';

export type TwinKind = 'unbiasedData' | 'correction' | 'noFeedback';

/** Exploration the correction twin uses at least: inverse propensity needs every neighborhood patrolled sometimes. */
export const TWIN_EXPLORATION = 0.1;

export interface Twin {
  kind: TwinKind;
  /** Button text, read after "B = A" (in the message locale). */
  readonly label: string;
  /** What the twin changes and why, shown under the buttons (in the message locale). */
  readonly explanation: string;
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

/** A twin whose words are the messages `lab.twin.<kind>.label` and `.explanation`, read in the current locale. */
function makeTwin(kind: TwinKind, derive: (params: Params) => Params): Twin {
  return {
    kind,
    get label() {
      return t(`lab.twin.${kind}.label`);
    },
    get explanation() {
      return t(`lab.twin.${kind}.explanation`, { exploration: { value: TWIN_EXPLORATION, style: 'percent' } });
    },
    derive,
  };
}

export const TWINS: readonly Twin[] = [makeTwin('unbiasedData', withUnbiasedData), makeTwin('correction', withCorrection), makeTwin('noFeedback', withNoFeedback)];

export function findTwin(kind: TwinKind): Twin {
  return TWINS.find((twin) => twin.kind === kind)!;
}
