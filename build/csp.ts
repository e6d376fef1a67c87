/**
 * Vite plugin: writes a Content-Security-Policy meta tag and the service-worker registration
 * script tag into every HTML page at build time. The policy allows only this origin, so a
 * built page can fetch nothing from anywhere else: no fonts, analytics or CDNs, and no injected
 * script from another host. Dev mode is left alone (Vite's client needs inline scripts).
 */
import { posix } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The policy. `'unsafe-inline'` for styles only: Lit binds inline `style` attributes (the map's
 * size) and test fixtures carry `<style>` blocks; styles cannot fetch from other origins here
 * because fonts and images are limited to 'self'. `blob:` serves exported images and videos
 * drawn in the page, and workers if a bundle inlines one.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** File name of the registration script, at the root of the build. */
export const REGISTER_SCRIPT = 'register-sw.js';

export function contentSecurityPolicy(options: { registerServiceWorker?: boolean } = {}): Plugin {
  const register = options.registerServiceWorker ?? true;
  return {
    name: 'runaway-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        // Pages sit at any depth (tests/browser/fixtures/…); the script lives at the root.
        const depth = posix.dirname(context.path).split('/').filter(Boolean).length;
        const root = depth === 0 ? './' : '../'.repeat(depth);
        const tags: { tag: string; attrs: Record<string, string>; injectTo: 'head-prepend' | 'head' }[] = [
          { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
        ];
        if (register) tags.push({ tag: 'script', attrs: { type: 'module', src: `${root}${REGISTER_SCRIPT}` }, injectTo: 'head' });
        return tags;
      },
    },
  };
}
