/**
 * The two embed snippets for a share state: the custom element (one script tag and one
 * element, for pages that host the library next to them) and an iframe of embed.html (for any
 * page, CMS or slide tool). Both reproduce the same run: the same preset, seed and changed
 * parameters, and the same views and day.
 */
import { DEFAULT_LOCALE, getLocale } from '../i18n/index.ts';
import { encodePermalink, encodeValue } from '../share/permalink.ts';
import type { ShareState } from '../share/share-state.ts';
import { DEFAULT_VIEWS } from '../share/views.ts';

export interface SnippetOptions {
  /** Address of runaway-sim.js (built by `npm run build:lib`), as the host page will load it. */
  libraryUrl: string;
  /** Address of embed.html. */
  embedUrl: string;
  /** The iframe's accessible name. */
  title: string;
}

/** Pixels of iframe height per row of views, plus the heading and link line. */
const ROW_HEIGHT = 620;
const CHROME_HEIGHT = 110;

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<script type="module" src=…></script>` and `<runaway-sim …></runaway-sim>`. */
export function elementSnippet(state: ShareState, options: Pick<SnippetOptions, 'libraryUrl'>): string {
  const attributes: [string, string][] = [
    ['preset', state.presetId],
    ['seed', String(state.seed)],
  ];
  const params = Object.entries(state.overrides).map(([path, value]) => `${path}=${encodeValue(value)}`);
  if (params.length > 0) attributes.push(['params', params.join('; ')]);
  attributes.push(['show', (state.view.show ?? DEFAULT_VIEWS).join(',')]);
  if (state.view.day !== undefined) attributes.push(['day', String(state.view.day)]);
  if (state.view.layer !== undefined) attributes.push(['layer', state.view.layer]);
  if (state.view.chapter !== undefined) attributes.push(['chapter', String(state.view.chapter)]);
  if (getLocale() !== DEFAULT_LOCALE) attributes.push(['lang', getLocale()]);
  const written = attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ');
  return `<script type="module" src="${escapeAttribute(options.libraryUrl)}"></script>\n<runaway-sim ${written}></runaway-sim>`;
}

/** The address embed.html opens with for this state. */
export function embedAddress(state: ShareState, embedUrl: string): string {
  const url = new URL(embedUrl);
  url.hash = encodePermalink({ ...state, view: { ...state.view, show: state.view.show ?? [...DEFAULT_VIEWS] } });
  return url.href;
}

/** An iframe of embed.html, tall enough for its views at a typical article width. */
export function iframeSnippet(state: ShareState, options: Pick<SnippetOptions, 'embedUrl' | 'title'>): string {
  const views = (state.view.show ?? DEFAULT_VIEWS).length;
  // Two views sit side by side in a 48rem column or wider; more wrap onto further rows.
  const rows = Math.ceil(views / 2);
  const height = CHROME_HEIGHT + rows * ROW_HEIGHT + (state.view.chapter !== undefined ? 200 : 0);
  return `<iframe src="${escapeAttribute(embedAddress(state, options.embedUrl))}" title="${escapeAttribute(options.title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
