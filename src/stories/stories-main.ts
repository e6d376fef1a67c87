/**
 * Entry point of stories.html: the guided-stories page with its worker client (one worker for
 * chapter runs and a one-worker pool for the gallery's thumbnails).
 */
import '../styles/page.css';
import { createSimClient } from '../sim-client.ts';
import './story-page.ts';
import { startLocale } from '../i18n/locale-choice.ts';

startLocale();

const page = document.querySelector('runaway-story-page');
if (page) page.engine = createSimClient({ poolSize: 1 });
