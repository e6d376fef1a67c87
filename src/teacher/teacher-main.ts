/** Entry point of teacher.html: the teacher page. */
import '../styles/page.css';
import './teacher-guide.ts';
import { startLocale } from '../i18n/locale-choice.ts';

startLocale();
