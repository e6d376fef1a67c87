/**
 * Entry point of the explorable: builds the page and hands it the worker client, so every run
 * is computed off the main thread. If workers cannot start, the page shows why, with a retry.
 */
import './styles/page.css';
import './explorable/runaway-app.ts';
import { createSimClient } from './sim-client.ts';
import { t } from './i18n/index.ts';
import { startLocale } from './i18n/locale-choice.ts';

startLocale();

const app = document.querySelector('runaway-app');
if (app) {
  try {
    // One worker serves the page's runs; the page runs no ensembles, so the pool stays minimal.
    app.runner = createSimClient({ poolSize: 1 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    app.runner = { run: async () => ({ status: 'failed', message: t('simClient.noWorkers', { message }) }) };
  }
}
