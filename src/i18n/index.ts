/**
 * The message catalogue and its formatter. Every user-facing text of the stories, the gallery,
 * the teacher page and the model panel is looked up here by key, so a translation is a new
 * catalogue file and one `registerCatalogue` call, never a code change. Placeholders are
 * `{name}` or `{name, style}` with a number style from format.ts; numbers follow the locale.
 * Keys missing from a translation fall back to English.
 */
import { formatNumber, isNumberStyle, type NumberStyle } from './format.ts';
import { coreMessagesEn } from './messages.en.core.ts';

export { formatNumber, NUMBER_STYLES, type NumberStyle } from './format.ts';

/** A message: a template, or a list of templates (bullet points, lesson steps). */
export type Message = string | readonly string[];
export type Catalogue = Readonly<Record<string, Message>>;
/** A value for a placeholder: text as is, a number in the placeholder's style, or a number with its own style. */
export type MessageValue = string | number | { value: number; style: NumberStyle };
export type MessageValues = Readonly<Record<string, MessageValue>>;

export const DEFAULT_LOCALE = 'en';
/** Fired on `localeEvents` after setLocale changes the locale. */
export const LOCALE_CHANGE_EVENT = 'runaway-locale-change';

// English starts with the texts every page needs; page-specific parts (stories, teacher, lab)
// are added by the modules that use them (see ./parts/), so a first visit loads only its own.
const catalogues = new Map<string, Catalogue>([[DEFAULT_LOCALE, coreMessagesEn]]);
const names = new Map<string, string>([[DEFAULT_LOCALE, 'English']]);
let activeLocale = DEFAULT_LOCALE;

/** Where LOCALE_CHANGE_EVENT is dispatched (detail: the new locale). */
export const localeEvents = new EventTarget();

/** Adds messages to a locale's catalogue (creating it if needed); later parts win on a shared key. */
export function addMessages(locale: string, part: Catalogue): void {
  catalogues.set(locale, { ...catalogues.get(locale), ...part });
}

/** Adds or replaces the catalogue of a locale (a BCP 47 tag such as "fr" or "es-CO"). */
export function registerCatalogue(locale: string, catalogue: Catalogue, name = locale): void {
  catalogues.set(locale, catalogue);
  names.set(locale, name);
}

/** Locales with a catalogue, with their names in their own language. */
export function availableLocales(): { locale: string; name: string }[] {
  return [...catalogues.keys()].map((locale) => ({ locale, name: names.get(locale) ?? locale }));
}

export function getLocale(): string {
  return activeLocale;
}

/** Switches the locale of every message and number; elements re-render through LocaleController. */
export function setLocale(locale: string): void {
  if (!catalogues.has(locale)) {
    throw new RangeError(`No message catalogue for locale "${locale}"; registered: ${[...catalogues.keys()].join(', ')}.`);
  }
  if (locale === activeLocale) return;
  activeLocale = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  localeEvents.dispatchEvent(new CustomEvent(LOCALE_CHANGE_EVENT, { detail: locale }));
}

/** The raw message for a key in the active locale (English if the translation lacks it). */
export function lookup(key: string): Message | undefined {
  return catalogues.get(activeLocale)?.[key] ?? catalogues.get(DEFAULT_LOCALE)?.[key];
}

export function hasMessage(key: string): boolean {
  return lookup(key) !== undefined;
}

/** The message `key` with its placeholders filled from `values`. */
export function t(key: string, values: MessageValues = {}): string {
  const message = lookup(key);
  if (message === undefined) {
    console.warn(`Missing message "${key}".`);
    return key;
  }
  if (typeof message !== 'string') {
    console.warn(`Message "${key}" is a list; use tList.`);
    return message.join(' ');
  }
  return interpolate(message, values, activeLocale);
}

/** The list message `key`, each item filled from `values` (a plain message gives one item). */
export function tList(key: string, values: MessageValues = {}): string[] {
  const message = lookup(key);
  if (message === undefined) {
    console.warn(`Missing message "${key}".`);
    return [];
  }
  const items = typeof message === 'string' ? [message] : message;
  return items.map((item) => interpolate(item, values, activeLocale));
}

const PLACEHOLDER = /\{\s*([\w.:-]+)\s*(?:,\s*(\w+)\s*)?\}/g;

/** A placeholder of a template: its name and the number style it asks for, if any. */
export interface Placeholder {
  name: string;
  style: string | undefined;
}

/** Every placeholder of a template, in order. */
export function placeholders(template: string): Placeholder[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => ({ name: match[1]!, style: match[2] }));
}

/**
 * Fills `{name}` and `{name, style}` from `values`. A number takes the placeholder's style,
 * else its own, else plain; an unknown placeholder is left as written (and reported), so a
 * broken translation shows where it is broken instead of failing the page.
 */
export function interpolate(template: string, values: MessageValues, locale: string = activeLocale): string {
  return template.replace(PLACEHOLDER, (whole, name: string, style: string | undefined) => {
    const value = values[name];
    if (value === undefined) {
      console.warn(`No value for placeholder {${name}} in "${template.slice(0, 60)}".`);
      return whole;
    }
    if (typeof value === 'string') return value;
    const requested = style !== undefined && isNumberStyle(style) ? style : undefined;
    if (typeof value === 'number') return formatNumber(value, requested ?? 'number', locale);
    return formatNumber(value.value, requested ?? value.style, locale);
  });
}
