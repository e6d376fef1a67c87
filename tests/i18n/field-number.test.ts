/**
 * Number fields agree with the labels beside them: a field shows the locale's decimal sign and
 * reads it back, a point is read in every locale, and an edit typed with a decimal comma in
 * Spanish gives the same params as the same number typed with a point.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findSpec, validateParams } from '../../models/index.ts';
import { applyText } from '../../src/app/param-edit.ts';
import { formatFieldNumber, normalizeFieldNumber } from '../../src/i18n/format.ts';
import { addMessages, setLocale } from '../../src/i18n/index.ts';
import { messagesEs } from '../../src/i18n/messages.es.ts';
import { readNumber } from '../../src/lab/inputs.ts';

describe('number fields in the message locale', () => {
  afterEach(() => setLocale('en'));

  it('English: points, no grouping, float noise dropped', () => {
    setLocale('en');
    expect(formatFieldNumber(0.30000000000000004)).toBe('0.3');
    expect(formatFieldNumber(100000)).toBe('100000');
    expect(normalizeFieldNumber(' 0.4 ')).toBe('0.4');
    // A comma is not a decimal sign in English; it stays, for the field's check to refuse.
    expect(normalizeFieldNumber('0,4')).toBe('0,4');
    expect(Number.isNaN(Number(normalizeFieldNumber('1,200')))).toBe(true);
  });

  it('Spanish: a decimal comma is shown and read; a point is still read', () => {
    addMessages('es', messagesEs);
    setLocale('es');
    expect(formatFieldNumber(0.4)).toBe('0,4');
    expect(formatFieldNumber(2.5e-7)).toBe('2,5e-7');
    expect(formatFieldNumber(100000)).toBe('100000');
    expect(normalizeFieldNumber('0,4')).toBe('0.4');
    expect(normalizeFieldNumber('-1,25')).toBe('-1.25');
    expect(normalizeFieldNumber(',5')).toBe('.5');
    expect(normalizeFieldNumber('2,5e-7')).toBe('2.5e-7');
    expect(normalizeFieldNumber('0.4')).toBe('0.4');
    // Two separators are not a number in any reading: left for the check to refuse.
    expect(normalizeFieldNumber('1,2,3')).toBe('1,2,3');
    expect(normalizeFieldNumber('1.200,5')).toBe('1.200,5');
    for (const value of [0.4, 1.25, 3, 0.000001, 12345.678]) expect(Number(normalizeFieldNumber(formatFieldNumber(value)))).toBe(value);
  });

  it('Spanish: an edit typed with a comma equals the edit typed with a point, and a bad text names the field', () => {
    addMessages('es', messagesEs);
    setLocale('es');
    const params = validateParams({});
    const spec = findSpec('sources.history.overPolicingFactor')!;
    const comma = applyText(params, spec, '2,5');
    const point = applyText(params, spec, '2.5');
    expect(comma.ok && point.ok).toBe(true);
    if (comma.ok && point.ok) expect(comma.params).toEqual(point.params);
    const bad = applyText(params, spec, '2,5,1');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.field).toBe('sources.history.overPolicingFactor');
    expect(readNumber('0,75', 'Desde', 1)).toEqual({ value: 0.75, error: '' });
  });
});
