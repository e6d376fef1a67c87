/**
 * Offline use of the production build: after one visit the service worker has precached every
 * file, so with the network gone (the server shut down and the browser offline) the app still
 * reloads and computes a run in its worker, and the iframe and presenter pages, never visited,
 * open too. Uses its own build and server, so it can shut the server down without disturbing
 * the other browser tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSuitesSkipped, launchChromium } from './chromium.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Waits for the app to show a finished run; on failure, says what the page reported. */
async function waitForApp(page: Page, errors: string[]): Promise<void> {
  try {
    await page.waitForFunction(() => document.querySelector('runaway-app')?.dataset.status === 'done', null, { timeout: 30_000 });
  } catch (error) {
    const status = await page.evaluate(() => document.querySelector('runaway-app')?.dataset.status ?? '(no app)').catch(() => '(page gone)');
    throw new Error(`${error instanceof Error ? error.message : String(error)} App status: ${status}. Page errors: ${errors.join(' | ') || 'none'}.`);
  }
}

describe.skipIf(browserSuitesSkipped())('offline after the first visit', () => {
  let folder: string;
  let server: PreviewServer | undefined;
  let address: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'runaway-offline-'));
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: folder, emptyOutDir: true } });
    server = await preview({ root: ROOT, build: { outDir: folder }, preview: { port: 0, strictPort: false }, logLevel: 'warn' });
    address = server.resolvedUrls!.local[0]!;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('installs the service worker on the first visit and it takes control', async () => {
    await page.goto(`${address}index.html`);
    await waitForApp(page, errors);
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
      const cacheNames = await caches.keys();
      const cache = await caches.open(cacheNames.find((name) => name.startsWith('runaway-'))!);
      return { active: registration.active?.state, controlled: navigator.serviceWorker.controller !== null, cached: (await cache.keys()).map((request) => new URL(request.url).pathname) };
    });
    expect(state.active).toBe('activated');
    expect(state.controlled).toBe(true);
    expect(state.cached).toEqual(expect.arrayContaining(['/', '/index.html', '/embed.html', '/present.html']));
    expect(state.cached.some((path) => /\/assets\/sim\.worker-[\w-]+\.js$/.test(path))).toBe(true);
  });

  it('reloads the app with the network gone, and the worker still computes a run', async () => {
    await server!.close();
    server = undefined;
    await context.setOffline(true);
    await page.reload().catch((error: Error) => {
      throw new Error(`Reloading offline failed (${error.message}). Page errors: ${errors.join(' | ') || 'none'}.`);
    });
    await waitForApp(page, errors);
    await expect(page.locator('runaway-app .sentence').innerText()).resolves.toMatch(/^After \d+ days? the most-minority quarter/);
    await expect(page.locator('runaway-failure-banner').count()).resolves.toBe(0);
  });

  it('opens pages never visited from the cache: the iframe mode and presenter mode', async () => {
    await page.goto(`${address}embed.html#v=1&preset=stop-and-frisk&seed=3&show=sentence`);
    await page.waitForFunction(() => document.querySelector('runaway-embed-frame')?.shadowRoot?.querySelector('runaway-sim')?.dataset.status === 'done', null, { timeout: 30_000 });
    await expect(page.locator('runaway-sim .sentence').innerText()).resolves.toMatch(/^After 365 days/);
    await page.goto(`${address}present.html#preset=biased-history&chapter=1`);
    await page.waitForFunction(() => document.querySelector('runaway-presenter')?.shadowRoot?.querySelector('runaway-sim')?.dataset.status === 'done', null, { timeout: 30_000 });
    expect(errors).toEqual([]);
  });
});
