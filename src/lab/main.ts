/** Entry point of lab.html: page styles, the page's own text from the catalogue, and the lab's elements. */
import './lab-page.css';
import { localizePage } from '../share/page-text.ts';
import './lab-app.ts';
import '../stories/site-nav.ts';
import { startLocale } from '../i18n/locale-choice.ts';

localizePage();
startLocale();
