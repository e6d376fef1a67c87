/** The compact editor's edits: through the model's validation, refusals keep the last good value. */
import { describe, expect, it } from 'vitest';
import { findSpec, validateParams } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { formatParamValue } from '../../src/i18n/format.ts';
import { differingSpecs, editParam } from '../../src/lab/param-fields.ts';
import { readWholeNumber } from '../../src/lab/inputs.ts';

describe('parameter fields', () => {
  const params = validateParams({});

  it('accept a value in range and return new params, leaving the old ones alone', () => {
    const spec = findSpec('sources.reports.minorityRate')!;
    const outcome = editParam(params, spec, ' 0.25 ');
    expect(outcome.ok && outcome.params.sources.reports.minorityRate).toBe(0.25);
    expect(params.sources.reports.minorityRate).toBe(0.4);
    const toggled = editParam(params, findSpec('corrections.ensign')!, true);
    expect(toggled.ok && toggled.params.corrections.ensign).toBe(true);
  });

  it('refuse a value out of range with the label and the allowed range', () => {
    const outcome = editParam(params, findSpec('sources.reports.minorityRate')!, '1.5');
    expect(outcome).toEqual({
      ok: false,
      field: 'sources.reports.minorityRate',
      message: 'Reporting rate, minority is 1.5, outside the allowed range from 0 to 1 (probability).',
    });
    expect(editParam(params, findSpec('deployment.units')!, 'many').ok).toBe(false);
    expect(editParam(params, findSpec('deployment.units')!, '2.5').ok).toBe(false);
  });

  it('list the settings that differ from a preset, and read them', () => {
    const preset = findPreset('no-feedback')!;
    const paths = differingSpecs(preset.params, params).map((spec) => spec.path);
    expect(paths).toEqual(['sources.history.overPolicingFactor', 'deployment.policy']);
    expect(formatParamValue('uniform', findSpec('deployment.policy')!, 'sentence')).toBe('Uniform');
    expect(formatParamValue(false, findSpec('corrections.ensign')!, 'sentence')).toBe('off');
    expect(formatParamValue([{}, {}], findSpec('city.custom')!, 'sentence')).toBe('custom (2 neighborhoods)');
    expect(formatParamValue(0.1 + 0.2, findSpec('reality.offenseRate')!, 'sentence')).toBe('0.3');
    // Next to a control the same values read as the explorable writes them.
    expect(formatParamValue(false, findSpec('corrections.ensign')!)).toBe('Off');
    expect(formatParamValue([{}, {}], findSpec('city.custom')!)).toBe('2 neighborhoods');
    expect(formatParamValue(null)).toBe('none');
  });

  it('read counts and seeds, keeping the last good value on a refusal', () => {
    expect(readWholeNumber('25', 2, 500, 'The number of replicates', 50)).toEqual({ value: 25, error: '' });
    expect(readWholeNumber('1', 2, 500, 'The number of replicates', 50)).toEqual({
      value: 50,
      error: 'The number of replicates must be a whole number from 2 to 500; keeping 50.',
    });
    expect(readWholeNumber('', 2, 500, 'x', 7).value).toBe(7);
  });
});
