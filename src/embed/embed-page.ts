/** Entry of embed.html, the iframe mode: page styles, the page's own text from the catalogue, and the embed frame element. */
import './embed-page.css';
import { localizePage } from '../share/page-text.ts';
import './embed-frame.ts';
import { startLocale } from '../i18n/locale-choice.ts';

// The iframe lives on other sites' pages: its link sets the language without remembering it.
localizePage();
startLocale({ remember: false });
