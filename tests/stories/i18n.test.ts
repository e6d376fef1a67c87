/**
 * The message catalogue: number styles per locale, placeholders, the locale switch with English
 * fallback, and that every key the pages and elements ask for by name exists in English.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  LOCALE_CHANGE_EVENT,
  availableLocales,
  formatNumber,
  getLocale,
  interpolate,
  localeEvents,
  lookup,
  placeholders,
  registerCatalogue,
  setLocale,
  t,
  tList,
} from '../../src/i18n/index.ts';
import { messagesEn } from '../../src/i18n/messages.en.ts';
// The stories and teacher modules register their part of the catalogue when loaded; so does this test.
import '../../src/i18n/parts/learning.ts';

afterEach(() => setLocale('en'));

describe('number styles', () => {
  it('write English numbers as the charts do', () => {
    expect(formatNumber(0.412, 'percent', 'en')).toBe('41%');
    expect(formatNumber(0.005, 'percent', 'en')).toBe('1%');
    expect(formatNumber(-0.001, 'percent', 'en')).toBe('0%');
    expect(formatNumber(71430.2, 'integer', 'en')).toBe('71,430');
    expect(formatNumber(1234.5, 'amount', 'en')).toBe('1,235');
    expect(formatNumber(52.34, 'amount', 'en')).toBe('52.3');
    expect(formatNumber(4.567, 'amount', 'en')).toBe('4.57');
    expect(formatNumber(0, 'amount', 'en')).toBe('0');
    expect(formatNumber(3.129, 'ratio', 'en')).toBe('3.1');
    expect(formatNumber(0.943, 'ratio', 'en')).toBe('0.94');
    expect(formatNumber(12.3, 'ratio', 'en')).toBe('12');
    expect(formatNumber(1234.4, 'ratio', 'en')).toBe('1,234');
    expect(formatNumber(0.6234, 'index', 'en')).toBe('0.62');
    expect(formatNumber(0.0002, 'number', 'en')).toBe('0.0002');
    expect(formatNumber(Number.NaN, 'percent', 'en')).toBe('–');
  });

  it('follow the locale\'s separators', () => {
    expect(formatNumber(52.34, 'amount', 'de')).toBe('52,3');
    expect(formatNumber(71430.2, 'integer', 'de')).toBe('71.430');
    expect(formatNumber(0.412, 'percent', 'fr').replace(/\s/g, ' ')).toBe('41 %');
  });
});

describe('messages', () => {
  it('fill placeholders, with the placeholder\'s style first', () => {
    expect(interpolate('{a} and {b, percent} and {c}', { a: 'x', b: 0.25, c: { value: 0.5, style: 'percent' } }, 'en')).toBe('x and 25% and 50%');
    expect(interpolate('{n, integer}', { n: { value: 0.5, style: 'percent' } }, 'en')).toBe('1');
    expect(interpolate('{param:deployment.units}', { 'param:deployment.units': 40 }, 'en')).toBe('40');
    expect(placeholders('A {x} and {y, ratio}.')).toEqual([
      { name: 'x', style: undefined },
      { name: 'y', style: 'ratio' },
    ]);
  });

  it('leave an unknown placeholder visible and warn', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(interpolate('Day {day}.', {}, 'en')).toBe('Day {day}.');
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('switch locale, fall back to English for missing keys, and tell listeners', () => {
    registerCatalogue('de', { 'player.next': 'Weiter', 'player.progress': 'Kapitel {index, integer} von {count, integer}', 'gallery.label': ['a', 'b'] }, 'Deutsch');
    expect(availableLocales()).toContainEqual({ locale: 'de', name: 'Deutsch' });
    const heard: string[] = [];
    const listener = (event: Event) => heard.push((event as CustomEvent<string>).detail);
    localeEvents.addEventListener(LOCALE_CHANGE_EVENT, listener);
    setLocale('de');
    localeEvents.removeEventListener(LOCALE_CHANGE_EVENT, listener);
    expect(getLocale()).toBe('de');
    expect(heard).toEqual(['de']);
    expect(t('player.next')).toBe('Weiter');
    expect(t('player.back')).toBe('Back');
    expect(t('player.progress', { index: 1234, count: 5 })).toBe('Kapitel 1.234 von 5');
    expect(tList('gallery.label')).toEqual(['a', 'b']);
    expect(() => setLocale('xx')).toThrow(/No message catalogue for locale "xx"/);
  });

  it('report a missing key by returning it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(t('no.such.key')).toBe('no.such.key');
    expect(tList('no.such.key')).toEqual([]);
    warn.mockRestore();
  });

  it('has every key the pages and elements ask for by name', () => {
    const roots = ['src/stories', 'src/teacher'];
    const files = roots.flatMap((root) => readdirSync(root).filter((name) => name.endsWith('.ts')).map((name) => join(root, name)));
    const keys = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt(?:List)?\(\s*'([^'$]+)'/g)) keys.add(match[1]!);
    }
    expect(keys.size).toBeGreaterThan(30);
    for (const key of keys) expect(lookup(key), `${key} (used in code)`).toBeDefined();
  });

  it('holds only texts: no empty message, no unbalanced braces', () => {
    for (const [key, message] of Object.entries(messagesEn)) {
      for (const text of typeof message === 'string' ? [message] : message) {
        expect(text.trim().length, key).toBeGreaterThan(0);
        expect(text.split('{').length, key).toBe(text.split('}').length);
      }
    }
  });
});
