/**
 * Library build of the embeddable element: `npm run build:lib` writes dist-lib/runaway-sim.js,
 * one ES module that defines `<runaway-sim>`, and its worker in dist-lib/assets/. A host page
 * loads it with one script tag; both files must be served from the host page's origin (a
 * browser refuses module workers from another origin). Nothing is fetched from anywhere else.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative URLs: the worker is found next to the module wherever the two are hosted.
  base: './',
  worker: { format: 'es' },
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist-lib',
    emptyOutDir: true,
    lib: {
      entry: fileURLToPath(new URL('./src/embed/index.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'runaway-sim.js',
    },
    rolldownOptions: {
      // One file for the host page to load: lazy imports are folded in rather than split off.
      output: { codeSplitting: false, minify: true },
    },
  },
});
