/**
 * One-click twins: each changes only policy or data knobs, so on the same seed the twin sees
 * exactly the same true incidents as the original (each model process has its own random
 * stream), while what the police do and record differs.
 */
import { describe, expect, it } from 'vitest';
import { simulate, validateParams, type Params } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { differingSpecs } from '../../src/lab/param-fields.ts';
import { TWIN_EXPLORATION, TWINS, withCorrection, withNoFeedback, withUnbiasedData } from '../../src/lab/twins.ts';

/** A biased starting point: every data-bias knob away from neutral, 120 days to keep the test fast. */
const biased: Params = validateParams({
  days: 120,
  sources: {
    reports: { majorityRate: 0.45, minorityRate: 0.3 },
    stops: { biasRatio: 2.5, minorityHitRatio: 0.7 },
    sensors: { enabled: true, minoritySkew: 3 },
    history: { overPolicingFactor: 3 },
  },
});

function paths(a: Params, b: Params): string[] {
  return differingSpecs(a, b).map((spec) => spec.path);
}

describe('twins', () => {
  it('with unbiased data sets every group-bias knob to neutral and nothing else', () => {
    const twin = withUnbiasedData(biased);
    expect(twin.sources.reports.minorityRate).toBe(0.45);
    expect(twin.sources.stops.biasRatio).toBe(1);
    expect(twin.sources.stops.minorityHitRatio).toBe(1);
    expect(twin.sources.sensors.minoritySkew).toBe(1);
    expect(twin.sources.history.overPolicingFactor).toBe(1);
    expect(paths(biased, twin).sort()).toEqual(
      [
        'sources.history.overPolicingFactor',
        'sources.reports.minorityRate',
        'sources.sensors.minoritySkew',
        'sources.stops.biasRatio',
        'sources.stops.minorityHitRatio',
      ].sort(),
    );
  });

  it('with the correction turns on inverse propensity with at least the twin exploration', () => {
    const twin = withCorrection(biased);
    expect(twin.corrections.inversePropensity).toBe(true);
    expect(twin.deployment.exploration).toBe(TWIN_EXPLORATION);
    expect(paths(biased, twin).sort()).toEqual(['corrections.inversePropensity', 'deployment.exploration']);
    // A larger exploration already set is kept.
    const exploring = validateParams({ deployment: { exploration: 0.3 } });
    expect(withCorrection(exploring).deployment.exploration).toBe(0.3);
  });

  it('with no feedback only switches to uniform patrols', () => {
    expect(paths(biased, withNoFeedback(biased))).toEqual(['deployment.policy']);
  });

  it('leave the original params untouched', () => {
    const before = JSON.stringify(biased);
    for (const twin of TWINS) twin.derive(biased);
    expect(JSON.stringify(biased)).toBe(before);
  });

  it.each(TWINS.map((twin) => [twin.kind, twin] as const))('%s sees the same true incidents on the same seed, and patrols differently', (_kind, twin) => {
    const original = simulate(biased, 11);
    const derived = simulate(twin.derive(biased), 11);
    // Common random numbers: the true-incident stream does not depend on policy or data knobs.
    expect(Buffer.from(derived.history.trueIncidents.buffer).equals(Buffer.from(original.history.trueIncidents.buffer))).toBe(true);
    expect(Buffer.from(derived.history.patrols.buffer).equals(Buffer.from(original.history.patrols.buffer))).toBe(false);
  });

  it('keep true incidents identical for the default preset too', () => {
    const preset = findPreset('biased-history')!;
    const params = validateParams({ days: 90 }, preset.params);
    const a = simulate(params, preset.seed).history.trueIncidents;
    for (const twin of TWINS) expect(simulate(twin.derive(params), preset.seed).history.trueIncidents).toEqual(a);
  });
});
