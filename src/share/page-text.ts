/**
 * The text a page's HTML file carries itself (title, description, a header, the boot and
 * no-script lines) comes from the message catalogue too: each such element is marked
 * `data-message="<key>"`, and this fills it with the message in the current locale, at start-up
 * and again whenever the locale changes. The HTML keeps the English text as written by the
 * catalogue, so the page reads right before its script runs (and a test checks the two agree).
 */
import { LOCALE_CHANGE_EVENT, localeEvents, t } from '../i18n/index.ts';

/** The attribute that names an element's message. */
export const MESSAGE_ATTRIBUTE = 'data-message';

/** Writes every marked element's message: the text of most elements, the `content` of a <meta>. */
export function applyPageMessages(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>(`[${MESSAGE_ATTRIBUTE}]`)) {
    const text = t(element.getAttribute(MESSAGE_ATTRIBUTE)!);
    if (element instanceof HTMLMetaElement) element.content = text;
    else element.textContent = text;
  }
}

/** Fills the page's marked elements now and after every change of locale. */
export function localizePage(root: ParentNode = document): void {
  applyPageMessages(root);
  localeEvents.addEventListener(LOCALE_CHANGE_EVENT, () => applyPageMessages(root));
}
