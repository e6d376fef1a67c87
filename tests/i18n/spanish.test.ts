/**
 * The Spanish catalogue is complete: every key of the English catalogue has a Spanish message of
 * the same shape (text or list of the same length) with the same placeholders (names and number
 * styles), no Spanish key is left over from a removed English one, and no Spanish text equals its
 * English text except the names and symbols listed in SAME_AS_ENGLISH, each with its reason. The
 * parts the pages load one by one (core, learning, lab) together make the whole catalogue, and
 * Spanish numbers come out in Spanish formats.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addMessages, formatNumber, placeholders, setLocale, t, type Message } from '../../src/i18n/index.ts';
import { chooseLocale, hashLocale } from '../../src/i18n/locale-choice.ts';
import { supportedLocale } from '../../src/i18n/locales.ts';
import { paramErrorText } from '../../src/i18n/param-errors.ts';
import { labMessages as labEs } from '../../src/i18n/es/lab.ts';
import { learningMessagesEs } from '../../src/i18n/es/learning-part.ts';
import { coreMessagesEn } from '../../src/i18n/messages.en.core.ts';
import { messagesEn } from '../../src/i18n/messages.en.ts';
import { coreMessagesEs } from '../../src/i18n/messages.es.core.ts';
import { messagesEs } from '../../src/i18n/messages.es.ts';
import { ParamError, validateParams } from '../../models/index.ts';

/** Keys whose Spanish text is rightly the English text: names, symbols and formats, each with its reason. */
const SAME_AS_ENGLISH: Readonly<Record<string, string>> = {
  'site.name': 'the project name, Runaway, is a proper name',
  'lab.side.a': 'the letter that names configuration A in every lab message',
  'lab.side.b': 'the letter that names configuration B in every lab message',
  'lab.side.difference': 'the symbol B − A',
  'lab.compare.twinPrefix': 'the formula B = A',
  'lab.diff.heading': 'only a placeholder and the symbol B − A',
  'lab.diffMap.label': 'only placeholders and punctuation',
  'lab.diffMap.legend': 'only a placeholder and the symbol B − A',
  'lab.editor.referenceValue': 'only placeholders and a colon',
  'lab.list.separator': 'a comma, the same list separator in Spanish',
  'lab.heatmap.chart.xAxis': 'only a placeholder and an arrow',
  'lab.heatmap.chart.yAxis': 'only a placeholder and an arrow',
  'lab.heatmap.table.corner': 'only placeholders and a backslash',
  'lab.sweep.valueWithUnit': 'a number and its unit, in the same order in Spanish',
  'lab.sweep.chart.axisWithUnit': 'a label and its unit in brackets, the same in Spanish',
  'control.valueWithUnit': 'a number and its unit, in the same order in Spanish',
  'map.overPolicing.ratio': 'a ratio and the multiplication sign',
  'share.file.notJson.detail': 'a message in brackets',
  'embed.dialog.iframeTitle': 'the project name and a placeholder',
  'presenter.key.escape': 'the label printed on the Esc key',
  'teacher.plan.minutes': '"min" is the abbreviation of minutes in Spanish too',
  'simClient.seconds': 'the SI symbol for seconds',
  'simClient.milliseconds': 'the SI symbol for milliseconds',
  'param.city.cellSpacingKm.unit': 'the SI symbol km',
  'param.reality.nearRepeat.spatialSigmaKm.unit': 'the SI symbol km',
  'param.sources.stops.enabled.source': 'a court citation (Floyd v. City of New York), cited as published',
  'param.sources.stops.biasRatio.source': 'a court citation, cited as published',
  'param.sources.stops.hitRate.source': 'a court citation, cited as published',
  'param.sources.stops.minorityHitRatio.source': 'a court citation, cited as published',
  'param.deployment.exploration.source': 'a citation: authors and years only',
};

const isList = (message: Message): message is readonly string[] => typeof message !== 'string';
const items = (message: Message): readonly string[] => (isList(message) ? message : [message]);
const signature = (message: Message): string[] =>
  items(message)
    .flatMap((item) => placeholders(item).map((p) => `${p.name}${p.style ? `, ${p.style}` : ''}`))
    .sort();

describe('the Spanish catalogue', () => {
  afterEach(() => setLocale('en'));

  it('has every key of the English catalogue', () => {
    const missing = Object.keys(messagesEn).filter((key) => !(key in messagesEs));
    expect(missing).toEqual([]);
  });

  it('has no key the English catalogue lacks', () => {
    const stale = Object.keys(messagesEs).filter((key) => !(key in messagesEn));
    expect(stale).toEqual([]);
  });

  it('keeps the shape and the placeholders of every English message', () => {
    const problems: string[] = [];
    for (const [key, english] of Object.entries(messagesEn)) {
      const spanish = messagesEs[key];
      if (spanish === undefined) continue;
      if (isList(english) !== isList(spanish)) problems.push(`${key}: ${isList(english) ? 'a list' : 'a text'} in English`);
      else if (isList(english) && english.length !== spanish.length) problems.push(`${key}: ${english.length} items in English, ${spanish.length} in Spanish`);
      const expected = signature(english).join(' | ');
      const found = signature(spanish).join(' | ');
      if (expected !== found) problems.push(`${key}: placeholders {${found}} instead of {${expected}}`);
    }
    expect(problems).toEqual([]);
  });

  it('translates every text except the allowed names and symbols', () => {
    const untranslated = Object.keys(messagesEn).filter(
      (key) => messagesEs[key] !== undefined && JSON.stringify(messagesEs[key]) === JSON.stringify(messagesEn[key]) && !(key in SAME_AS_ENGLISH),
    );
    expect(untranslated).toEqual([]);
  });

  it('allows only keys that exist and are still equal to English', () => {
    const stale = Object.keys(SAME_AS_ENGLISH).filter((key) => JSON.stringify(messagesEs[key]) !== JSON.stringify(messagesEn[key]));
    expect(stale).toEqual([]);
  });

  it('splits into the parts the pages load, like the English', () => {
    expect(Object.keys(coreMessagesEs).filter((key) => !(key in coreMessagesEn))).toEqual([]);
    const parts = { ...coreMessagesEs, ...learningMessagesEs, ...labEs };
    expect(Object.keys(parts).length).toBe(Object.keys(messagesEs).length);
    // A key every page needs in English is in the Spanish core too, not in a part some pages never load.
    const misplaced = Object.keys(coreMessagesEn).filter((key) => key in messagesEs && !(key in coreMessagesEs));
    expect(misplaced).toEqual([]);
  });

  it('writes numbers in Spanish formats', () => {
    addMessages('es', messagesEs);
    setLocale('es');
    // Spanish groups thousands with a point from five digits and writes a comma before decimals (RAE; CLDR "es").
    expect(formatNumber(71430.2, 'integer', 'es')).toBe('71.430');
    expect(formatNumber(3.129, 'ratio', 'es')).toBe('3,1');
    expect(t('player.progress', { index: 2, count: 5 })).toBe('Capítulo 2 de 5');
    expect(t('live.times', { days: t('unit.days.other', { count: 365 }), place: t('live.place.quarter'), patrols: 0.412, crime: 0.25, ratio: '1,6' })).toBe(
      'Tras 365 días, el cuarto más minoritario recibe el 41\u00a0% de las patrullas, pero tiene el 25\u00a0% de la delincuencia real: 1,6 veces lo que le corresponde.',
    );
  });

  it('words the model\'s refusals in Spanish, with the field and the range', () => {
    addMessages('es', messagesEs);
    setLocale('es');
    let error: unknown;
    try {
      validateParams({ sources: { reports: { minorityRate: 1.5 } } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ParamError);
    expect(paramErrorText(error as ParamError)).toBe('sources.reports.minorityRate vale 1,5, fuera del intervalo permitido de 0 a 1 (probabilidad).');
    // The CLI keeps the model's English message.
    expect((error as ParamError).message).toMatch(/^sources\.reports\.minorityRate is 1\.5, outside the allowed range/);
  });
});

describe('choosing the language', () => {
  afterEach(() => setLocale('en'));

  it('reads lang from a link and maps regional tags to the language', () => {
    expect(hashLocale('#preset=the-loop&lang=es')).toBe('es');
    expect(hashLocale('#lang=es-CO')).toBe('es');
    expect(hashLocale('#lang=xx')).toBeUndefined();
    expect(supportedLocale('es-MX')).toBe('es');
    expect(supportedLocale('fr')).toBeUndefined();
  });

  it('loads the Spanish texts when Spanish is chosen', async () => {
    await chooseLocale('es');
    expect(t('nav.language')).toBe('Idioma');
    await chooseLocale('en');
    expect(t('nav.language')).toBe('Language');
  });
});
