/**
 * Vite plugin: emits a service worker (sw.js) that precaches every file of the build, and the
 * small script that registers it, so the app works offline after the first visit. Hashed
 * assets are served cache-first (their names change when they do); pages network-first, falling
 * back to the cache offline. The cache name is a hash of the build, so a new build replaces the
 * old cache in one step.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { REGISTER_SCRIPT } from './csp.ts';

export const SERVICE_WORKER = 'sw.js';

/** Build files never worth caching. */
const SKIPPED = /\.map$/;

/** The registration: after load (so it never competes with the first paint), only where allowed. */
const REGISTER_SOURCE = `// Registers Runaway's service worker (offline use after the first visit).
if ('serviceWorker' in navigator && window.isSecureContext) {
  const start = () => {
    const scope = new URL('./', import.meta.url).href;
    navigator.serviceWorker.register(new URL('./${SERVICE_WORKER}', import.meta.url).href, { scope }).catch((error) => {
      // Offline use is a bonus: a refused registration (private mode, partitioned iframe) changes nothing else.
      console.info('Runaway works online only here: ' + error.message);
    });
  };
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
`;

/** The worker's source for a list of files (relative to the scope). */
export function serviceWorkerSource(files: readonly string[], version: string): string {
  return `// Runaway's service worker: precaches the build (${files.length} files) for offline use.
const CACHE = 'runaway-${version}';
const FILES = ${JSON.stringify(['./', ...files], null, 0)};
// Hashed names never carry a query; the server's "Vary: Origin" must not hide a cached module
// from a crossorigin request (the precache requests had no Origin header).
const MATCH = { ignoreSearch: true, ignoreVary: true };

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('runaway-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches.open(CACHE).then((cache) => cache.match(request, MATCH)).then((cached) => cached ?? Response.error()),
      ),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, MATCH)).then((cached) => cached ?? fetch(request)),
  );
});
`;
}

/** Files under `folder`, as paths relative to it with forward slashes. */
function listFiles(folder: string): string[] {
  if (!folder || !existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

export function serviceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'runaway-service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        this.emitFile({ type: 'asset', fileName: REGISTER_SCRIPT, source: REGISTER_SOURCE });
        // Files of public/ are copied beside the bundle, not part of it.
        const copied = listFiles(publicDir);
        const files = [...new Set([...Object.keys(bundle), ...copied, REGISTER_SCRIPT])].filter((name) => !SKIPPED.test(name) && name !== SERVICE_WORKER).sort();
        const hash = createHash('sha256');
        for (const name of files) {
          const item = bundle[name];
          hash.update(name);
          if (item) hash.update(item.type === 'chunk' ? item.code : item.source);
          else if (copied.includes(name)) hash.update(readFileSync(join(publicDir, name)));
        }
        hash.update(REGISTER_SOURCE);
        this.emitFile({ type: 'asset', fileName: SERVICE_WORKER, source: serviceWorkerSource(files, hash.digest('hex').slice(0, 12)) });
      },
    },
  };
}
