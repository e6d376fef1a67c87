/**
 * A pseudo-locale proves that text reaches the screen through t(): every message of the English
 * catalogue wrapped in brackets, registered with registerCatalogue. Under it, the live sentence
 * and a settings control (rendered in Node from its Lit template) must show only bracketed text,
 * and no key may be missing; numbers must follow the locale's own conventions.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { nothing, type TemplateResult } from 'lit';
import { findSpec, simulate, type ParamSpec } from '../../models/index.ts';
import { findPreset } from '../../presets/index.ts';
import { daySnapshot, type DaySnapshot } from '../../src/app/day-snapshot.ts';
import { liveSentence } from '../../src/app/live-sentence.ts';
import { formatAmount, formatPercent } from '../../src/i18n/format.ts';
import { MAP_LAYERS } from '../../src/components/charts/map-layers.ts';
import { patrolShareHeading } from '../../src/components/charts/patrol-share-spec.ts';
import { RunawayParamControl } from '../../src/components/param-control.ts';
import { DEFAULT_LOCALE, registerCatalogue, setLocale, type Catalogue } from '../../src/i18n/index.ts';
import { messagesEn } from '../../src/i18n/messages.en.ts';

/** An English-based pseudo-locale (Android's en-XA): Intl writes its numbers as English. */
const PSEUDO = 'en-XA';
/** A real locale with other number conventions, given the same bracketed texts. */
const GERMAN = 'de';

function bracketed(catalogue: Catalogue): Catalogue {
  const wrapped: Record<string, string | readonly string[]> = {};
  for (const [key, message] of Object.entries(catalogue)) {
    wrapped[key] = typeof message === 'string' ? `[${message}]` : message.map((item) => `[${item}]`);
  }
  return wrapped;
}

/** Text outside every bracket pair (nested pairs included): what did not come from a message. */
function outsideBrackets(text: string): string {
  let depth = 0;
  let outside = '';
  for (const character of text) {
    if (character === '[') depth++;
    else if (character === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0) outside += character;
  }
  return outside;
}

/** A Lit template flattened to its markup and text, with event listeners and `nothing` left out. */
function flatten(value: unknown): string {
  if (value === nothing || value === null || value === undefined || value === false) return '';
  if (typeof value === 'function' || typeof value === 'symbol') return '';
  if (Array.isArray(value)) return value.map(flatten).join('');
  if (typeof value === 'object' && 'strings' in value && 'values' in value) {
    const { strings, values } = value as TemplateResult;
    return strings.reduce((markup, part, index) => markup + part + (index < values.length ? flatten(values[index]) : ''), '');
  }
  return String(value);
}

/** The control for `spec` showing `value`, rendered to markup in the current locale. */
function renderControl(spec: ParamSpec, value: unknown): string {
  const control = new RunawayParamControl();
  control.spec = spec;
  control.value = value;
  control.presetValue = value;
  const host = control as unknown as { willUpdate(changed: Map<string, unknown>): void; render(): TemplateResult };
  host.willUpdate(new Map([['spec', undefined]]));
  return flatten(host.render());
}

/** Text content of the elements matching `tag` (and an optional attribute) in flattened markup. */
function textsOf(markup: string, opening: RegExp): string[] {
  return [...markup.matchAll(new RegExp(`${opening.source}([^<]*)<`, 'g'))].map((match) => match[1]!.trim());
}

describe('a bracketed pseudo-locale', () => {
  const preset = findPreset('biased-history')!;
  let snapshot: DaySnapshot;
  let english: string;
  const warn = vi.spyOn(console, 'warn');

  beforeAll(() => {
    snapshot = daySnapshot(simulate(preset.params, preset.seed), 364)!;
    english = liveSentence(snapshot);
    registerCatalogue(PSEUDO, bracketed(messagesEn), 'Pseudo');
    registerCatalogue(GERMAN, bracketed(messagesEn), 'Deutsch (pseudo)');
    setLocale(PSEUDO);
  });

  afterEach(() => setLocale(PSEUDO));

  afterAll(() => {
    setLocale(DEFAULT_LOCALE);
    warn.mockRestore();
  });

  it('renders the live sentence entirely from messages, with the same words and numbers as English', () => {
    const sentence = liveSentence(snapshot);
    expect(sentence).not.toBe(english);
    expect(sentence.startsWith('[') && sentence.endsWith(']')).toBe(true);
    // The days ("365 days") and the place are messages of their own, nested in the sentence's.
    expect(sentence).toContain('[365 days]');
    expect(sentence).toContain('[the most-minority quarter of neighborhoods]');
    expect(outsideBrackets(sentence)).toBe('');
    expect(sentence.replace(/[[\]]/g, '')).toBe(english);
    expect(sentence).toContain(formatPercent(snapshot.quarter.patrolShare));
  });

  it('renders a control\'s label, unit, slider name, description and source through t()', () => {
    const spec = findSpec('sources.reports.minorityRate')!;
    const markup = renderControl(spec, 0.4);
    expect(textsOf(markup, /<label for="input">/)).toEqual([`[${spec.label}]`]);
    expect(textsOf(markup, /<span class="unit">/)).toEqual([`[${spec.unit}]`]);
    // Bound attributes (aria-label=${…}) flatten without quotes.
    expect(markup).toContain(`aria-label=[[${spec.label}] (slider)]\n`);
    expect(markup).toContain(`aria-valuetext=[0.4 [${spec.unit}]]\n`);
    expect(textsOf(markup, /<p class="help" id="help">/)).toEqual([`[${spec.description}]`]);
    expect(textsOf(markup, /<span class="source">/)).toEqual([`[Source: [${spec.source}]]`]);
  });

  it('renders a choice\'s option labels through t()', () => {
    const spec = findSpec('deployment.policy')!;
    const options = textsOf(renderControl(spec, 'topK'), /<option value=[^>]*>/);
    expect(options).toEqual(spec.options!.map((option) => `[${option.label}]`));
  });

  it('names charts and map layers through t()', () => {
    expect(patrolShareHeading()).toBe('[Patrols sent to the most-minority quarter]');
    expect(MAP_LAYERS.trueCrime.label).toBe('[True crime]');
    expect(MAP_LAYERS.overPolicing.unit).toBe('[share of patrols ÷ share of true crime]');
  });

  it('asks for no message the catalogue lacks', () => {
    liveSentence(snapshot);
    renderControl(findSpec('city.custom')!, null);
    renderControl(findSpec('sources.history.enabled')!, true);
    renderControl(findSpec('days')!, 365);
    expect(warn).not.toHaveBeenCalled();
  });

  it('writes numbers in the locale\'s own way', () => {
    setLocale(GERMAN);
    // German uses a decimal comma and a full stop between thousands.
    expect(formatAmount(1234.5)).toBe('1.235');
    expect(formatAmount(52.34)).toBe('52,3');
    const sentence = liveSentence(snapshot);
    const ratio = snapshot.quarter.patrolShare / snapshot.quarter.trueCrimeShare;
    expect(sentence).toContain(`${ratio.toFixed(1).replace('.', ',')} times its share`);
    expect(outsideBrackets(sentence)).toBe('');
  });
});
