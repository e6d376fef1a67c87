import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative URLs, so the app and its worker also load from a sub-path or an embed.
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    rolldownOptions: {
      // The app, plus a fixture page that renders the map and charts for browser tests.
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        charts: fileURLToPath(new URL('./tests/browser/fixtures/charts.html', import.meta.url)),
        // A harness page that drives the real module workers for the worker engine's browser test.
        workerHarness: fileURLToPath(new URL('./tests/browser/fixtures/worker-harness.html', import.meta.url)),
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
