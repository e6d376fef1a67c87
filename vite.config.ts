import { defineConfig } from 'vite';

export default defineConfig({
  // Relative URLs, so the app and its worker also load from a sub-path or an embed.
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: 'dist',
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
