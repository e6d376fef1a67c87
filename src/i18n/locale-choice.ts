/**
 * Which language a page shows, and loading its texts. The choice comes from the link (`lang=es`
 * in the hash), else from the last choice made on this site (local storage), else from the
 * browser's languages, else English. A translation is loaded when chosen, by dynamic import and
 * only for the parts of the catalogue the page uses (core, and learning or lab where registered
 * by ./parts/), so an English visit never downloads it.
 */
import { addMessages, DEFAULT_LOCALE, getLocale, LOCALE_CHANGE_EVENT, localeEvents, registerCatalogue, setLocale, type Catalogue } from './index.ts';
import { LOCALE_NAMES, supportedLocale } from './locales.ts';

/** The parts of a catalogue: every page's core, and the texts of the learning pages and of the lab. */
export type CataloguePart = 'core' | 'learning' | 'lab';

type PartLoader = () => Promise<Catalogue>;

/** Each translation's parts, loaded on demand (code-split by the bundler). */
const TRANSLATIONS: Readonly<Record<string, Readonly<Record<CataloguePart, PartLoader>>>> = {
  es: {
    core: () => import('./messages.es.core.ts').then((module) => module.coreMessagesEs),
    learning: () => import('./es/learning-part.ts').then((module) => module.learningMessagesEs),
    lab: () => import('./es/lab.ts').then((module) => module.labMessages),
  },
};

/** Where the last language chosen on this site is kept. */
export const LOCALE_STORAGE_KEY = 'runaway-locale';

const usedParts = new Set<CataloguePart>(['core']);
const loaded = new Map<string, Map<CataloguePart, Promise<void>>>();
let choice = 0;

// Every translation appears in the language menu from the start; its texts arrive when chosen.
for (const [locale, name] of Object.entries(LOCALE_NAMES)) if (locale !== DEFAULT_LOCALE) registerCatalogue(locale, {}, name);

function loadPart(locale: string, part: CataloguePart): Promise<void> {
  let parts = loaded.get(locale);
  if (!parts) loaded.set(locale, (parts = new Map()));
  let pending = parts.get(part);
  if (!pending) {
    const loader = TRANSLATIONS[locale]?.[part];
    pending = loader ? loader().then((messages) => addMessages(locale, messages)) : Promise.resolve();
    parts.set(part, pending);
  }
  return pending;
}

/**
 * Marks a part of the catalogue as used by this page (called by ./parts/). If a translation is
 * already showing, its version of the part is loaded and the page is worded again.
 */
export function usePart(part: CataloguePart): void {
  if (usedParts.has(part)) return;
  usedParts.add(part);
  const locale = getLocale();
  if (locale === DEFAULT_LOCALE) return;
  void loadPart(locale, part).then(() => {
    if (getLocale() === locale) localeEvents.dispatchEvent(new CustomEvent(LOCALE_CHANGE_EVENT, { detail: locale }));
  });
}

/**
 * Switches to `tag`'s language once its texts are loaded (an unsupported tag is ignored). With
 * `remember`, the choice is kept for the next visit. When several choices overlap, the last wins.
 */
export async function chooseLocale(tag: string, { remember = false } = {}): Promise<void> {
  const locale = supportedLocale(tag);
  if (!locale) return;
  const ticket = ++choice;
  if (remember) {
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // Storage can be blocked (private mode, sandboxed iframe); the choice then lasts this page.
    }
  }
  if (locale !== DEFAULT_LOCALE) await Promise.all([...usedParts].map((part) => loadPart(locale, part)));
  if (ticket === choice) setLocale(locale);
}

/** The `lang` value of a hash such as `#preset=x&lang=es`, if any. */
export function hashLocale(hash: string): string | undefined {
  for (const pair of hash.replace(/^#!?/, '').split('&')) {
    const [key, value] = pair.split('=');
    if (key === 'lang' && value) return supportedLocale(decodeURIComponent(value)) ?? undefined;
  }
  return undefined;
}

/** The language a page starts in: the link's, else the remembered one, else the browser's first supported one, else English. */
export function initialLocale(): string {
  const fromLink = typeof location === 'undefined' ? undefined : hashLocale(location.hash);
  if (fromLink) return fromLink;
  try {
    const remembered = supportedLocale(localStorage.getItem(LOCALE_STORAGE_KEY));
    if (remembered) return remembered;
  } catch {
    // No storage: fall through to the browser's languages.
  }
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of languages) {
    const locale = supportedLocale(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/**
 * Starts a page in its language and follows `lang` in later hash changes. A language set by a
 * link is remembered (the site's other pages then open in it), except where `remember` is false
 * (the embed iframe, which lives on other sites' pages).
 */
export function startLocale({ remember = true } = {}): void {
  const fromLink = hashLocale(location.hash);
  void chooseLocale(initialLocale(), { remember: remember && fromLink !== undefined });
  addEventListener('hashchange', () => {
    const locale = hashLocale(location.hash);
    if (locale && locale !== getLocale()) void chooseLocale(locale, { remember });
  });
}

/**
 * The menu's choice: remembered, and written into the hash if the hash names a language, so a
 * reload or a copied address keeps it.
 */
export function chooseLocaleFromMenu(locale: string): Promise<void> {
  if (typeof location !== 'undefined' && /(^|[#&])lang=/.test(location.hash)) {
    const hash = location.hash.replace(/([#&])lang=[^&]*/, (_whole, lead: string) => `${lead}lang=${locale}`);
    history.replaceState(history.state, '', hash);
  }
  return chooseLocale(locale, { remember: true });
}
