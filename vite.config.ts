import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './build/csp.ts';
import { serviceWorker } from './build/service-worker.ts';

/** The mode in which tests/browser/global-setup.ts builds: the site plus the browser tests' fixture pages. */
export const BROWSER_TEST_MODE = 'browser-test';

/** Pages only the browser tests open; a production build (any other mode) never ships them. */
const FIXTURE_PAGES = {
  // Renders the map and charts on the main thread.
  charts: fileURLToPath(new URL('./tests/browser/fixtures/charts.html', import.meta.url)),
  // Drives the real module workers for the worker engine's browser test.
  workerHarness: fileURLToPath(new URL('./tests/browser/fixtures/worker-harness.html', import.meta.url)),
};

export default defineConfig(({ mode }) => ({
  // Relative URLs, so the app and its worker also load from a sub-path or an embed.
  base: './',
  worker: { format: 'es' },
  // Built pages: a same-origin-only Content-Security-Policy, and a service worker for offline use.
  plugins: [contentSecurityPolicy(), serviceWorker()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    rolldownOptions: {
      // The site's seven pages (plus the fixture pages when building for the browser tests).
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        // The iframe mode: the simulation without the app's chrome.
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
        // Presenter mode: a story's chapters as full-screen slides with speaker notes.
        present: fileURLToPath(new URL('./present.html', import.meta.url)),
        lab: fileURLToPath(new URL('./lab.html', import.meta.url)),
        // Guided stories, the teacher page and "what this model is and is not".
        stories: fileURLToPath(new URL('./stories.html', import.meta.url)),
        teacher: fileURLToPath(new URL('./teacher.html', import.meta.url)),
        about: fileURLToPath(new URL('./about.html', import.meta.url)),
        ...(mode === BROWSER_TEST_MODE ? FIXTURE_PAGES : {}),
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
}));
