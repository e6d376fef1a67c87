/** Entry point of about.html: "What this model is, and is not". */
import '../styles/page.css';
import './model-facts.ts';
import './site-nav.ts';
import '../i18n/parts/learning.ts';
import { LOCALE_CHANGE_EVENT, localeEvents, t } from '../i18n/index.ts';
import { startLocale } from '../i18n/locale-choice.ts';

document.title = t('aboutPage.pageTitle');
localeEvents.addEventListener(LOCALE_CHANGE_EVENT, () => (document.title = t('aboutPage.pageTitle')));
startLocale();
