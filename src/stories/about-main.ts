/** Entry point of about.html: "What this model is, and is not". */
import '../styles/page.css';
import { t } from '../i18n/index.ts';
import './model-facts.ts';
import './site-nav.ts';
import '../i18n/parts/learning.ts';

document.title = t('aboutPage.pageTitle');
