/**
 * The languages the app has a catalogue for, with their names in their own language. English is
 * built in; every other language is loaded only when chosen (./locale-choice.ts), so this list is
 * all a page knows about a translation until then. Adding a language adds one entry here.
 */
export const LOCALE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  es: 'Español',
};

/**
 * The supported locale a BCP 47 tag asks for ("es-CO" → "es", "EN" → "en"), or undefined when
 * there is no catalogue for its language.
 */
export function supportedLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase();
  if (Object.hasOwn(LOCALE_NAMES, lower)) return lower;
  const language = lower.split(/[-_]/)[0]!;
  return Object.hasOwn(LOCALE_NAMES, language) ? language : undefined;
}
